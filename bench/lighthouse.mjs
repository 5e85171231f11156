import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { median } from './offline-fcp.mjs';

/** Lighthouse, default (mobile) preset, median of `runs`, each in a fresh headless Chromium. */
export async function lighthouseMobile(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      // BENCH_LH_OUT=<dir> keeps each report, to read what costs the points (long tasks, LCP element, unused JS).
      if (process.env.BENCH_LH_OUT) writeFileSync(`${process.env.BENCH_LH_OUT}/lighthouse-${i + 1}.json`, JSON.stringify(lhr));
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return Object.fromEntries(Object.keys(results[0]).map((k) => [k, pick(k)]));
}
