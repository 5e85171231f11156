import { useState, type ReactNode } from 'react';
import type { YearGroup } from '@/domain/assessment/by-year';
import './by-year.css';

interface Props<T> {
  groups: readonly YearGroup<T>[];
  /** What a folded year's summary says, e.g. "2025: 26 results". */
  summary: (group: YearGroup<T>) => string;
  children: (group: YearGroup<T>) => ReactNode;
}

/**
 * A long history by calendar year: the first group shown, each other year folded under a summary
 * the keyboard and screen readers can open. A folded year's rows are drawn only once opened, so
 * three years of results cost the view one year's rows — and none is ever out of reach.
 */
export function ByYear<T>({ groups, summary, children }: Props<T>) {
  const [first, ...rest] = groups;
  if (!first) return null;
  return (
    <>
      {children(first)}
      {rest.map((group) => (
        <FoldedYear key={group.year} summary={summary(group)}>
          {() => children(group)}
        </FoldedYear>
      ))}
    </>
  );
}

function FoldedYear({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="by-year" onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen && children()}
    </details>
  );
}
