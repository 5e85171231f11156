/**
 * Vite plugin for the Content-Security-Policy (docs/decisions/006):
 * - build: writes the policy into every emitted HTML file as a <meta>, after every other plugin has
 *   shaped the HTML (prerender, inlined CSS, manifest link) and before the service worker precaches it;
 * - preview (`npm start`): sends the same policy, plus frame-ancestors, as headers. It is computed from
 *   the index.html on disk when it changes, not once at start-up, so a new build copied under a running
 *   server (the update e2e) is never served with the old build's hashes.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { securityHeaders, withSecurityMeta } from './csp.ts';

function headersFromDisk(indexHtml: string): () => Record<string, string> {
  let seen = '';
  let headers: Record<string, string> = {};
  return () => {
    try {
      const { mtimeMs, size } = statSync(indexHtml);
      if (`${mtimeMs}:${size}` !== seen) {
        headers = securityHeaders(readFileSync(indexHtml, 'utf8'));
        seen = `${mtimeMs}:${size}`;
      }
    } catch {
      // No build yet: nothing to serve, nothing to protect.
      return {};
    }
    return headers;
  };
}

export function contentSecurityPolicy(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kneewise-content-security-policy',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          asset.source = withSecurityMeta(String(asset.source));
        }
      },
    },
    configurePreviewServer(server) {
      const current = headersFromDisk(resolve(outDir, 'index.html'));
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(current())) res.setHeader(name, value);
        next();
      });
    },
  };
}
