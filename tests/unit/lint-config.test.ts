// The layer rules of eslint.config.js, proven on files that break them. Type-aware rules are switched
// off here (they would load the whole TypeScript program, ~40 s); the rules under test need no types.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCases, failingCases, NEW_FEATURE, UNKNOWN_FOLDER, type LintCase } from './lint-config.fixtures';

const root = join(import.meta.dirname, '..', '..');
// Git-ignored (.gitignore: src/**/lint-fixture-*/); they exist only while this file runs.
const tempFolders = [NEW_FEATURE, UNKNOWN_FOLDER].map((dir) => join(root, dir));
const removeTempFolders = () => {
  for (const dir of tempFolders) rmSync(dir, { recursive: true, force: true });
};

let eslint: ESLint;
beforeAll(async () => {
  removeTempFolders();
  // Real files, so imports into them resolve; created before ESLint first loads the config.
  mkdirSync(join(root, NEW_FEATURE), { recursive: true });
  writeFileSync(join(root, NEW_FEATURE, 'stats.ts'), "export const statsLabel = 'stats';\n");
  mkdirSync(join(root, UNKNOWN_FOLDER), { recursive: true });
  writeFileSync(join(root, UNKNOWN_FOLDER, 'bridge.ts'), "export const libLabel = 'lib';\n");
  eslint = new ESLint({ cwd: root, overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }] });
  // The first lint loads the config, the plugins and the resolver: seconds on a busy machine.
  await eslint.lintText('export {};\n', { filePath: join(root, 'src/domain/warm-up.ts') });
}, 60_000);
afterAll(removeTempFolders);

async function ruleIds({ filePath, code }: LintCase): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return [...new Set(result?.messages.map((m) => m.ruleId))];
}

describe('eslint.config.js layer rules', () => {
  it.each(failingCases.map((c) => [c.name, c] as const))('fails: %s', async (_name, lintCase) => {
    expect(await ruleIds(lintCase)).toEqual([lintCase.ruleId]);
  });

  it.each(cleanCases.map((c) => [c.name, c] as const))('passes: %s', async (_name, lintCase) => {
    expect(await ruleIds(lintCase)).toEqual([]);
  });
});
