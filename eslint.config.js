// @ts-check
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const foldersIn = (/** @type {string} */ dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/**
 * The layers of DESIGN §3: what each folder of src/ may import besides itself and npm packages.
 * The zones are allow-lists built from the folders on disk when the config loads, so a new
 * src/features/<f> is a feature (it imports no other feature, and none imports it) without editing this file.
 */
const layers = {
  content: [],
  domain: ['content'],
  storage: ['content', 'domain'],
  platform: ['content', 'domain'],
  ui: ['content', 'domain', 'platform'],
  features: ['content', 'domain', 'storage', 'platform', 'ui'],
  app: ['content', 'domain', 'storage', 'platform', 'ui', 'features'],
};
/** `target` (a folder or a glob under src/) may import from src/ only what `allowed` names. */
const allowOnly = (/** @type {string} */ target, /** @type {string[]} */ allowed, /** @type {string} */ message) => ({
  target: `./src/${target}`,
  from: './src',
  except: allowed.map((a) => `./${a}`),
  message,
});
const layerZones = [
  ...Object.entries(layers)
    .filter(([layer]) => layer !== 'features')
    .map(([layer, allowed]) =>
      allowOnly(layer, [layer, ...allowed], `src/${layer} may import only itself${allowed.map((a) => `, ${a}`).join('')}.`),
    ),
  allowOnly('features/*.*', layers.features, 'features may import content, domain, storage, platform and ui.'),
  ...foldersIn('src/features').map((f) =>
    allowOnly(
      `features/${f}`,
      [`features/${f}`, ...layers.features],
      `src/features/${f} may import only itself, ${layers.features.join(', ')}: never another feature (src/app composes them).`,
    ),
  ),
  // Catch-all: a src/ folder the layers don't name yet (say src/lib) may import only content and domain,
  // and nothing may import it, so it can never bridge two features. Give it a place in `layers` (and in
  // DESIGN §3) before anything uses it. Files directly in src/ are likewise importable by nobody.
  ...foldersIn('src')
    .filter((dir) => !(dir in layers))
    .map((dir) => allowOnly(dir, [dir, 'content', 'domain'], `src/${dir} is not a layer yet: add it to eslint.config.js first.`)),
];

/** Re-exports would let any file become a bridge or a barrel; export what a file defines. */
const noReExports = [
  { selector: 'ExportAllDeclaration', message: 'No re-exports (barrels, bridges): import from the defining file.' },
  { selector: 'ExportNamedDeclaration[source]', message: 'No re-exports (barrels, bridges): import from the defining file.' },
  { selector: 'ImportExpression[source.type!="Literal"]', message: 'import() takes a string literal, so the layer check can see it.' },
];
const clockMessage = 'Read the time through now() from src/platform/clock (domain takes it as an argument).';
const noClockReads = [
  { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: `new Date() reads the clock. ${clockMessage}` },
  { selector: 'CallExpression[callee.name="Date"]', message: `Date() reads the clock. ${clockMessage}` },
];
const noDateNow = { object: 'Date', property: 'now', message: clockMessage };

const zodTypeOnly = { regex: '^zod(/.*)?$', allowTypeImports: true, message: 'zod is build-time only (the src/content schema).' };
const zodMiniOnly = { regex: '^zod(/(?!mini$).*)?$', allowTypeImports: true, message: 'backup validation uses zod/mini only.' };
const noRouterDom = { name: 'react-router-dom', message: 'import from react-router' };
const noDexie = { name: 'dexie', message: 'only src/storage imports dexie' };
const noUiLibsInDomain = {
  regex: '^(react|react-dom|react-router|zustand|dexie|dexie-react-hooks)(/.*)?$',
  message: 'domain is plain TypeScript: no UI, state or storage libraries.',
};
/** Browser APIs, timers and clocks: domain gets time and effects as arguments. */
const domainGlobals = [
  ...['window', 'self', 'globalThis', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch'],
  ...['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask'],
  ...['requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'performance'],
].map((name) => ({ name, message: 'domain is pure: browser APIs and timers live in src/platform.' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones, basePath: root }],
      'import-x/no-default-export': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noRouterDom], patterns: [zodTypeOnly] }],
    },
  },
  {
    // Only storage talks to IndexedDB directly.
    files: ['src/**'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRouterDom, noDexie], patterns: [zodTypeOnly] }] },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-syntax': ['error', ...noReExports] },
  },
  {
    // The backup validation runs zod/mini in the browser; it loads only with the data page.
    files: ['src/storage/backup*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRouterDom], patterns: [zodMiniOnly] }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRouterDom], patterns: [zodTypeOnly, noUiLibsInDomain] }] },
  },
  {
    // A shared routine link is untrusted input read in the browser: validated with zod/mini, like a backup.
    files: ['src/domain/share/*-schema.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRouterDom], patterns: [zodMiniOnly, noUiLibsInDomain] }] },
  },
  {
    // Tests beside domain code may time themselves (trends-scale.test.ts); the code they test may not.
    files: ['src/domain/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...domainGlobals],
      'no-restricted-properties': ['error', noDateNow],
      'no-restricted-syntax': ['error', ...noReExports, ...noClockReads],
    },
  },
  {
    // Features, ui and the shell take time from platform/clock, so one place can be frozen or shifted.
    // Tests drive time themselves (fake timers, fixed dates).
    files: ['src/features/**', 'src/ui/**', 'src/app/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', noDateNow],
      'no-restricted-syntax': ['error', ...noReExports, ...noClockReads],
    },
  },
  {
    files: [
      'src/content/schema.ts',
      'src/content/illustration-schema.ts',
      'src/content/programme-schema.ts',
      'src/content/**/*.test.ts',
      'tests/unit/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Config files are the one place a default export is the tool's contract.
    files: ['*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
