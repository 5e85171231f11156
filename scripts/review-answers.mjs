/** Reads a recognition reviewer's answers (docs/figure-review-instructions.md), for the figure-review scripts. */
import { readFileSync } from 'node:fs';

/**
 * fig-NN → the row's cells, trimmed: image, description, own name, pick, confidence (and, from round 8,
 * close second). Lines that are not a figure's row (the header, the separator, any prose) are skipped.
 */
export function answerRows(file) {
  const rows = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (cells.length >= 5 && /^fig-\d+$/.test(cells[0])) rows.set(cells[0], cells);
  }
  return rows;
}
