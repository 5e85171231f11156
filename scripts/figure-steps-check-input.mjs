/**
 * The input of a steps check (docs/figure-review/steps-check-instructions.md): for every figure of a
 * recognition review set, the written steps of its exercise and the full-size reviewers' descriptions
 * of the picture, so a reader who sees neither the pictures nor the code can say whether what strangers
 * saw contradicts the text.
 *
 *   node scripts/figure-steps-check-input.mjs KEY.json FULL-a.md FULL-b.md FULL-c.md > steps-check-input.md
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { answerRows } from './review-answers.mjs';

const root = resolve(import.meta.dirname, '..');
const [keyFile, ...answerFiles] = process.argv.slice(2);
if (!keyFile || answerFiles.length === 0) {
  console.error('usage: node scripts/figure-steps-check-input.mjs KEY.json A.md [B.md ...]');
  process.exit(2);
}
const key = JSON.parse(readFileSync(keyFile, 'utf8'));
const letters = 'abcdefghij';

/** fig-NN → description, from an answers table. */
const descriptionsIn = (file) => new Map([...answerRows(file)].map(([figure, [, description]]) => [figure, description]));
const answers = answerFiles.map(descriptionsIn);

const out = ['# Pictures described by strangers, and the written steps of the exercise each picture is meant to show', ''];
for (const fig of Object.keys(key).sort()) {
  const { data } = matter(readFileSync(join(root, 'content', 'exercises', `${key[fig]}.md`), 'utf8'));
  out.push(`## ${fig}: ${data.name}`, 'Steps:', ...data.steps.map((step) => `  - ${step}`), '');
  out.push(`Descriptions of the picture (${answers.length === 3 ? 'three' : answers.length} people, full size):`);
  answers.forEach((rows, i) => out.push(`- ${letters[i]}: ${rows.get(fig) ?? '(no answer)'}`));
  out.push('');
}
process.stdout.write(`${out.join('\n')}\n`);
