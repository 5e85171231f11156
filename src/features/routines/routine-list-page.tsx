import { routines, planFacts } from '@/content/routine-catalog';
import { useDocumentTitle } from '@/platform/use-document-title';
import { RoutineCardList } from '@/ui/routine-card-list';
import { useExercisePrefs } from './use-exercise-prefs';

export function RoutineListPage() {
  useDocumentTitle('Routines');
  // Times and counts with the user's choices applied, as the routine page and the plan have them.
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  return (
    <div className="page">
      <h1>Routines</h1>
      <p className="page-intro">
        Each routine keeps the load on the hip and off the knee, and asks how your knee is after every stretch and strength exercise.
      </p>
      <RoutineCardList routines={routines} facts={planFacts} adjustments={adjustments} />
    </div>
  );
}
