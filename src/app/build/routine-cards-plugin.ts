/**
 * Vite plugin: `virtual:kneewise/routine-cards`, home's routine cards computed when the content is
 * compiled, so a first visit paints them without the routines or the plan code (the entry script
 * stays small). Computed by the one rule every screen uses, `summariseRoutine`, with no choices
 * applied; once a user has choices or routines of their own, home loads that code and computes the
 * cards again with them (src/features/home/home-cards-query.ts). It lives in app/build because it
 * joins the content and the domain.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Catalog, RoutineCardFacts } from '../../content/catalog-types';
import { compileContent, ContentBuildError } from '../../content/compile.ts';
import { planFactsOf } from '../../content/plan-facts.ts';
import { playableRoutines } from '../../content/playable-routines.ts';
import { moduleOf } from '../../content/vite-plugin.ts';
import { summariseRoutine } from '../../domain/session/build-plan.ts';

const ID = 'virtual:kneewise/routine-cards';

export function routineCardsOf(catalog: Pick<Catalog, 'routines' | 'exercises'>): RoutineCardFacts[] {
  const facts = planFactsOf(catalog.exercises);
  return playableRoutines(catalog).map((routine) => {
    const { durationMs, exerciseCount } = summariseRoutine(routine, facts);
    return { id: routine.id, name: routine.name, summary: routine.summary, durationMs, exerciseCount };
  });
}

export function routineCards(options: { root?: string } = {}): Plugin {
  const contentRoot = resolve(options.root ?? 'content');
  return {
    name: 'kneewise-routine-cards',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const result = compileContent(contentRoot);
      if (!result.ok) this.error(new ContentBuildError(result.errors).message);
      result.files.forEach((file) => {
        this.addWatchFile(file);
      });
      return moduleOf({ routineCards: routineCardsOf(result.catalog) });
    },
  };
}
