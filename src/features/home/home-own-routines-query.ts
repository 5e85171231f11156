/** Loaded on demand (home's first bundle stays free of Dexie): the user's own routines, live. */
import { watchOwnRoutines as watch } from '@/storage/routine-resolver';

export const watchOwnRoutines = watch;
