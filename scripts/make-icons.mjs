#!/usr/bin/env node
// Renders the app icons (PNG) from one SVG with Chromium. Run once when the logo changes:
//   node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const figure = (ink, accent) => `
  <g fill="none" stroke="${ink}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="32" cy="13" r="5" fill="${ink}" stroke="none"/>
    <path d="M32 22v14M32 36l-11 8 4 12M32 36l12 6-3 14"/>
  </g><circle cx="21" cy="44" r="4.5" fill="${accent}"/>`;
const svg = (size, padding, rounded) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect width="64" height="64" ${rounded ? 'rx="14"' : ''} fill="#0f5c4d"/>
  <g transform="translate(${padding} ${padding}) scale(${(64 - 2 * padding) / 64})">${figure('#ffffff', '#f59e0b')}</g></svg>`;

const icons = [
  ['public/icons/icon-192.png', 192, 6, true],
  ['public/icons/icon-512.png', 512, 6, true],
  // Maskable: full-bleed background, figure inside the 80 % safe zone.
  ['public/icons/maskable-512.png', 512, 14, false],
  ['public/apple-touch-icon.png', 180, 8, false],
];
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
for (const [file, size, padding, rounded] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size, padding, rounded)}`);
  await page.locator('svg').screenshot({ path: file, omitBackground: true });
  console.log(`wrote ${file}`);
}
await browser.close();
