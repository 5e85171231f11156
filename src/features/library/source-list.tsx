import { findSource } from '@/content/exercise-catalog';

export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = ids.flatMap((id) => findSource(id) ?? []);
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Source</h2>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.id}>
            <cite>{s.title}</cite> <span className="muted">— {s.publisher}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        General guidance, not a diagnosis. If your knee swells, locks, gives way or won’t take weight, stop and see a clinician.
      </p>
    </section>
  );
}
