/**
 * Images for an independent recognition review of the figures (issue 9): each figure alone, with
 * a neutral, shuffled name, so a reviewer who didn't draw them can say what they see before being
 * told what it should be.
 *
 *   node scripts/figure-review.mjs [--out=DIR] [--key=FILE] [--seed=N] [--scheme=light|dark] [--labelled] [--thumbs] [id ...]
 *
 * Writes DIR/full/fig-NN.png (~400 px tall: the key frame, and beside it, divided by a thin line,
 * the other end of the movement when the figure moves, and a third position when there is one),
 * DIR/thumb/fig-NN.png (the list thumbnail exactly as the library draws it: THUMBNAIL's CSS size,
 * 168 × 104, and its camera, rendered at deviceScaleFactor 2 — a 336 × 208 image, what the low end of
 * current phones puts on screen; the test phone, 390 × 844 like an iPhone 12–15, draws at 3), DIR/names.txt
 * (every exercise's name, alphabetical), plus FILE: { "fig-NN": "<exercise id>" }. The key file is
 * written outside DIR (default /work/review/key.json beside /work/review/{full,thumb}) so the
 * image folders can be handed over alone. The same seed gives the same names.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { exerciseNames } from './exercise-names.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const outDir = resolve(option('out', '/work/review'));
const keyFile = resolve(option('key', join(outDir, 'key.json')));
const seed = Number(option('seed', '9'));
const only = args.filter((a) => !a.startsWith('--'));
// --labelled: files named by exercise id, in id order, no key: for the author's own look, never for a review.
const labelled = args.includes('--labelled');
// --thumbs: only the thumbnails (an author's quick look at the list camera); the full folder is left alone.
const thumbsOnly = args.includes('--thumbs');

const SCHEMES = {
  light: {
    bg: '#ffffff',
    ink: '#1b1f1d',
    muted: '#8a938e',
    prop: '#c2410c',
    floor: '#c9c3b5',
    work: '#0f5c4d',
    surface: '#eeebe3',
    tennis: '#c6d92b',
  },
  dark: {
    bg: '#1a201d',
    ink: '#eef2ef',
    muted: '#7d8a83',
    prop: '#fb923c',
    floor: '#3d4742',
    work: '#6fd6bb',
    surface: '#232a26',
    tennis: '#d4e34a',
  },
};
const c = SCHEMES[option('scheme', 'light')];
/** Device pixels per CSS px for the thumbnails: a phone's screen, at the low end (see the page set-up below). */
const THUMB_DPR = 2;

const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'error', root, resolve: { alias: { '@': join(root, 'src') } } }))
    .module;
const { ExerciseFigure } = await load('src/ui/figure/exercise-figure.tsx');
const { THUMBNAIL } = await load('src/ui/figure/thumbnail-frame.ts');
const { jointsOf } = await load('src/ui/figure/pose-geometry.ts');
const { illustrationSchema } = await load('src/content/illustration-schema.ts');

const dir = join(root, 'content', 'illustrations');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => only.length === 0 || only.includes(id))
  .sort();

/** Mulberry32: a small seeded generator, so the shuffle is repeatable. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(seed);
const shuffled = [...ids];
for (let i = labelled ? 0 : shuffled.length - 1; i > 0; i -= 1) {
  const j = Math.floor(next() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}

const distance = (ill, a, b) => {
  const [ja, jb] = [jointsOf(a, ill.view), jointsOf(b, ill.view)];
  return Object.keys(ja).reduce((sum, k) => sum + Math.hypot(ja[k][0] - jb[k][0], ja[k][1] - jb[k][1]), 0);
};

/**
 * The other positions of the movement, after the key frame: the keyframe farthest from it (summed
 * joint distance) and, when a third differs clearly from both (a check that does two movements, knees
 * tipping one way and then the other), that one too.
 */
function otherFrames(ill) {
  const [first, ...rest] = ill.keyframes;
  const shown = [first];
  for (let n = 0; n < 2; n += 1) {
    let best;
    let bestDistance = n === 0 ? 4 : 120;
    for (const pose of rest) {
      const d = Math.min(...shown.map((s) => distance(ill, s, pose)));
      if (d > bestDistance) [best, bestDistance] = [pose, d];
    }
    if (!best) break;
    shown.push(best);
  }
  return shown.slice(1);
}

// Drawn as animating (so in the animation's frame, shared by every panel) with the SMIL stripped: the key frame, still.
const svg = (illustration, height) =>
  renderToStaticMarkup(createElement(ExerciseFigure, { illustration, animate: true, decorative: true }))
    .replace(/<animate [^>]*>(<\/animate>)?/g, '')
    .replace('<svg ', `<svg height="${height}" `);
/**
 * Exactly as the library list draws it (src/features/library/exercise-card.tsx): THUMBNAIL's CSS size
 * and camera, on the list's surface colour with its rounded corners.
 */
const thumb = (illustration) =>
  renderToStaticMarkup(createElement(ExerciseFigure, { illustration, animate: false, decorative: true, thumbnail: THUMBNAIL })).replace(
    '<svg ',
    `<svg id="thumb" width="${THUMBNAIL.width}" height="${THUMBNAIL.height}" style="background:${c.surface};border-radius:6px" `,
  );

const css = `body{margin:0;background:${c.bg};--figure-ink:${c.ink};--figure-bg:${c.bg};--figure-muted:${c.muted};
--figure-prop:${c.prop};--figure-floor:${c.floor};--figure-work:${c.work};--figure-tennis:${c.tennis}}
#f{display:inline-flex;gap:0;padding:8px;background:${c.bg}}#f svg{display:block}
#f .end{border-left:2px dashed ${c.floor};margin-left:12px;padding-left:12px}`;

if (!thumbsOnly) rmSync(join(outDir, 'full'), { recursive: true, force: true });
rmSync(join(outDir, 'thumb'), { recursive: true, force: true });
mkdirSync(join(outDir, 'full'), { recursive: true });
mkdirSync(join(outDir, 'thumb'), { recursive: true });
mkdirSync(dirname(keyFile), { recursive: true });

const browser = await chromium.launch(launchOptions());
const key = {};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 600 } });
  // A phone draws the list at its device pixel ratio (the test phone, 390 × 844, is an iPhone 12–15 at 3);
  // the review sees the thumbnail at 2, the low end of current phones: same CSS size, twice the pixels.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: THUMB_DPR });
  const shoot = async (html, path, on = page, selector = '#f') => {
    await on.setContent(`<!doctype html><meta charset="utf-8"><style>${css}</style><div id="f">${html}</div>`);
    // A loaded machine can take a while to call the element stable: wait on it rather than fail.
    await on.locator(selector).screenshot({ path, timeout: 120_000 });
  };
  for (const [i, id] of shuffled.entries()) {
    const name = labelled ? id : `fig-${String(i + 1).padStart(2, '0')}`;
    key[name] = id;
    const ill = illustrationSchema.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    // All frames share the animation's frame, so the panels are at the same scale.
    const frame = (pose) => svg({ ...ill, keyframes: [pose, ...ill.keyframes.filter((k) => k !== pose)] }, 400);
    const full =
      frame(ill.keyframes[0]) +
      otherFrames(ill)
        .map((pose) => `<div class="end">${frame(pose)}</div>`)
        .join('');
    if (!thumbsOnly) await shoot(full, join(outDir, 'full', `${name}.png`));
    await shoot(thumb(ill), join(outDir, 'thumb', `${name}.png`), phone, '#thumb');
  }
} finally {
  await browser.close();
}
if (!labelled) writeFileSync(keyFile, `${JSON.stringify(key, null, 2)}\n`);
// The names a reviewer picks from: every exercise's display name, alphabetical (not only the ones drawn).
const names = exerciseNames(root)
  .map((e) => e.name)
  .sort((a, b) => a.localeCompare(b));
writeFileSync(join(outDir, 'names.txt'), `${names.join('\n')}\n`);
console.log(`${ids.length} figures → ${outDir}/{full,thumb}; key → ${keyFile}`);
