// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of DESIGN §3. Each zone: files in `target` may not import from `from`. */
const features = ['about', 'data', 'history', 'home', 'library', 'onboarding', 'pain', 'player', 'routines', 'settings'];
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/storage', './src/platform', './src/features', './src/ui', './src/app'],
    message: 'domain is pure: it imports nothing above it.',
  },
  {
    target: './src/content',
    from: ['./src/storage', './src/platform', './src/features', './src/ui', './src/app', './src/domain'],
    message: 'content is the bottom layer.',
  },
  {
    target: './src/storage',
    from: ['./src/platform', './src/features', './src/ui', './src/app'],
    message: 'storage may use domain types only.',
  },
  {
    target: './src/platform',
    from: ['./src/storage', './src/features', './src/ui', './src/app'],
    message: 'platform may use domain types only.',
  },
  {
    target: './src/ui',
    from: ['./src/storage', './src/features', './src/app'],
    message: 'ui is presentational: no features, storage or app.',
  },
  { target: './src/features', from: ['./src/app'], message: 'features never import the app shell.' },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: features.filter((g) => g !== f).map((g) => `./src/features/${g}`),
    message: 'features do not import each other; compose them in src/app.',
  })),
];

const noZod = { name: 'zod', allowTypeImports: true, message: 'zod is build-time only (the src/content schema).' };
const noRouterDom = { name: 'react-router-dom', message: 'import from react-router' };
const noDexie = { name: 'dexie', message: 'only src/storage imports dexie' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-default-export': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noZod, noRouterDom] }],
    },
  },
  {
    // Only storage talks to IndexedDB directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noZod, noRouterDom, noDexie] }] },
  },
  {
    files: ['src/content/schema.ts', 'src/content/illustration-schema.ts', 'src/content/**/*.test.ts', 'tests/unit/**'],
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
