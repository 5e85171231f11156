/**
 * A tiny synchronous cache of what the home screen last knew (IndexedDB stays the truth). Home's
 * first render — and the prerendered HTML, through the inline script in index.html — use it, so
 * cards don't pop in and push the page down once IndexedDB answers.
 */
export interface HomeHint {
  isOnboarded: boolean;
  activeRoutineName: string | null;
}

export const HOME_HINT_KEY = 'kneewise:home-hint';
const NONE: HomeHint = { isOnboarded: false, activeRoutineName: null };

export function readHomeHint(): HomeHint {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(HOME_HINT_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<HomeHint>) : {};
    return {
      isOnboarded: parsed.isOnboarded === true,
      activeRoutineName: typeof parsed.activeRoutineName === 'string' ? parsed.activeRoutineName : null,
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
