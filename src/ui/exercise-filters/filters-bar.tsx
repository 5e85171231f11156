import { useRef } from 'react';
import type { BodyArea, Equipment } from '@/content/catalog-types';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS, KIND_ORDER } from '@/ui/format';
import { hasActiveFilters, NO_FILTERS, type LibraryFilters } from './filter-exercises';
import { useScrollHint } from './use-scroll-hint';
import './filters.css';

interface Props {
  filters: LibraryFilters;
  onChange: (next: Partial<LibraryFilters>) => void;
}

/** Search and filter controls, shared by the library and the routine builder's exercise picker. */
export function FiltersBar({ filters, onChange }: Props) {
  const chips = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const { isMoreBefore, isMoreAfter } = useScrollHint(chips);
  // "Clear all" goes away once pressed: focus the search, where a new search starts, not the body.
  const clearAll = () => {
    onChange(NO_FILTERS);
    search.current?.focus();
  };
  const fade = `${isMoreBefore ? ' is-more-before' : ''}${isMoreAfter ? ' is-more-after' : ''}`;
  return (
    <div className="filters">
      <label className="search">
        <span className="visually-hidden">Search exercises</span>
        <input
          ref={search}
          type="search"
          placeholder="Search: groin, piriformis, ball…"
          value={filters.query}
          onChange={(e) => onChange({ query: e.target.value })}
          autoComplete="off"
          enterKeyHint="search"
        />
      </label>
      <div ref={chips} className={`chip-row${fade}`} role="group" aria-label="Kind of exercise">
        <button type="button" className="chip" aria-pressed={filters.kind === null} onClick={() => onChange({ kind: null })}>
          All
        </button>
        {KIND_ORDER.map((kind) => (
          <button
            key={kind}
            type="button"
            className="chip"
            aria-pressed={filters.kind === kind}
            onClick={() => onChange({ kind: filters.kind === kind ? null : kind })}
          >
            {KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      <div className="filter-row">
        <label className="select">
          <span>Equipment</span>
          <select value={filters.equipment ?? ''} onChange={(e) => onChange({ equipment: (e.target.value || null) as Equipment | null })}>
            <option value="">Any</option>
            {Object.entries(EQUIPMENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="select">
          <span>Body area</span>
          <select value={filters.area ?? ''} onChange={(e) => onChange({ area: (e.target.value || null) as BodyArea | null })}>
            <option value="">Any</option>
            {Object.entries(BODY_AREA_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="filter-row">
        <label className="switch">
          <input
            type="checkbox"
            checked={filters.isKneeFriendlyOnly}
            onChange={(e) => onChange({ isKneeFriendlyOnly: e.target.checked })}
          />
          <span>Knee-friendly only</span>
        </label>
        {hasActiveFilters(filters) && (
          <button type="button" className="button button-small" onClick={clearAll}>
            Clear all
          </button>
        )}
      </div>
    </div>
  );
}
