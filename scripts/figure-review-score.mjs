/**
 * Scores a recognition review (docs/figure-recognition.md) against its key: a figure passes when the
 * majority of the reviewers picked its exercise's name with high confidence.
 *
 *   node scripts/figure-review-score.mjs KEY.json ANSWERS-a.md ANSWERS-b.md ANSWERS-c.md [--table]
 *
 * Each answers file is the Markdown table the instructions ask for (docs/figure-review-instructions.md):
 * | image | description | own name | pick | confidence |. Picks are matched to today's names in
 * content/exercises; a name renamed since the set was drawn still matches by its unchanged start.
 * --table prints the rows for the docs; without it, one line per figure. Both end with the totals.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exerciseNames } from './exercise-names.mjs';
import { answerRows } from './review-answers.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const table = args.includes('--table');
const [keyFile, ...answerFiles] = args.filter((a) => !a.startsWith('--'));
if (!keyFile || answerFiles.length === 0) {
  console.error('usage: node scripts/figure-review-score.mjs KEY.json A.md [B.md ...] [--table]');
  process.exit(2);
}
const key = JSON.parse(readFileSync(keyFile, 'utf8'));

const normalise = (s) =>
  s
    .trim()
    .replace(/^[*`"]+|[*`"]+$/g, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();

const idByName = new Map(exerciseNames(root).map(({ id, name }) => [normalise(name), id]));
const idOf = (pick) => {
  if (idByName.has(pick)) return idByName.get(pick);
  const start = [...idByName].filter(([name]) => name.startsWith(pick.slice(0, 18)));
  return start.length === 1 ? start[0][1] : undefined;
};

const readAnswers = (file) =>
  new Map(
    [...answerRows(file)].map(([figure, [, description, ownName, pick, confidence]]) => {
      const said = confidence.toLowerCase();
      return [
        figure,
        {
          description,
          ownName,
          pick: normalise(pick),
          confidence: said.includes('high') ? 'high' : said.includes('med') ? 'medium' : 'low',
        },
      ];
    }),
  );
const answers = answerFiles.map(readAnswers);
const majority = Math.floor(answers.length / 2) + 1;

let passing = 0;
let rightByMajority = 0;
const passEach = answers.map(() => 0);
const rightEach = answers.map(() => 0);
const lines = [];
for (const figure of Object.keys(key).sort()) {
  const expected = key[figure];
  let passes = 0;
  let rights = 0;
  const cells = answers.map((rows, i) => {
    const answer = rows.get(figure);
    if (!answer) return 'missing';
    const picked = idOf(answer.pick);
    const right = picked === expected;
    if (right) [rights, rightEach[i]] = [rights + 1, rightEach[i] + 1];
    if (right && answer.confidence === 'high') [passes, passEach[i]] = [passes + 1, passEach[i] + 1];
    return `${right ? '✓' : `✗ ${picked ?? answer.pick}`} (${answer.confidence})`;
  });
  const pass = passes >= majority;
  passing += pass ? 1 : 0;
  rightByMajority += rights >= majority ? 1 : 0;
  const first = answers[0].get(figure);
  lines.push(
    table
      ? `| ${figure} | ${expected} | ${cells.join(' / ')} | ${passes} / ${answers.length} | ${pass ? 'PASS' : 'fail'} | ${first?.description ?? ''} (own name: ${first?.ownName ?? ''}) |`
      : `${figure} ${expected.padEnd(38)} ${cells.join(' | ').padEnd(60)} ${pass ? 'PASS' : 'fail'}`,
  );
}
if (table) {
  const who = answers.map((_, i) => String.fromCharCode(97 + i)).join(' / ');
  console.log(`| image | exercise (key) | picks (confidence), reviewers ${who} | passes | result | reviewer a's description |`);
  console.log('|---|---|---|---|---|---|');
}
console.log(lines.join('\n'));
console.log(
  `\nright pick (majority): ${rightByMajority} / ${lines.length}; right, each reviewer: ${rightEach.join(', ')}; ` +
    `pass, each reviewer: ${passEach.join(', ')}; PASS (${majority} of ${answers.length}): ${passing} / ${lines.length}`,
);
