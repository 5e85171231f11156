#!/usr/bin/env node
// `npm run bench`: the figures of DESIGN §5, measured on the production build in real Chromium.
// Prints a table with each budget; never fails on a budget (speed is measured, not asserted).
import { homeRouteJs, precacheSize } from './sizes.mjs';
import { offlineReloadFcp } from './offline-fcp.mjs';
import { lighthouseMobile } from './lighthouse.mjs';
import { startPreview } from './server.mjs';
import { simulatedDrift } from './drift-sim.mjs';
import { realTabDrift, sessionHeap } from './session-tab.mjs';
import { storageAtScale } from './storage-scale.mjs';
import { firstVisitHomeJs } from './home-js.mjs';
import { progressAtScale } from './progress-scale.mjs';
import { describeFrames, interactionAtScale } from './interaction.mjs';

// `npm run bench -- homejs drift` runs only the named parts; the build-size rows always print.
const only = process.argv.slice(2);
// Several people may bench on one machine: BENCH_PORT moves the preview server off the default.
const port = Number(process.env.BENCH_PORT ?? 4391);
const wants = (name) => only.length === 0 || only.includes(name);
const FIGURE_WIDTH = 100;
const rows = [];
const row = (figure, value, budget) => {
  rows.push({ figure, value, budget });
  console.log(`  ${figure.padEnd(FIGURE_WIDTH)} ${String(value).padStart(14)}   budget ${budget}`);
};

console.log('\nKneewise bench (production build, Chromium)\n');
const server = await startPreview(port);
try {
  const home = homeRouteJs('dist');
  row('JS to render the home route (entry + preloads), gzip', `${home.gzipKb} KB`, '≤ 100 KB');
  if (wants('homejs')) {
    const visit = await firstVisitHomeJs(server.url);
    const dexie = visit.hasDexie ? ', incl. Dexie' : '';
    row(
      `JS a first visit to home fetches before any interaction, measured in the browser (gzip${dexie})`,
      `${visit.gzipKb} KB`,
      '≤ 130 KB',
    );
    // A first visit has no database, so home skips the storage code; a returning visit needs it.
    const returning = await firstVisitHomeJs(server.url, { hasStoredData: true });
    row(
      `JS home fetches with data stored but nothing cached (gzip${returning.hasDexie ? ', incl. Dexie' : ''})`,
      `${returning.gzipKb} KB`,
      '≤ 130 KB',
    );
  }
  const pre = precacheSize('dist');
  row(`Precache, gzip (${pre.entries} entries)`, `${pre.gzipKb} KB`, '≤ 400 KB');

  if (wants('drift')) {
    const sim = await simulatedDrift();
    row(
      `Drift, ${sim.minutes}-min session, ${sim.visible.boundaries} step boundaries, visible`,
      `${sim.visible.maxBoundaryErrorMs} ms`,
      '≤ 100 ms',
    );
    row(`Drift, ${sim.minutes}-min session, step boundaries, hidden/throttled`, `${sim.hidden.maxBoundaryErrorMs} ms`, '≤ 100 ms');
    row(
      `Drift at the end of the ${sim.minutes}-min session (visible / hidden)`,
      `${sim.visible.finishErrorMs} / ${sim.hidden.finishErrorMs} ms`,
      '≤ 100 ms',
    );
  }
  if (wants('offline')) {
    const off = await offlineReloadFcp(server.url, 10);
    row('Offline reloads that work (deep links included)', `${off.worked} / ${off.runs}`, '10 / 10');
    row('Offline reload → first contentful paint, median of 10', `${off.medianFcpMs} ms`, '≤ 100 ms');
  }
  if (wants('drift')) {
    const tab = await realTabDrift(server.url);
    row('Real tab, 60-s session, 30 s frozen: finish vs wall clock', `${tab.finishDriftMs} ms`, '≤ 100 ms');
    row(
      'Real tab: step shown after its boundary (median / max)',
      `${tab.visibleStepLatencyMedianMs} / ${tab.visibleStepLatencyMaxMs} ms`,
      '—',
    );
  }
  if (wants('heap')) {
    const heap = await sessionHeap(server.url);
    row('JS heap, 30-min session: peak / growth start→end', `${heap.peakMb} / ${heap.growthMb} MB`, '≤ 30 / ≤ 5 MB');
  }
  if (wants('storage')) {
    const st = await storageAtScale(server.url);
    const scale = `${st.sessions} sessions, ${st.painChecks} pain checks`;
    console.log(`  (storage figures with ${scale}, in real IndexedDB)`);
    row('History render: tap → list and both charts (median of 3)', `${st.historyMedianMs} ms`, '≤ 300 ms');
    row('Export everything (JSON backup)', `${st.exportMs} ms`, '≤ 1000 ms');
    row('Import: validate + preview / write (replace)', `${st.validateMs} / ${st.importMs} ms`, '≤ 2000 ms each');
    row(
      'Import onto an empty phone: validate + preview / write (replace)',
      `${st.validateEmptyMs} / ${st.importEmptyMs} ms`,
      '≤ 2000 ms each',
    );
    row('Pain check tap → stored (median / max of 10)', `${st.tapMedianMs} / ${st.tapMaxMs} ms`, '≤ 50 ms');
  }
  if (wants('progress')) {
    const pr = await progressAtScale(server.url);
    row(
      `Progress view, 3 years (${pr.assessments} self-checks, ${pr.ratings} weekly ratings): tap in History → tables and charts (median of 3)`,
      `${pr.tapMedianMs} ms`,
      '≤ 300 ms',
    );
    row(
      'Progress view by a deep link or reload: navigation start (the app starts first) → tables and charts',
      `${pr.loadMedianMs} ms`,
      '—',
    );
  }
  if (wants('interaction')) {
    const it = await interactionAtScale(server.url);
    row(
      `Worst interaction of a scripted session at ${it.rate}× CPU throttle, Event Timing (median of ${it.runs} runs' worst; worst: "${it.worst.label}" ${it.worstMs} ms)`,
      `${it.medianWorstMs} ms`,
      '≤ 200 ms',
    );
    console.log(`    its long frames: ${describeFrames(it.worst.frames) || 'none'}`);
  }
  if (wants('lighthouse')) {
    const lh = await lighthouseMobile(server.url, 3);
    row('Lighthouse mobile performance (median of 3)', lh.performance, '100');
    row('Lighthouse mobile accessibility', lh.accessibility, '100');
    row('Lighthouse mobile best practices', lh.bestPractices, '100');
    row('Lighthouse mobile LCP', `${lh.lcpMs} ms`, '≤ 1200 ms');
    row('Lighthouse mobile FCP / TBT / CLS', `${lh.fcpMs} ms / ${lh.tbtMs} ms / ${lh.cls}`, '—');
  }
} finally {
  server.stop();
}
console.log('');
