/** Every exercise's display name, read from content/exercises/<id>.md (the `name:` line), for the figure-review scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [{ id, name }] for every exercise with a name, in file order. */
export function exerciseNames(root) {
  const dir = join(root, 'content', 'exercises');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), name: /^name:\s*(.+)$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]?.trim() }))
    .filter((e) => e.name);
}
