/**
 * A routine shared as a link, with no server: the routine (a built-in's id, or an own routine's full
 * content) is JSON, compressed with lz-string into the URL fragment (`/share#r=…`). The fragment never
 * reaches a server, and the share page is precached, so opening a link works offline once installed.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { validateUserRoutine } from '@/domain/routines/user-routine';
import type { PlanFacts } from '@/content/catalog-types';
import type { UserRoutine } from '@/domain/routines/user-routine-types';
import { readPayloadV1, SHARE_FORMAT, type PayloadV1 } from './share-schema';

export interface SharedStep {
  exercise: string;
  holdSeconds?: number;
  reps?: number;
  sets?: number;
  restSeconds?: number;
  side?: 'each' | 'both';
}

export type SharedRoutine =
  | { kind: 'builtin'; routineId: string }
  | { kind: 'own'; name: string; steps: SharedStep[]; getReadySeconds?: number; switchSidesSeconds?: number };

/**
 * The longest fragment accepted or made: a QR code of a whole link must stay scannable from a phone
 * screen (version 40 holds ~2,900 bytes; far fewer modules scan reliably), and 40 exercises with doses
 * compress to well under this.
 */
export const MAX_LINK_CHARS = 1800;

export type ShareRefusal = 'missing' | 'too-long' | 'malformed' | 'newer' | 'invalid' | 'unknown-exercise' | 'unknown-routine';
export type DecodeResult = { ok: true; routine: SharedRoutine } | { ok: false; refusal: ShareRefusal; message: string };

/** What the app knows, so a link naming an exercise or routine this version lacks is refused. */
export interface ShareCatalog {
  hasExercise: (id: string) => boolean;
  hasRoutine: (id: string) => boolean;
  /** The library's exercises, so a refusal names an exercise as people know it. */
  facts?: Readonly<Record<string, PlanFacts>>;
}

const MESSAGES: Record<ShareRefusal, string> = {
  missing: 'This link holds no routine. Ask for the link again.',
  'too-long': `This link is too long to be a Kneewise routine (at most ${MAX_LINK_CHARS.toLocaleString('en')} characters). Nothing was added.`,
  malformed: 'This link is damaged or incomplete, so it can’t be read. Nothing was added — ask for the link again.',
  newer: 'This routine was shared from a newer version of Kneewise. Update the app, then open the link again. Nothing was added.',
  invalid: 'This routine can’t be used as it is. Nothing was added.',
  'unknown-exercise': 'This routine names an exercise this version of Kneewise doesn’t have. Nothing was added.',
  'unknown-routine': 'This link names a routine this version of Kneewise doesn’t have. Nothing was added.',
};
const refuse = (refusal: ShareRefusal): DecodeResult => ({ ok: false, refusal, message: MESSAGES[refusal] });

/** What the builder would refuse to save (a blank name, an exercise twice), in its own words; null when fine. */
function problemOf(routine: SharedRoutine, facts?: Readonly<Record<string, PlanFacts>>): string | null {
  if (routine.kind === 'builtin') return null;
  const [issue] = validateUserRoutine({ id: 'shared', createdAt: 0, ...routine }, facts);
  return issue?.message ?? null;
}

function toPayload(routine: SharedRoutine): PayloadV1 {
  if (routine.kind === 'builtin') return { v: SHARE_FORMAT, id: routine.routineId };
  return {
    v: SHARE_FORMAT,
    n: routine.name,
    x: routine.steps.map((s) => ({
      e: s.exercise,
      ...(s.holdSeconds === undefined ? {} : { h: s.holdSeconds }),
      ...(s.reps === undefined ? {} : { r: s.reps }),
      ...(s.sets === undefined ? {} : { s: s.sets }),
      ...(s.restSeconds === undefined ? {} : { t: s.restSeconds }),
      ...(s.side === undefined ? {} : { d: s.side }),
    })),
    ...(routine.getReadySeconds === undefined ? {} : { g: routine.getReadySeconds }),
    ...(routine.switchSidesSeconds === undefined ? {} : { w: routine.switchSidesSeconds }),
  };
}

function fromPayload(p: PayloadV1): SharedRoutine {
  if ('id' in p) return { kind: 'builtin', routineId: p.id };
  return {
    kind: 'own',
    name: p.n,
    steps: p.x.map((s) => ({
      exercise: s.e,
      ...(s.h === undefined ? {} : { holdSeconds: s.h }),
      ...(s.r === undefined ? {} : { reps: s.r }),
      ...(s.s === undefined ? {} : { sets: s.s }),
      ...(s.t === undefined ? {} : { restSeconds: s.t }),
      ...(s.d === undefined ? {} : { side: s.d }),
    })),
    ...(p.g === undefined ? {} : { getReadySeconds: p.g }),
    ...(p.w === undefined ? {} : { switchSidesSeconds: p.w }),
  };
}

/**
 * The fragment (without "#") for a routine, e.g. `r=N4Ig…`; refused when it would be longer than a
 * link is allowed to be or is not a valid payload, so the app never makes a link it would then refuse.
 */
export function encodeShareFragment(routine: SharedRoutine): { ok: true; fragment: string } | { ok: false; message: string } {
  const payload = toPayload(routine);
  if (readPayloadV1(payload) === null) return { ok: false, message: 'This routine can’t be shared: a name or a dose is out of range.' };
  const problem = problemOf(routine);
  if (problem) return { ok: false, message: `This routine can’t be shared yet: ${problem}` };
  const fragment = `r=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
  if (fragment.length > MAX_LINK_CHARS)
    return { ok: false, message: 'This routine is too long to share as a link. Try it with fewer exercises.' };
  return { ok: true, fragment };
}

/** Reads a fragment (with or without "#"); each way a link can be wrong is a refusal with a sentence. */
export function decodeShareFragment(hash: string, catalog: ShareCatalog): DecodeResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.length > MAX_LINK_CHARS) return refuse('too-long');
  // Not URLSearchParams: it would read lz-string's "+" as a space.
  const encoded = fragment.startsWith('r=') ? fragment.slice(2) : '';
  if (!encoded) return refuse('missing');
  let value: unknown;
  try {
    const json = decompressFromEncodedURIComponent(encoded);
    if (!json) return refuse('malformed');
    value = JSON.parse(json);
  } catch {
    return refuse('malformed');
  }
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SHARE_FORMAT) return refuse('newer');
  const payload = readPayloadV1(value);
  if (!payload) return refuse('malformed');
  const routine = fromPayload(payload);
  if (routine.kind === 'builtin') return catalog.hasRoutine(routine.routineId) ? { ok: true, routine } : refuse('unknown-routine');
  if (!routine.steps.every((s) => catalog.hasExercise(s.exercise))) return refuse('unknown-exercise');
  const problem = problemOf(routine, catalog.facts);
  if (problem) return { ok: false, refusal: 'invalid', message: `This routine can’t be used as it is: ${problem} Nothing was added.` };
  return { ok: true, routine };
}

/** An own routine as it travels in a link: its name, steps with doses and timings, nothing about this device. */
export function sharedFromOwn(record: UserRoutine, hasExercise: (id: string) => boolean): SharedRoutine {
  return {
    kind: 'own',
    name: record.name.trim(),
    steps: record.steps.filter((s) => hasExercise(s.exercise)),
    ...(record.getReadySeconds === undefined ? {} : { getReadySeconds: record.getReadySeconds }),
    ...(record.switchSidesSeconds === undefined ? {} : { switchSidesSeconds: record.switchSidesSeconds }),
  };
}

/** A shared own routine as a new own routine on this device (also what the preview plays, under a placeholder id). */
export function ownRecordOf(shared: Extract<SharedRoutine, { kind: 'own' }>, id: string, at: number): UserRoutine {
  return {
    id,
    name: shared.name,
    steps: shared.steps,
    createdAt: at,
    updatedAt: at,
    basedOn: null,
    ...(shared.getReadySeconds === undefined ? {} : { getReadySeconds: shared.getReadySeconds }),
    ...(shared.switchSidesSeconds === undefined ? {} : { switchSidesSeconds: shared.switchSidesSeconds }),
  };
}
