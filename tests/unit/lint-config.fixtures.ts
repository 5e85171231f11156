/**
 * Files that break one layer rule each (virtual paths; linted with the real eslint.config.js) and files
 * that must pass. `lint-fixture-stats` and `lint-fixture-lib` are folders the test creates on disk
 * before ESLint loads the config: a new feature and an unknown src/ folder the config has never named.
 */
export const NEW_FEATURE = 'src/features/lint-fixture-stats';
export const UNKNOWN_FOLDER = 'src/lint-fixture-lib';

export interface LintCase {
  name: string;
  filePath: string;
  code: string;
  /** The one rule that must report; omitted for files that must lint clean. */
  ruleId?: string;
}

const paths = 'import-x/no-restricted-paths';
const imports = 'no-restricted-imports';
const globals = 'no-restricted-globals';
const properties = 'no-restricted-properties';
const syntax = 'no-restricted-syntax';

type Row = [name: string, filePath: string, code: string];

const layerCases: LintCase[] = (
  [
    ['a feature imports another by a relative path', 'src/features/library/x.ts', "import { PlayerPage } from '../player/player-page';"],
    [
      'a feature imports another through the @ alias',
      'src/features/data/x.ts',
      "import { PlayerPage } from '@/features/player/player-page';",
    ],
    ['a feature imports another with import()', 'src/features/home/x.ts', "export const load = () => import('../player/player-page');"],
    ['a new feature imports player', `${NEW_FEATURE}/x.ts`, "import { PlayerPage } from '../player/player-page';"],
    ['player imports a new feature', 'src/features/player/x.ts', "import { statsLabel } from '../lint-fixture-stats/stats';"],
    ['a feature imports an unknown src folder', 'src/features/library/x.ts', "import { libLabel } from '@/lint-fixture-lib/bridge';"],
    ['an unknown src folder imports a feature', `${UNKNOWN_FOLDER}/x.ts`, "import { PlayerPage } from '../features/player/player-page';"],
    ['a feature imports the app shell', 'src/features/about/x.ts', "import { AppRoutes } from '@/app/router';"],
    ['domain imports storage', 'src/domain/session/x.ts', "import { DB_NAME } from '../../storage/db';"],
    ['ui imports a feature', 'src/ui/x.ts', "import { buildExport } from '@/features/data/build-exports';"],
    ['storage imports platform', 'src/storage/x.ts', "import { now } from '@/platform/clock';"],
  ] satisfies Row[]
).map(([name, filePath, line]) => ({ name, filePath, code: `${line}\nexport const used = [${usedName(line)}];\n`, ruleId: paths }));

const reExportCases: LintCase[] = (
  [
    ['export * from (a barrel)', 'src/features/data/index.ts', "export * from './build-exports';"],
    ['export { … } from (a bridge)', `${UNKNOWN_FOLDER}/x.ts`, "export { EXTEND_MS } from '../domain/session/events';"],
    ['export type { … } from', 'src/domain/session/x.ts', "export type { SessionEvent } from './events';"],
    ['import() of a computed path', 'src/app/x.ts', 'export const load = (f: string) => import(`../features/${f}/page`);'],
  ] satisfies Row[]
).map(([name, filePath, code]) => ({ name, filePath, code: `${code}\n`, ruleId: syntax }));

const domainImports = ['react', 'react-dom/client', 'react-router', 'zustand', 'dexie', 'dexie-react-hooks'].map((pkg) => ({
  name: `domain imports ${pkg}`,
  filePath: 'src/domain/pain/x.ts',
  code: `import * as lib from '${pkg}';\nexport const used = lib;\n`,
  ruleId: imports,
}));

const zodCases: LintCase[] = (
  [
    ['zod/mini as a value outside backup files', 'src/storage/session-repo-x.ts', "import * as z from 'zod/mini';"],
    ['zod/mini as a value in a feature', 'src/features/data/x.ts', "import * as z from 'zod/mini';"],
    ['full zod as a value in a backup file', 'src/storage/backup-schema.ts', "import { z } from 'zod';"],
    ['another zod entry in a backup file', 'src/storage/backup-schema.ts', "import * as z from 'zod/v4';"],
    ['dexie in a feature', 'src/features/data/x.ts', "import { Dexie as z } from 'dexie';"],
  ] satisfies Row[]
).map(([name, filePath, line]) => ({ name, filePath, code: `${line}\nexport const used = z;\n`, ruleId: imports }));

const clockAndGlobals: LintCase[] = [
  ...['window.innerWidth', 'document.title', 'navigator.onLine', 'localStorage.length', 'globalThis.setTimeout'].map((expr) => ({
    name: `domain reads ${expr}`,
    filePath: 'src/domain/session/x.ts',
    code: `export const read = () => ${expr};\n`,
    ruleId: globals,
  })),
  ...['setTimeout', 'setInterval', 'requestAnimationFrame'].map((timer) => ({
    name: `domain calls ${timer}`,
    filePath: 'src/domain/session/x.ts',
    code: `export const later = (f: () => void) => ${timer}(f);\n`,
    ruleId: globals,
  })),
  {
    name: 'domain calls Date.now()',
    filePath: 'src/domain/session/x.ts',
    code: 'export const t = () => Date.now();\n',
    ruleId: properties,
  },
  {
    name: 'domain destructures Date.now',
    filePath: 'src/domain/pain/x.ts',
    code: 'const { now } = Date;\nexport const t = now;\n',
    ruleId: properties,
  },
  {
    name: 'domain calls new Date()',
    filePath: 'src/domain/session/x.ts',
    code: 'export const t = () => new Date().getDay();\n',
    ruleId: syntax,
  },
  { name: 'domain calls Date()', filePath: 'src/domain/session/x.ts', code: 'export const t = () => Date();\n', ruleId: syntax },
  ...['src/features/data/x.ts', `${NEW_FEATURE}/x.ts`, 'src/ui/x.tsx', 'src/app/x.ts'].map((filePath) => ({
    name: `Date.now() in ${filePath}`,
    filePath,
    code: 'export const t = () => Date.now();\n',
    ruleId: properties,
  })),
  { name: 'new Date() in a feature', filePath: 'src/features/about/x.ts', code: 'export const t = () => new Date();\n', ruleId: syntax },
];

export const failingCases: LintCase[] = [...layerCases, ...reExportCases, ...domainImports, ...zodCases, ...clockAndGlobals];

export const cleanCases: LintCase[] = [
  {
    name: 'pure domain code (time as an argument)',
    filePath: 'src/domain/session/x.ts',
    code: "import type { Routine } from '@/content/catalog-types';\nimport { EXTEND_MS } from './events';\n\nexport const weekday = (at: number, r: Routine) => [new Date(at).getDay(), r.id, EXTEND_MS];\n",
  },
  {
    name: 'a feature using every layer below it and its own folder',
    filePath: 'src/features/data/x.ts',
    code: [
      "import { EXTEND_MS } from '@/domain/session/events';",
      "import { now } from '@/platform/clock';",
      "import { DB_NAME } from '@/storage/db';",
      "import { formatSeconds } from '@/ui/format';",
      "import { buildExport } from './build-exports';",
      '',
      'export const used = [EXTEND_MS, now(), DB_NAME, formatSeconds, buildExport];',
      '',
    ].join('\n'),
  },
  {
    name: 'a new feature using its own folder',
    filePath: `${NEW_FEATURE}/x.ts`,
    code: "import { statsLabel } from './stats';\n\nexport const used = statsLabel;\n",
  },
  {
    name: 'the app shell composing features',
    filePath: 'src/app/x.ts',
    code: "import { statsLabel } from '@/features/lint-fixture-stats/stats';\nimport { PlayerPage } from '@/features/player/player-page';\n\nexport const used = [statsLabel, PlayerPage];\n",
  },
  { name: 'platform reads the clock', filePath: 'src/platform/x.ts', code: 'export const t = () => Date.now() + performance.now();\n' },
  {
    name: 'backup files use zod/mini and zod types',
    filePath: 'src/storage/backup-schema.ts',
    code: "import type { ZodType } from 'zod';\nimport * as z from 'zod/mini';\n\nexport const schema: ZodType | null = null;\nexport const used = z;\n",
  },
  {
    name: 'types from zod in a feature',
    filePath: 'src/features/data/x.ts',
    code: "import type { ZodType } from 'zod';\n\nexport type Used = ZodType;\n",
  },
  { name: 'a domain test timing itself', filePath: 'src/domain/pain/x.test.ts', code: 'export const t = () => performance.now();\n' },
  { name: 'a feature test with a real clock', filePath: 'src/features/data/x.test.ts', code: 'export const t = () => Date.now();\n' },
];

function usedName(importLine: string): string {
  return /\{ (\w+) \}|=> import/.exec(importLine)?.[1] ?? '0';
}
