/**
 * Build-time compiler: reads `content/`, validates every file against the schema, checks the
 * cross-references, and returns a catalogue or a list of errors that name the file and the field.
 * Runs in Node only (the Vite plugin and the tests call it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import type { z } from 'zod';
import type { Catalog, Exercise, Page } from './catalog-types';
import {
  exerciseFrontmatter,
  illustrationSchema,
  routineFile,
  sourcesFile,
  type RoutineFile,
  type Source,
} from './schema.ts';
import { checkReferences } from './check-references.ts';

export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export class ContentBuildError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `Kneewise content is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((e) => `  ${e.file}: ${e.field}: ${e.message}`).join('\n'),
    );
    this.name = 'ContentBuildError';
  }
}

export type CompileResult = { ok: true; catalog: Catalog; files: string[] } | { ok: false; errors: ContentError[]; files: string[] };

/** Compile the content folder at `root` (the directory that contains `exercises/`, `routines/`…). */
export function compileContent(root: string, displayRoot = join(root, '..')): CompileResult {
  const errors: ContentError[] = [];
  const files: string[] = [];
  const show = (file: string) => relative(displayRoot, file) || file;

  const parse = <S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // A typo'd key is reported at the key itself, so the message points at the line to fix.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
      errors.push({ file: show(file), field: path.join('.') || '(file)', message: issue.message });
    }
    return undefined;
  };
  const readJson = (file: string): unknown => {
    files.push(file);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (e) {
      errors.push({ file: show(file), field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
      return undefined;
    }
  };

  const sourcesPath = join(root, 'sources.json');
  const sources: Source[] = existsSync(sourcesPath)
    ? (parse(sourcesFile, readJson(sourcesPath), sourcesPath) ?? [])
    : (errors.push({ file: show(sourcesPath), field: '(file)', message: 'missing' }), []);

  const exercises: Exercise[] = [];
  const exerciseIds = new Set<string>();
  for (const file of listFiles(join(root, 'exercises'), '.md')) {
    files.push(file);
    const id = basename(file, '.md');
    let parsed: matter.GrayMatterFile<string>;
    try {
      // gray-matter caches by content; a fresh object each time keeps errors honest.
      parsed = matter(readFileSync(file, 'utf8'), {});
    } catch (e) {
      errors.push({ file: show(file), field: '(frontmatter)', message: `not valid YAML: ${(e as Error).message}` });
      continue;
    }
    const front = parse(exerciseFrontmatter, parsed.data, file);
    if (parsed.content.trim() === '') {
      errors.push({ file: show(file), field: '(body)', message: 'the Markdown body ("why it helps") must not be empty' });
    }
    const illustrationPath = join(root, 'illustrations', `${id}.json`);
    const illustration = existsSync(illustrationPath)
      ? parse(illustrationSchema, readJson(illustrationPath), illustrationPath)
      : (errors.push({ file: show(file), field: 'illustration', message: `missing ${show(illustrationPath)}` }), undefined);
    if (!front) continue;
    exerciseIds.add(front.id);
    if (front.id !== id) {
      errors.push({ file: show(file), field: 'id', message: `"${front.id}" must match the file name "${id}"` });
    }
    if (illustration) exercises.push({ ...front, html: renderMarkdown(parsed.content), illustration });
  }

  for (const file of listFiles(join(root, 'illustrations'), '.json')) {
    if (!existsSync(join(root, 'exercises', `${basename(file, '.json')}.md`))) {
      errors.push({ file: show(file), field: '(file)', message: 'no exercise has this id' });
    }
  }

  const routines: RoutineFile[] = [];
  for (const file of listFiles(join(root, 'routines'), '.json')) {
    const routine = parse(routineFile, readJson(file), file);
    if (!routine) continue;
    if (routine.id !== basename(file, '.json')) {
      errors.push({ file: show(file), field: 'id', message: `"${routine.id}" must match the file name` });
    }
    routines.push(routine);
  }

  const pages: Page[] = listFiles(join(root, 'pages'), '.md').map((file) => {
    files.push(file);
    const { data, content } = matter(readFileSync(file, 'utf8'), {});
    const title = typeof data.title === 'string' ? data.title : '';
    if (!title) errors.push({ file: show(file), field: 'title', message: 'a page needs a title' });
    return { id: basename(file, '.md'), title, html: renderMarkdown(content) };
  });

  errors.push(...checkReferences({ exercises, routines, sources, exerciseIds, show: (kind, id) => show(join(root, kind, id)) }));

  if (errors.length > 0) return { ok: false, errors, files };
  exercises.sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true, catalog: { exercises, routines, sources, pages }, files };
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(dir, name));
}

function renderMarkdown(source: string): string {
  return marked.parse(source.trim(), { async: false, gfm: true });
}
