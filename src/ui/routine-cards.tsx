import { formatMinutes } from '@/ui/format';
import { RoutineCard } from '@/ui/routine-card';

export interface RoutineCardView {
  id: string;
  href: string;
  name: string;
  summary: string;
  durationMs: number;
  exerciseCount: number;
  /** Every exercise left out for the knee: nothing to do. */
  isEmpty: boolean;
}

/** A list of routine cards, already summarised (by `summariseRoutine`, wherever it ran). */
export function RoutineCards({ cards }: { cards: readonly RoutineCardView[] }) {
  return (
    <ul className="card-list">
      {cards.map((card) => (
        <li key={card.id}>
          <RoutineCard
            href={card.href}
            name={card.name}
            summary={card.summary}
            minutes={card.isEmpty ? 'Nothing to do' : formatMinutes(card.durationMs)}
            exerciseCount={card.exerciseCount}
          />
        </li>
      ))}
    </ul>
  );
}
