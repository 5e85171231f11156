import type { RoutineCardView } from '@/ui/routine-cards';

/** A routine on home, with what undoing "nothing left to do" would clear. */
export interface HomeCard extends RoutineCardView {
  /** The exercises the user left out of this routine (home's "Undo the leave-outs"). */
  leftOutIds: readonly string[];
}

export interface HomeCards {
  builtIn: readonly HomeCard[];
  own: readonly HomeCard[];
}
