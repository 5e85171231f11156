import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { prefsRepo } from '@/storage/prefs-repo';
import { sessionRepo } from '@/storage/session-repo';
import { settingsRepo } from '@/storage/settings-repo';

/** The player's storage, opened once. */
export const sessions = sessionRepo(getDb());
export const pain = painRepo(getDb());
export const prefs = prefsRepo(getDb());
export const settings = settingsRepo(getDb());
