import { useEffect, useState } from 'react';
import type { Routine } from '@/content/catalog-types';
import { routineCards } from '@/content/routine-card-catalog';
import type { Adjustment } from '@/domain/session/adjust';
import type { HomeCards } from './home-cards';

/** The routines as written, summarised when the content was compiled. */
const AS_WRITTEN: HomeCards = {
  builtIn: routineCards.map((c) => ({ ...c, href: `/routines/${c.id}`, isEmpty: false, leftOutIds: [] })),
  own: [],
};

/**
 * Home's routine cards. Without choices or own routines (every first visit) they come from the
 * compiled content, so home paints without the routines or the plan code; with them, that code loads
 * and summarises each card with the user's choices applied.
 */
export function useHomeCards(adjustments: Readonly<Record<string, Adjustment>>, own: readonly Routine[]): HomeCards {
  const isAsWritten = Object.keys(adjustments).length === 0 && own.length === 0;
  const [cards, setCards] = useState<HomeCards | null>(null);
  useEffect(() => {
    if (isAsWritten) return;
    let isCancelled = false;
    import('./home-cards-query')
      .then((m) => {
        if (!isCancelled) setCards(m.homeCards(adjustments, own));
      })
      .catch((error: unknown) => {
        // The cards as written stay up; the failure is reported, not swallowed.
        console.warn('Kneewise: home could not apply your choices to the routine cards', error);
      });
    return () => {
      isCancelled = true;
    };
  }, [isAsWritten, adjustments, own]);
  return isAsWritten || cards === null ? AS_WRITTEN : cards;
}
