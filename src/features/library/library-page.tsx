import { useDeferredValue, useMemo } from 'react';
import { exercises } from '@/content/exercise-catalog';
import { KIND_LABELS } from '@/ui/format';
import { useDocumentTitle } from '@/platform/use-document-title';
import { ExerciseCard } from './exercise-card';
import { filterExercises, groupByKind, hasActiveFilters, NO_FILTERS } from '@/ui/exercise-filters/filter-exercises';
import { FiltersBar } from '@/ui/exercise-filters/filters-bar';
import { useLibraryFilters } from './use-library-filters';
import './library.css';

export function LibraryPage() {
  useDocumentTitle('Exercise library');
  const [filters, setFilters] = useLibraryFilters();
  const deferred = useDeferredValue(filters);
  const results = useMemo(() => filterExercises(exercises, deferred), [deferred]);
  const groups = groupByKind(results);
  const isFiltered = hasActiveFilters(filters);
  const isSearching = deferred.query.trim() !== '';

  return (
    <div className="page page-wide">
      <h1>Exercise library</h1>
      <p className="page-intro">
        {exercises.length} exercises to release, stretch and strengthen the hip — and self-checks to see where you start.
      </p>
      <FiltersBar filters={filters} onChange={setFilters} />
      <p className="result-count" role="status" aria-live="polite">
        {isFiltered ? `${results.length} of ${exercises.length} exercises` : `${results.length} exercises`}
      </p>
      {results.length === 0 ? (
        <div className="empty-state">
          <p>
            No exercise matches {filters.query ? <strong>“{filters.query}”</strong> : 'these filters'}. Try another word — where it hurts or
            feels tight (“groin”, “knee pain”), a muscle (“piriformis”) or a piece of kit (“ball”).
          </p>
          <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear search and filters
          </button>
        </div>
      ) : isSearching ? (
        // A search is ranked: best match first, across kinds (each card says its kind).
        <section aria-labelledby="best-matches" className="library-group">
          <h2 id="best-matches">Best matches</h2>
          <ul className="card-list library-grid">
            {results.map((exercise) => (
              <li key={exercise.id}>
                <ExerciseCard exercise={exercise} showKind />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="library-group">
            <h2 id={`group-${group.kind}`}>
              {KIND_LABELS[group.kind]} <span className="muted">({group.exercises.length})</span>
            </h2>
            <ul className="card-list library-grid">
              {group.exercises.map((exercise) => (
                <li key={exercise.id}>
                  <ExerciseCard exercise={exercise} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
