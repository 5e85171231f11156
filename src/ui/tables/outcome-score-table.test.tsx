// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutcomeScoreTable } from './outcome-score-table';

afterEach(cleanup);

const points = [
  { weekOf: '2026-03-02', score: 3.5, count: 2 },
  { weekOf: '2026-03-09', score: 6, count: 3 },
];

describe('OutcomeScoreTable', () => {
  it('has a row per week with its score to one decimal and how many activities were rated', () => {
    render(<OutcomeScoreTable points={points} caption="Weekly score" className="report-table" />);
    const table = screen.getByRole('table', { name: 'Weekly score' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['Week ofScore (0–10)Activities rated', '2026-03-023.52', '2026-03-096.03']);
    expect(within(table).getByRole('rowheader', { name: '2026-03-09' })).toBeTruthy();
  });

  it.each([
    [true, 'visually-hidden'],
    [false, ''],
  ])('caption hidden %s → class "%s" (the name stays for screen readers)', (isCaptionHidden, className) => {
    render(<OutcomeScoreTable points={points} caption="Weekly score" isCaptionHidden={isCaptionHidden} className="progress-table" />);
    expect(screen.getByRole('table', { name: 'Weekly score' }).querySelector('caption')?.className ?? '').toBe(className);
  });
});
