import type { SessionState } from './state-at';

/**
 * Whether a new version may be offered now. Only when nothing is running: a reload, or even a toast
 * over the controls, must not land in the middle of a hold or a set. A paused session (the user chose
 * the moment) or a finished one may update; the reload restores the paused step with its time left.
 */
export const isUpdateTime = (state: Pick<SessionState, 'status'>): boolean => state.status !== 'running';
