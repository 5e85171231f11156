import { useMemo } from 'react';
import { Link } from 'react-router';
import { resultsByCheck } from '@/domain/assessment/by-check';
import { latestOfEach } from '@/domain/assessment/latest';
import { useDocumentTitle } from '@/platform/use-document-title';
import { loadChartModule } from './chart-module';
import { FocusSection } from './focus-section';
import { OutcomeSection } from './outcome-section';
import { openEarly, useProgressData } from './progress-data';
import { SelfCheckTrends } from './self-check-trends';
import '@/ui/self-check/self-check.css';
import './progress.css';

// The chart chunk is fetched while the data is read, not after the tables are drawn.
loadChartModule().catch(() => undefined);
openEarly();

/** /progress — self-check trends per side, what they point to, and the weekly outcome scale. */
export function ProgressPage() {
  useDocumentTitle('Progress');
  const data = useProgressData();
  const results = data?.results;
  const derived = useMemo(() => results && { byCheck: resultsByCheck(results), latest: latestOfEach(results) }, [results]);
  return (
    <div className="page progress-page">
      <h1>Your progress</h1>
      {derived === undefined ? (
        <p role="status">Loading your self-checks…</p>
      ) : results?.length === 0 ? (
        <p>
          No self-checks recorded yet. Do the <Link to="/routines/hip-self-assessment">hip self-assessment</Link> and record each result, or
          record one check: <Link to="/checks/lying-leg-turn">lying leg turn</Link>.
        </p>
      ) : (
        <>
          <FocusSection latest={derived.latest} />
          <SelfCheckTrends byCheck={derived.byCheck} />
        </>
      )}
      <OutcomeSection data={data} />
    </div>
  );
}
