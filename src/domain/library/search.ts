import type { KneeLoad } from '@/content/catalog-types';

/** What search reads of one exercise; the caller supplies the labels (equipment, body areas, kind) in words. */
export interface SearchFields {
  name: string;
  /** The content's searchTerms: the words people type that the name and muscles don't say. */
  terms: readonly string[];
  targets: readonly string[];
  labels: readonly string[];
  summary: string;
  kneeLoad: KneeLoad;
}

/** The same fields, normalised once (search runs on every keystroke). */
export interface SearchIndex {
  name: string;
  terms: readonly string[];
  targets: string;
  labels: string;
  summary: string;
  kneeLoad: KneeLoad;
}

export interface SearchQuery {
  /** Stemmed words, each of which must be found somewhere. */
  words: readonly string[];
  /** The query's words as typed (normalised, no stop words), for phrase matches ("hamstring stretch"). */
  phrase: string;
  /** "knee pain", "sore knees", "knee friendly": show only what is easy on the knee. */
  isKneeFriendly: boolean;
}

/** How much a word found in each field counts: the name most, then the searchTerms, … */
const WEIGHT = { name: 6, terms: 5, targets: 3, labels: 2, summary: 1 } as const;
/** A whole multi-word query found as it is, in the name or one of the terms. */
const PHRASE_BONUS = 8;
/** Knee-friendly entries come first among equals: this is an app for sore knees. */
const KNEE_BONUS: Record<KneeLoad, number> = { low: 1.5, moderate: 0.5, caution: 0 };
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'for', 'my', 'of', 'in', 'on', 'to', 'with', 'exercise', 'exercises', 'i', 'how']);
/** Words that, beside "knee", ask for what spares the knee rather than for the word itself. */
const KNEE_INTENT = new Set([
  'pain',
  'painful',
  'sore',
  'hurt',
  'hurts',
  'hurting',
  'ache',
  'aching',
  'bad',
  'friendly',
  'safe',
  'injury',
  'injured',
]);

/** Lower-case, accents stripped, punctuation to spaces: "Child's pose" matches "childs pose". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A plural's singular, so "glutes", "hips" and "stretches" find "glute", "hip", "stretch". */
export function stem(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

const KNEE_PHRASE = 'knee pain';

export function parseQuery(query: string): SearchQuery {
  const phrase = normalise(query);
  const all = phrase.split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w));
  const hasKnee = all.some((w) => stem(w) === 'knee');
  const isKneeFriendly = hasKnee && all.some((w) => KNEE_INTENT.has(w));
  const words = all.filter((w) => !isKneeFriendly || (stem(w) !== 'knee' && !KNEE_INTENT.has(w))).map(stem);
  // "sore knees" and "my knee pain" both ask for what the content calls "knee pain".
  return { words, phrase: isKneeFriendly ? KNEE_PHRASE : all.join(' '), isKneeFriendly };
}

export function indexOf(fields: SearchFields): SearchIndex {
  return {
    name: ` ${normalise(fields.name)} `,
    terms: fields.terms.map((t) => ` ${normalise(t)} `),
    targets: ` ${normalise(fields.targets.join(' '))} `,
    labels: ` ${normalise(fields.labels.join(' '))} `,
    summary: ` ${normalise(fields.summary)} `,
    kneeLoad: fields.kneeLoad,
  };
}

/** 1 where a word of `text` starts with `word`, 0.5 for a match inside a word ("medius" in "gluteusmedius"), else 0. */
function found(text: string, word: string): number {
  if (text.includes(` ${word}`)) return 1;
  return text.includes(word) ? 0.5 : 0;
}

/** How well an exercise answers the query; null when some word is found nowhere (or the knee is not spared). */
export function scoreOf(index: SearchIndex, query: SearchQuery): number | null {
  if (query.isKneeFriendly && index.kneeLoad !== 'low') return null;
  let score = KNEE_BONUS[index.kneeLoad];
  for (const word of query.words) {
    const best = Math.max(
      WEIGHT.name * found(index.name, word),
      WEIGHT.terms * Math.max(0, ...index.terms.map((t) => found(t, word))),
      WEIGHT.targets * found(index.targets, word),
      WEIGHT.labels * found(index.labels, word),
      WEIGHT.summary * found(index.summary, word),
    );
    if (best === 0) return null;
    score += best;
  }
  const isPhrase = query.phrase.includes(' ');
  const padded = ` ${query.phrase} `;
  if (isPhrase && (index.name.includes(padded) || index.terms.some((t) => t.includes(padded)))) score += PHRASE_BONUS;
  return score;
}

/** The items that match every word, best first; ties keep their given order. An empty query keeps them all, in order. */
export function rankBySearch<T>(items: readonly T[], indexFor: (item: T) => SearchIndex, query: string): T[] {
  const q = parseQuery(query);
  if (q.words.length === 0 && !q.isKneeFriendly) return [...items];
  return items
    .map((item, order) => ({ item, order, score: scoreOf(indexFor(item), q) }))
    .filter((r): r is { item: T; order: number; score: number } => r.score !== null)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.item);
}
