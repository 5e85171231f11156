declare module 'virtual:kneewise/routines' {
  import type { PlanFacts, Routine } from '@/content/catalog-types';
  export const routines: Routine[];
  export const planFacts: Record<string, PlanFacts>;
}
declare module 'virtual:kneewise/routine-texts' {
  export const routineTexts: Record<string, { description: string; notes: (string | null)[] }>;
}
declare module 'virtual:kneewise/exercises' {
  import type { Exercise, Source } from '@/content/catalog-types';
  export const exercises: Exercise[];
  export const sources: Source[];
}
declare module 'virtual:kneewise/pages' {
  import type { Page } from '@/content/catalog-types';
  export const pages: Page[];
}
declare module 'virtual:kneewise/programmes' {
  import type { ProgrammeFile } from '@/content/programme-schema';
  export const programmes: ProgrammeFile[];
}
