/**
 * "Due today" on the installed app's icon (Badging API), where the browser has it. Feature-detected
 * and never required: reminders come from the calendar file; a badge only helps when it exists.
 */
type BadgingNavigator = Navigator & { setAppBadge?: (count?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

export function showDueBadge(count: number): void {
  const nav = navigator as BadgingNavigator;
  if (typeof nav.setAppBadge !== 'function' || typeof nav.clearAppBadge !== 'function') return;
  // A refusal (not installed, permission) changes nothing the user needs.
  const done = count > 0 ? nav.setAppBadge(count) : nav.clearAppBadge();
  done.catch(() => undefined);
}
