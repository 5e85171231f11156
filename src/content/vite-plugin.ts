/**
 * Vite plugin: compiles `content/` into virtual modules at build (and dev) time.
 *   virtual:kneewise/routines   routines + the few exercise facts a plan needs (small; home route)
 *   virtual:kneewise/exercises  the full library: exercises with HTML and illustrations, sources
 *   virtual:kneewise/pages      static pages (About & safety)
 *   virtual:kneewise/programmes the programmes and their ladders (programme screens, the player)
 * A content error fails the build once, listing every file and field at fault.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compileContent, ContentBuildError, type CompileResult } from './compile.ts';
import { planFactsOf } from './plan-facts.ts';
import { compileProgrammes } from './programme-compile.ts';

const PREFIX = 'virtual:kneewise/';
const MODULES = ['routines', 'routine-texts', 'exercises', 'pages', 'programmes'] as const;

export function kneewiseContent(options: { root?: string } = {}): Plugin {
  const contentRoot = resolve(options.root ?? 'content');
  let compiled: CompileResult | undefined;
  let isBuild = false;
  const compile = () => (compiled ??= compileContent(contentRoot));

  return {
    name: 'kneewise-content',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      compiled = undefined;
      const result = compile();
      result.files.forEach((file) => {
        this.addWatchFile(file);
      });
      // Fail a build at once; under vitest or the dev server, fail only where content is imported.
      if (isBuild && !result.ok) this.error(new ContentBuildError(result.errors).message);
      const programmes = result.ok ? compileProgrammes(contentRoot, result.catalog) : null;
      if (isBuild && programmes && !programmes.ok) this.error(new ContentBuildError(programmes.errors).message);
    },
    watchChange(id) {
      if (id.startsWith(contentRoot + sep)) compiled = undefined;
    },
    resolveId(id) {
      return MODULES.some((m) => id === PREFIX + m) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const result = compile();
      if (!result.ok) this.error(new ContentBuildError(result.errors).message);
      const { catalog } = result;
      switch (id.slice(PREFIX.length + 1)) {
        case 'routines':
          // Home imports this: the long "why it is built this way" texts stay in routine-texts.
          return moduleOf({
            routines: catalog.routines.map(({ description: _, ...r }) => ({ ...r, steps: r.steps.map(({ note: _note, ...s }) => s) })),
            planFacts: planFactsOf(catalog.exercises),
          });
        case 'routine-texts':
          return moduleOf({
            routineTexts: Object.fromEntries(
              catalog.routines.map((r) => [r.id, { description: r.description, notes: r.steps.map((s) => s.note ?? null) }]),
            ),
          });
        case 'programmes': {
          const programmes = compileProgrammes(contentRoot, catalog);
          if (!programmes.ok) this.error(new ContentBuildError(programmes.errors).message);
          return moduleOf({ programmes: programmes.programmes });
        }
        case 'exercises':
          return moduleOf({ exercises: catalog.exercises, sources: catalog.sources });
        default:
          return moduleOf({ pages: catalog.pages });
      }
    },
  };
}

/** JSON.parse of a string literal is faster to start than an object literal of the same size. */
function moduleOf(exports: Record<string, unknown>): string {
  return Object.entries(exports)
    .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
    .join('\n');
}
