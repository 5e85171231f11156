/** True when a key press belongs to the focused control (a button, link or field), not to the player. */
export function isOnControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a[href], input, select, textarea, summary, dialog, [role="button"], [contenteditable="true"]') !== null
  );
}
