import type { Exercise } from '@/content/catalog-types';
import { formatDosage, formatSeconds } from '@/ui/format';

export function DosagePanel({ exercise }: { exercise: Exercise }) {
  const { dosage } = exercise;
  return (
    <section className="dosage" aria-labelledby="dosage">
      <h2 id="dosage" className="visually-hidden">
        Dose
      </h2>
      <p className="dosage-main">{formatDosage(dosage, exercise.sides)}</p>
      <p className="dosage-label">{dosage.label}</p>
      <ul className="dosage-facts">
        <li>{exercise.sides === 'each' ? 'Each side in turn' : 'Both sides together'}</li>
        <li>{dosage.frequency}</li>
        {dosage.mode === 'reps' && <li>Tempo: {dosage.tempo}</li>}
        {dosage.mode === 'timed' && dosage.spotSeconds && (
          <li>
            {dosage.spotSeconds[0]}–{dosage.spotSeconds[1]} s on each sore spot
          </li>
        )}
        {dosage.restSeconds > 0 && <li>Rest {formatSeconds(dosage.restSeconds)} between sets</li>}
      </ul>
    </section>
  );
}
