/**
 * Contact sheet of every exercise illustration, to look at (docs/decisions/002): each keyframe
 * side by side with the animation's half-way frames, and a 160 px copy (phone size), in a light and
 * a dark scheme. Whether joints stay in the picture is a test (illustration-content.test.ts); this
 * is for judging whether the figures read; scripts/figure-review.mjs makes the unlabelled images for an
 * independent recognition review (docs/decisions/005).
 *
 *   node scripts/figure-sheet.mjs [--zoom] [--out=DIR] [id ...]
 *
 * Writes sheet-N-{light,dark}.{html,png} to DIR (default: <tmp>/kneewise-figure-sheet; not
 * test-results/, which Playwright empties on every run).
 *
 * Uses Vite's module runner to load the TSX component, and Debian's Chromium for screenshots.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');

const SCHEMES = {
  light: { bg: '#ffffff', text: '#1d2433', ink: '#1d2433', muted: '#9aa3b5', prop: '#d9822b', floor: '#c9ced8', work: '#0f5c4d' },
  dark: { bg: '#101318', text: '#e8ecf2', ink: '#eef1f6', muted: '#6f7889', prop: '#f0a35e', floor: '#394050', work: '#6fd6bb' },
};

const load = async (path) =>
  (
    await runnerImport(join(root, path), {
      configFile: false,
      logLevel: 'error',
      root,
      resolve: { alias: { '@': join(root, 'src') } },
    })
  ).module;
const { ExerciseFigure } = await load('src/ui/figure/exercise-figure.tsx');
const { framesOf } = await load('src/ui/figure/pose-frames.ts');
const STEPS = 8;
const { illustrationSchema } = await load('src/content/illustration-schema.ts');

const dir = join(root, 'content', 'illustrations');
const args = process.argv.slice(2);
// --zoom: keyframes only, large, three exercises a page, for checking joints and contacts.
const zoom = args.includes('--zoom');
const only = args.filter((a) => !a.startsWith('--'));
const outDir = resolve(args.find((a) => a.startsWith('--out='))?.slice(6) ?? join(tmpdir(), 'kneewise-figure-sheet'));
const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => only.length === 0 || only.includes(id))
  .sort()
  .map((id) => ({ id, illustration: illustrationSchema.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'))) }));

const still = (illustration, pose) => ({ ...illustration, keyframes: [pose] });
const figure = (illustration, width) =>
  renderToStaticMarkup(createElement(ExerciseFigure, { illustration, animate: false })).replace('<svg ', `<svg width="${width}" `);

function row({ id, illustration }) {
  const keys = illustration.keyframes;
  if (zoom) {
    const big = keys.map((pose, k) => `<figure>${figure(still(illustration, pose), 380)}<figcaption>k${k}</figcaption></figure>`);
    return `<section><h2>${id}</h2><div class="frames">${big.join('')}</div></section>`;
  }
  const frames = [`<figure>${figure(still(illustration, keys[0]), 160)}<figcaption>160 px</figcaption></figure>`];
  // The animation's own frames half-way through each transition (contacts kept, as played).
  const loop = framesOf(illustration, STEPS);
  keys.forEach((pose, k) => {
    frames.push(`<figure>${figure(still(illustration, pose), 200)}<figcaption>k${k}</figcaption></figure>`);
    const mid = loop[k * STEPS + STEPS / 2];
    if (keys.length > 1 && mid) {
      frames.push(
        `<figure class="mid">${figure(still(illustration, mid), 120)}<figcaption>½ to k${(k + 1) % keys.length}</figcaption></figure>`,
      );
    }
  });
  return `<section><h2>${id} <small>${illustration.view}, ${illustration.cycleMs} ms</small></h2>
<div class="frames">${frames.join('')}</div><p>${illustration.caption}</p></section>`;
}

function page(scheme, rows) {
  const c = SCHEMES[scheme];
  return `<!doctype html><meta charset="utf-8"><style>
body{margin:16px;font:13px system-ui,sans-serif;background:${c.bg};color:${c.text};
--figure-ink:${c.ink};--figure-bg:${c.bg};--figure-muted:${c.muted};--figure-prop:${c.prop};--figure-floor:${c.floor};--figure-work:${c.work}}
h2{font-size:14px;margin:10px 0 4px}small{font-weight:normal;opacity:.7}section{border-top:1px solid ${c.floor};width:1180px}
.frames{display:flex;gap:8px;align-items:flex-end;flex-wrap:wrap}figure{margin:0}figcaption{font-size:11px;opacity:.7}
.mid svg{outline:1px dashed ${c.floor}}svg{outline:1px solid ${c.floor}}p{margin:4px 0;max-width:1100px}
</style>${rows.join('')}`;
}

const PER_PAGE = zoom ? 3 : 5;
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions());
try {
  const pageObj = await browser.newPage({ viewport: { width: 1212, height: 800 } });
  for (let start = 0, n = 1; start < entries.length; start += PER_PAGE, n += 1) {
    const rows = entries.slice(start, start + PER_PAGE).map(row);
    for (const scheme of zoom ? ['light'] : Object.keys(SCHEMES)) {
      const html = join(outDir, `${zoom ? 'zoom' : 'sheet'}-${n}-${scheme}.html`);
      writeFileSync(html, page(scheme, rows));
      await pageObj.goto(`file://${html}`);
      await pageObj.screenshot({ path: html.replace(/\.html$/, '.png'), fullPage: true });
    }
  }
} finally {
  await browser.close();
}
console.log(`${entries.length} illustrations → ${outDir}`);
