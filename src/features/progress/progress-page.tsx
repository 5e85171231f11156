import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { latestOfEach } from '@/domain/assessment/latest';
import { useDocumentTitle } from '@/platform/use-document-title';
import { listAssessments } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { FocusSection } from './focus-section';
import { OutcomeSection } from './outcome-section';
import { SelfCheckTrends } from './self-check-trends';
import '@/ui/self-check/self-check.css';

/** /progress — self-check trends per side, what they point to, and the weekly outcome scale. */
export function ProgressPage() {
  useDocumentTitle('Progress');
  const results = useLiveQuery(() => listAssessments(getDb()), []);
  return (
    <div className="page progress-page">
      <h1>Your progress</h1>
      {results === undefined ? (
        <p role="status">Loading your self-checks…</p>
      ) : results.length === 0 ? (
        <p>
          No self-checks recorded yet. Do the <Link to="/routines/hip-self-assessment">hip self-assessment</Link> and record each result, or
          record one check: <Link to="/checks/lying-leg-turn">lying leg turn</Link>.
        </p>
      ) : (
        <>
          <FocusSection latest={latestOfEach(results)} />
          <SelfCheckTrends results={results} />
        </>
      )}
      <OutcomeSection />
    </div>
  );
}
