// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ByYear } from './by-year';

afterEach(cleanup);

const groups = [
  { year: 2026, rows: ['a', 'b'] },
  { year: 2025, rows: ['c'] },
];

const renderGroups = () =>
  render(
    <ByYear groups={groups} summary={(g) => `${g.year}: ${g.rows.length}`}>
      {(g) => (
        <ul aria-label={`rows ${g.year}`}>
          {g.rows.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </ByYear>,
  );

describe('ByYear', () => {
  it('shows the first year and folds the others under a summary, drawing their rows only once opened', () => {
    renderGroups();
    expect(screen.getByRole('list', { name: 'rows 2026' }).textContent).toBe('ab');
    expect(screen.getByText('2025: 1')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'rows 2025' })).toBeNull();
    const details = screen.getByText('2025: 1').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByRole('list', { name: 'rows 2025' }).textContent).toBe('c');
  });

  it('draws nothing without groups', () => {
    const { container } = render(
      <ByYear groups={[]} summary={() => ''}>
        {() => <p>row</p>}
      </ByYear>,
    );
    expect(container.textContent).toBe('');
  });
});
