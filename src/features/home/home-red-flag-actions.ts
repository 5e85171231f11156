/** Loaded on demand with the home status query: home's first bundle carries no storage code. */
import { getDb } from '@/storage/db';
import { redFlagRepo } from '@/storage/red-flag-repo';

export const clearRedFlags = (at: number): Promise<string[]> => redFlagRepo(getDb()).clear(at);
export const unclearRedFlags = (ids: readonly string[]): Promise<void> => redFlagRepo(getDb()).unclear(ids);
