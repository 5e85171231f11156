#!/usr/bin/env node
// Makes sure e2e tests and the bench have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium,
// or Playwright's own. When none is found and we are root with apt, install Debian's chromium
// (`npx playwright install` cannot download on these machines).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser.mjs';

const found = chromiumPath();
let bundled;
try {
  bundled = chromium.executablePath();
} catch {
  bundled = undefined;
}
if (found) {
  console.log(`ensure-browser: using ${found}`);
} else if (bundled && existsSync(bundled)) {
  console.log(`ensure-browser: using Playwright's Chromium at ${bundled}`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error('ensure-browser: no Chromium found. Install one (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('ensure-browser: installing Debian chromium (one time, about 30 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
  if (!existsSync('/usr/bin/chromium')) {
    console.error('ensure-browser: apt-get finished but /usr/bin/chromium is missing.');
    process.exit(1);
  }
  console.log('ensure-browser: installed /usr/bin/chromium');
}
