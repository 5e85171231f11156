import { create } from 'zustand';
import type { SessionEvent } from '@/domain/session/events';
import type { Plan } from '@/domain/session/plan-types';

export interface LiveSession {
  id: string;
  plan: Plan;
  events: SessionEvent[];
  /** How many of `events` are already in IndexedDB. */
  persistedCount: number;
}

interface PlayerStore {
  session: LiveSession | null;
  open: (session: LiveSession) => void;
  /** Record what the user did. Persisting, sounds and the wake lock react to it elsewhere. */
  dispatch: (event: SessionEvent) => void;
  markPersisted: (count: number) => void;
  /** Steps inserted after the current one (a swap "now"); persisted by the caller. */
  replacePlan: (plan: Plan) => void;
  close: () => void;
}

export const usePlayerStore = create<PlayerStore>()((set) => ({
  session: null,
  open: (session) => set({ session }),
  dispatch: (event) => set(({ session }) => (session ? { session: { ...session, events: [...session.events, event] } } : {})),
  markPersisted: (count) =>
    set(({ session }) => (session ? { session: { ...session, persistedCount: Math.max(session.persistedCount, count) } } : {})),
  replacePlan: (plan) => set(({ session }) => (session ? { session: { ...session, plan } } : {})),
  close: () => set({ session: null }),
}));
