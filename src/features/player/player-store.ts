import { create } from 'zustand';
import type { SessionAction, SessionEvent } from '@/domain/session/events';
import type { Plan } from '@/domain/session/plan-types';
import { stampEvent } from '@/domain/session/stamp-event';
import { now } from '@/platform/clock';

export interface LiveSession {
  id: string;
  plan: Plan;
  /** The log, each event stamped once here; persisting it is the effects' job (keyed by seq). */
  events: SessionEvent[];
}

interface PlayerStore {
  session: LiveSession | null;
  open: (session: LiveSession) => void;
  /**
   * Record what the user did, stamped with the time (never before the last event), the next seq
   * and the step it is for: `shownStep`, the step on screen when they tapped, else the current one.
   * Persisting, sounds and the wake lock react to it elsewhere.
   */
  dispatch: (action: SessionAction, shownStep?: number) => void;
  /** Steps inserted after the current one (a swap "now"); persisted by the caller. */
  replacePlan: (plan: Plan) => void;
  close: () => void;
}

export const usePlayerStore = create<PlayerStore>()((set) => ({
  session: null,
  open: (session) => set({ session }),
  dispatch: (action, shownStep) =>
    set(({ session }) =>
      session
        ? { session: { ...session, events: [...session.events, stampEvent(session.plan, session.events, action, now(), shownStep)] } }
        : {},
    ),
  replacePlan: (plan) => set(({ session }) => (session ? { session: { ...session, plan } } : {})),
  close: () => set({ session: null }),
}));
