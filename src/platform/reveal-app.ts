import { RED_FLAG_ATTRIBUTE } from './home-hint';

/**
 * Called once React has rendered: drops the marks the inline script in index.html set before the
 * first paint (prerendered home hidden on other routes; first-run card hidden by the hint).
 */
export function revealApp(): void {
  document.documentElement.removeAttribute('data-prerender');
  document.documentElement.removeAttribute('data-onboarded');
  document.documentElement.removeAttribute(RED_FLAG_ATTRIBUTE);
}
