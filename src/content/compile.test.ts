import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent, ContentBuildError } from './compile';

const FIXTURE = resolve('tests/fixtures/content-valid');
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

/** A fresh copy of the valid fixture, with one file changed by `edit`. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kneewise-content-'));
  dirs.push(dir);
  const root = join(dir, 'content');
  cpSync(FIXTURE, root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}
function errorsOf(root: string): string[] {
  const result = compileContent(root);
  return result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.field}`);
}

describe('compileContent', () => {
  it('compiles the valid fixture into a catalogue', () => {
    const result = compileContent(FIXTURE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.exercises.map((e) => e.id)).toEqual(['bridge', 'butterfly', 'glute-ball']);
    expect(result.catalog.exercises[0]?.html).toBe('<p>Why it helps.</p>\n');
    expect(result.catalog.routines[0]?.transitionSeconds).toBe(10);
    expect(result.catalog.pages[0]?.title).toBe('About & safety');
  });

  it.each<[string, string, (t: string) => string, string]>([
    ['a missing required field', 'exercises/bridge.md', (t) => t.replace(/^summary:.*\n/m, ''), 'content/exercises/bridge.md: summary'],
    ['a wrong type', 'exercises/bridge.md', (t) => t.replace('reps: 10', 'reps: ten'), 'content/exercises/bridge.md: dosage.reps'],
    ['an each-side exercise without a switch cue', 'exercises/glute-ball.md', (t) => t.replace(/^switchCue:.*\n/m, ''), 'content/exercises/glute-ball.md: switchCue'],
    ['an unknown kind', 'exercises/bridge.md', (t) => t.replace('kind: strengthen', 'kind: cardio'), 'content/exercises/bridge.md: kind'],
    ['an unknown key (typo)', 'exercises/bridge.md', (t) => t.replace('cues:', 'cue: [x]\ncues:'), 'content/exercises/bridge.md: cue'],
    ['repsMax below reps', 'exercises/bridge.md', (t) => t.replace('repsMax: 12', 'repsMax: 8'), 'content/exercises/bridge.md: dosage.repsMax'],
    ['an unknown equipment', 'exercises/bridge.md', (t) => t.replace('[mat]', '[trampoline]'), 'content/exercises/bridge.md: equipment.0'],
    ['an id that is not the file name', 'exercises/bridge.md', (t) => t.replace('id: bridge', 'id: bridges'), 'content/exercises/bridge.md: id'],
    ['an empty body', 'exercises/bridge.md', (t) => t.replace('Why it helps.', ''), 'content/exercises/bridge.md: (body)'],
    ['broken YAML', 'exercises/bridge.md', (t) => t.replace('sides: both', 'sides: [both'), 'content/exercises/bridge.md: (frontmatter)'],
    ['an unknown source', 'exercises/bridge.md', (t) => t.replace(/^sources: \[seed-article\]/m, 'sources: [nope]'), 'content/exercises/bridge.md: sources.0'],
    ['a why-line with an unknown source', 'exercises/bridge.md', (t) => t.replace('  sources: [seed-article]', '  sources: [nope]'), 'content/exercises/bridge.md: whyForKnee.sources.0'],
    ['an exercise with no why-line', 'exercises/glute-ball.md', (t) => t.replace(/^whyForKnee:\n.*\n.*\n/m, ''), 'content/exercises/glute-ball.md: whyForKnee'],
    ['a why-line with no source', 'exercises/glute-ball.md', (t) => t.replace('  sources: [seed-article]', '  sources: []'), 'content/exercises/glute-ball.md: whyForKnee.sources'],
    ['a strengthen exercise with no criterion for moving on', 'exercises/bridge.md', (t) => t.replace(/^moveOnWhen:.*\n/m, ''), 'content/exercises/bridge.md: moveOnWhen'],
    ['a progression that does not point back', 'exercises/bridge.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nprogression: glute-ball'), 'content/exercises/bridge.md: progression'],
    ['a regression that does not point back', 'exercises/glute-ball.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nregression: bridge'), 'content/exercises/glute-ball.md: regression'],
    ['an alternative that loads the knee more', 'exercises/bridge.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nalternative: butterfly'), 'content/exercises/bridge.md: alternative'],
    ['a regression that loads the knee more', 'exercises/glute-ball.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nregression: butterfly'), 'content/exercises/glute-ball.md: regression'],
    ['an unknown regression', 'exercises/bridge.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nregression: nope'), 'content/exercises/bridge.md: regression'],
    ['a self-reference', 'exercises/bridge.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nprogression: bridge'), 'content/exercises/bridge.md: progression'],
    ['a knee-caution stretch with no alternative', 'exercises/butterfly.md', (t) => t.replace(/^alternative:.*\n/m, ''), 'content/exercises/butterfly.md: alternative'],
    ['a routine naming an unknown exercise', 'routines/daily.json', (t) => t.replace('"bridge"', '"brigde"'), 'content/routines/daily.json: steps.1.exercise'],
    ['a routine override that does not fit the mode', 'routines/daily.json', (t) => t.replace('"sets": 2', '"seconds": 30'), 'content/routines/daily.json: steps.1.dosage.seconds'],
    ['a routine that is not JSON', 'routines/daily.json', (t) => t.replace('{', '{,'), 'content/routines/daily.json: (file)'],
    ['a routine with no steps', 'routines/daily.json', (t) => t.replace(/"steps": \[[\s\S]*\]/, '"steps": []'), 'content/routines/daily.json: steps'],
    ['a bad illustration angle', 'illustrations/bridge.json', (t) => t.replace('"trunk": 180', '"trunk": "flat"'), 'content/illustrations/bridge.json: keyframes.0.trunk'],
    ['a source with no title', 'sources.json', (t) => t.replace('"title": "A seed article", ', ''), 'content/sources.json: 0.title'],
    ['a page with no title', 'pages/about-safety.md', (t) => t.replace('title: About & safety', 'heading: x'), 'content/pages/about-safety.md: title'],
  ])('refuses %s, naming the file and field', (_name, file, edit, expected) => {
    expect(errorsOf(broken(file, edit))).toContain(expected);
  });

  it('accepts a ladder that points both ways', () => {
    const root = broken('exercises/bridge.md', (t) => t.replace('kneeLoad: low', 'kneeLoad: low\nregression: glute-ball'));
    const ball = join(root, 'exercises/glute-ball.md');
    writeFileSync(ball, readFileSync(ball, 'utf8').replace('kneeLoad: low', 'kneeLoad: low\nprogression: bridge'));
    expect(errorsOf(root)).toEqual([]);
  });

  it('refuses an exercise without an illustration, and an illustration without an exercise', () => {
    const root = broken('illustrations/bridge.json', (t) => t);
    rmSync(join(root, 'illustrations/bridge.json'));
    writeFileSync(join(root, 'illustrations/ghost.json'), readFileSync(join(root, 'illustrations/butterfly.json')));
    expect(errorsOf(root)).toEqual(
      expect.arrayContaining(['content/exercises/bridge.md: illustration', 'content/illustrations/ghost.json: (file)']),
    );
  });

  it('reports every problem at once, in a message a person can act on', () => {
    const root = broken('exercises/bridge.md', (t) => t.replace('reps: 10', 'reps: -1').replace('kind: strengthen', 'kind: cardio'));
    const result = compileContent(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = new ContentBuildError(result.errors).message;
    expect(message).toMatch(/content\/exercises\/bridge\.md: kind: /);
    expect(message).toMatch(/content\/exercises\/bridge\.md: dosage\.reps: /);
  });
});
