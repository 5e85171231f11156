import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** JS the home route needs: the entry script and its preloads, as index.html's boot script names them. */
export function homeRouteJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/"\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
  if (files.length === 0) throw new Error('bench: no entry script found in dist/index.html');
  const bytes = files.reduce((sum, f) => sum + gz(join(dist, f)), 0);
  return { files, gzipKb: kb(bytes) };
}

/** Everything the service worker precaches, gzip-compressed one file at a time. */
export function precacheSize(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const bytes = urls.reduce((sum, u) => sum + gz(join(dist, u)), 0);
  return { entries: urls.length, gzipKb: kb(bytes) };
}
