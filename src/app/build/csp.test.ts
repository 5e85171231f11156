import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, findInlineCode, hashSource, policyInMeta, securityHeaders, withSecurityMeta } from './csp';

const page = (head: string, body = '') =>
  `<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n${head}\n  </head>\n  <body>${body}</body>\n</html>`;

/** Every inline script in the HTML has its hash in script-src (the rule a stale policy breaks). */
function unhashedScripts(html: string, policy: string): string[] {
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  return findInlineCode(html).scripts.filter((s) => !scriptSrc.includes(hashSource(s)));
}

describe('hashSource', () => {
  it.each([
    // Known values: `printf '%s' TEXT | openssl dgst -sha256 -binary | base64`.
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['alert(1)', "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
  ])('hashes %j as the browser does', (text, expected) => {
    expect(hashSource(text)).toBe(expected);
  });
});

describe('findInlineCode', () => {
  it.each([
    ['an inline script', '<script>go()</script>', { scripts: ['go()'], styles: [], styleAttributes: [] }],
    [
      'a script with a src (allowed by self)',
      '<script type="module" src="/a.js"></script>',
      { scripts: [], styles: [], styleAttributes: [] },
    ],
    ['a style element', '<style>body{margin:0}</style>', { scripts: [], styles: ['body{margin:0}'], styleAttributes: [] }],
    ['a style attribute, decoded', '<p style="content:&quot;x&quot;">', { scripts: [], styles: [], styleAttributes: ['content:"x"'] }],
    ['text that only mentions style=', '<p>style="x"</p>', { scripts: [], styles: [], styleAttributes: [] }],
  ])('finds %s', (_name, html, expected) => {
    expect(findInlineCode(html)).toEqual(expected);
  });
});

describe('contentSecurityPolicy', () => {
  const html = page('<script>a()</script><style>b{}</style>', '<script>c()</script>');

  it('allows each inline script and style by hash, and nothing inline otherwise', () => {
    const policy = contentSecurityPolicy(html, 'meta');
    expect(policy).toContain(`script-src 'self' ${hashSource('a()')} ${hashSource('c()')};`);
    expect(policy).toContain(`style-src 'self' ${hashSource('b{}')};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('style-src-attr');
    expect(unhashedScripts(html, policy)).toEqual([]);
  });

  it.each([
    ["default-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["connect-src 'self'"],
    ["worker-src 'self'"],
    ["manifest-src 'self'"],
    ["form-action 'self'"],
  ])('has %s', (directive) => {
    expect(contentSecurityPolicy(html, 'meta').split('; ')).toContain(directive);
  });

  it('puts frame-ancestors in the header only (a meta policy cannot carry it)', () => {
    expect(contentSecurityPolicy(html, 'header')).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(html, 'meta')).not.toContain('frame-ancestors');
    expect(securityHeaders(html)).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(html, 'header'),
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('allows style attributes in markup by hash only, when there are any', () => {
    const policy = contentSecurityPolicy(page('', '<h1 style="color:red">x</h1>'), 'meta');
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hashSource('color:red')}`);
  });

  it('a policy made before a script changed no longer covers it', () => {
    const stale = contentSecurityPolicy(html, 'meta');
    const changed = html.replace('c()', 'd()');
    expect(unhashedScripts(changed, stale)).toEqual(['d()']);
  });
});

describe('withSecurityMeta', () => {
  const html = page('    <title>t</title>\n    <script>a()</script>');

  it('puts the policy and the referrer policy before the first inline script', () => {
    const out = withSecurityMeta(html);
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script>'));
    expect(out).toContain('<meta name="referrer" content="no-referrer" />');
    expect(policyInMeta(out)).toBe(contentSecurityPolicy(html, 'meta'));
  });

  it('is idempotent', () => {
    expect(withSecurityMeta(withSecurityMeta(html))).toBe(withSecurityMeta(html));
  });

  it('refuses HTML without <meta charset>', () => {
    expect(() => withSecurityMeta('<html><head></head></html>')).toThrow(/meta charset/);
  });
});

const BUILT = resolve('dist/index.html');

describe.runIf(existsSync(BUILT))('the built dist/index.html', () => {
  const built = existsSync(BUILT) ? readFileSync(BUILT, 'utf8') : '';

  it('carries a policy that hashes every inline script and style in it', () => {
    const policy = policyInMeta(built);
    expect(policy).toBe(contentSecurityPolicy(built, 'meta'));
    expect(findInlineCode(built).scripts.length).toBeGreaterThan(0);
    expect(unhashedScripts(built, policy ?? '')).toEqual([]);
  });

  it('puts the policy before any inline script or style', () => {
    const meta = built.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(built.indexOf('<script'));
    expect(meta).toBeLessThan(built.indexOf('<style'));
  });
});
