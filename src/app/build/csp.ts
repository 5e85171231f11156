/**
 * The Content-Security-Policy, computed from the built HTML so its hashes always match what is served
 * (docs/decisions/006). Pure: HTML in, policy out — the build plugin, the preview server and the tests
 * all call these functions, so there is one policy and one way to make it.
 */
import { createHash } from 'node:crypto';

/** Inline code in the HTML that the policy must allow by hash. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** A <meta> policy cannot carry frame-ancestors (the browser ignores it and warns), so it goes in headers only. */
export type Delivery = 'meta' | 'header';

export const REFERRER_POLICY = 'no-referrer';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const TAG = /<[a-zA-Z][^>]*>/g;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i;

/** The browser hashes attribute values after decoding character references; React escapes only these. */
const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every inline script (no src), <style> body and style="" attribute, exactly as the browser will hash it. */
export function findInlineCode(html: string): InlineCode {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !/\ssrc\s*=/i.test(m[1] ?? '')).map((m) => m[2] ?? '');
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '');
  const styleAttributes = [...html.matchAll(TAG)]
    .map((m) => STYLE_ATTRIBUTE.exec(m[0]))
    .filter((m) => m !== null)
    .map((m) => decodeAttribute(m[1] ?? m[2] ?? ''));
  return { scripts, styles, styleAttributes };
}

/** A CSP hash source: `'sha256-<base64 of the UTF-8 text>'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const hashes = (texts: string[]) => [...new Set(texts.map(hashSource))];

/** The policy for this HTML: same-origin everything, inline code only by hash, no plugins, no framing. */
export function contentSecurityPolicy(html: string, delivery: Delivery): string {
  const inline = findInlineCode(html);
  const directives: string[][] = [
    ["default-src 'self'"],
    ["script-src 'self'", ...hashes(inline.scripts)],
    ["style-src 'self'", ...hashes(inline.styles)],
    // React sets style props through the CSSOM, which CSP allows; only markup attributes need this.
    ...(inline.styleAttributes.length ? [["style-src-attr 'unsafe-hashes'", ...hashes(inline.styleAttributes)]] : []),
    ["img-src 'self'"],
    ["connect-src 'self'"],
    ["worker-src 'self'"],
    ["manifest-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'self'"],
    ...(delivery === 'header' ? [["frame-ancestors 'none'"]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The response headers `npm start` sends with every file of this build. */
export function securityHeaders(html: string): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(html, 'header'), 'Referrer-Policy': REFERRER_POLICY };
}

/** The policy carried by the HTML itself (also when the service worker serves it offline), or null. */
export function policyInMeta(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

/**
 * Put the policy and referrer meta right after <meta charset>: a meta policy covers only what follows it,
 * so it must come before the first inline script. Replaces a policy already there (idempotent).
 */
export function withSecurityMeta(html: string): string {
  const clean = html.replace(CSP_META, '').replace(/<meta name="referrer"[^>]*>\s*/i, '');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(clean);
  if (!charset) throw new Error('csp: the HTML needs a <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  const indent = /\n([ \t]*)<meta charset/.exec(clean)?.[1] ?? '';
  const meta =
    `\n${indent}<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(clean, 'meta')}" />` +
    `\n${indent}<meta name="referrer" content="${REFERRER_POLICY}" />`;
  return clean.slice(0, at) + meta + clean.slice(at);
}
