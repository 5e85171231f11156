/**
 * A tiny synchronous cache of what the home screen last knew (IndexedDB stays the truth). Home's
 * first render — and the prerendered HTML, through the inline script in index.html — use it, so
 * cards don't pop in and push the page down once IndexedDB answers, and a red flag never flashes
 * the one-tap Start before IndexedDB has said so.
 */
export interface HomeHintRedFlag {
  at: number;
  flags: string[];
}

export interface HomeHint {
  isOnboarded: boolean;
  activeRoutineName: string | null;
  /** The newest red flag not yet cleared ("a clinician has checked my knee"); null when none. */
  redFlag: HomeHintRedFlag | null;
  /** A programme is running: home shows the programme's today instead of today's routine. */
  isProgrammeRunning: boolean;
}

export const HOME_HINT_KEY = 'kneewise:home-hint';
/** Set on <html> before the first paint while the hint holds a red flag (see prerender-plugin.ts). */
export const RED_FLAG_ATTRIBUTE = 'data-red-flag';
const NONE: HomeHint = { isOnboarded: false, activeRoutineName: null, redFlag: null, isProgrammeRunning: false };

function readRedFlag(value: unknown): HomeHintRedFlag | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.at !== 'number' || !Array.isArray(v.flags) || v.flags.length === 0) return null;
  return { at: v.at, flags: v.flags.filter((f): f is string => typeof f === 'string') };
}

export function readHomeHint(): HomeHint {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(HOME_HINT_KEY);
    const parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    return {
      isOnboarded: parsed.isOnboarded === true,
      activeRoutineName: typeof parsed.activeRoutineName === 'string' ? parsed.activeRoutineName : null,
      redFlag: readRedFlag(parsed.redFlag),
      isProgrammeRunning: parsed.isProgrammeRunning === true,
    };
  } catch {
    return NONE; // storage blocked or the value mangled: behave like a first visit
  }
}

export function writeHomeHint(patch: Partial<HomeHint>): void {
  try {
    localStorage.setItem(HOME_HINT_KEY, JSON.stringify({ ...readHomeHint(), ...patch }));
  } catch {
    // Private mode or full: the hint is only an optimisation.
  }
}
