import { useState } from 'react';
import { exercises } from '@/content/exercise-catalog';
import { filterExercises, NO_FILTERS, type LibraryFilters } from '@/ui/exercise-filters/filter-exercises';
import { FiltersBar } from '@/ui/exercise-filters/filters-bar';
import { KIND_LABELS } from '@/ui/format';
import { KneeTag } from '@/ui/knee-tag';

interface Props {
  inRoutine: ReadonlySet<string>;
  onAdd: (exerciseId: string) => void;
}

/** Add exercises from the library, with the library's own search and filters. */
export function ExercisePicker({ inRoutine, onAdd }: Props) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const found = filterExercises(exercises, filters);
  return (
    <section className="exercise-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Add exercises</h2>
      <FiltersBar filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} />
      <p className="result-count" role="status">
        {found.length === 0 ? 'No exercise matches: try fewer words or clear the filters.' : `${found.length} exercises`}
      </p>
      <ul className="picker-list">
        {found.map((e) => {
          const isIn = inRoutine.has(e.id);
          return (
            <li key={e.id} className="picker-item">
              <span className="picker-name">
                {e.name}
                <span className="muted"> · {KIND_LABELS[e.kind]}</span>
              </span>
              {e.kneeLoad !== 'low' && <KneeTag load={e.kneeLoad} />}
              <button type="button" className="button button-small" disabled={isIn} onClick={() => onAdd(e.id)}>
                {isIn ? 'Added' : 'Add'}
                <span className="visually-hidden"> {e.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
