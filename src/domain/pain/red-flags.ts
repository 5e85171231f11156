/**
 * Red flags: any one means stop and see a clinician. Sources (DESIGN §6):
 * - AAFP 2018, "Knee Pain in Adults and Adolescents: The Initial Evaluation" (Am Fam Physician
 *   98:576): inability to bear weight, effusion after trauma, locking, a hot red joint or fever
 *   (septic arthritis), deformity.
 * - NHS "Knee pain" (nhs.uk/conditions/knee-pain): go to A&E / urgent care if you can't put weight on
 *   the leg after a fall or injury, the knee is locked and can't move, or it is hot, red and swollen
 *   and you feel feverish or unwell; see a GP (soon) for pain that hasn't improved, swelling, giving
 *   way, a knee that locks now and then.
 *
 * The ids are stored (RedFlagRecord.flags): never rename one. `locked-now` and `fever` were added so
 * the urgent tier can be told apart from "locks sometimes" and "hot and red"; records written before
 * them keep their old ids and still read (the old `hot-red` text also said "or I have a fever", so
 * an old `hot-red` alone stays "see a clinician soon" — it can't tell us which it was).
 */
export const RED_FLAGS = [
  { id: 'cannot-bear-weight', text: 'I can’t put weight on the leg' },
  { id: 'fall-twist', text: 'The pain started after a fall or a twist' },
  { id: 'locked-now', text: 'The knee is locked now and won’t unlock' },
  { id: 'locking', text: 'The knee locks or catches now and then' },
  { id: 'swelling', text: 'The knee swelled up suddenly or a lot' },
  { id: 'hot-red', text: 'The knee is hot and red' },
  { id: 'fever', text: 'I have a fever or feel shivery and unwell' },
  { id: 'giving-way', text: 'The knee gives way' },
  { id: 'deformity', text: 'The knee looks misshapen, or I can’t move it' },
] as const;

export type RedFlagId = (typeof RED_FLAGS)[number]['id'];
export type RedFlagTier = 'urgent' | 'soon';

export interface RedFlagAdvice {
  tier: RedFlagTier;
  isUrgent: boolean;
  /** One line, e.g. "Get urgent care now." */
  headline: string;
  text: string;
  /** For the urgent tier: which combination made it urgent, in plain words. */
  reason: string | null;
}

const TEXT = new Map<string, string>(RED_FLAGS.map((f) => [f.id, f.text]));

export function isRedFlagId(id: unknown): id is RedFlagId {
  return typeof id === 'string' && TEXT.has(id);
}

/** Words for a stored flag id; an id from a newer app version (or an import) is shown as it is. */
export function redFlagText(id: string): string {
  return TEXT.get(id) ?? id;
}

/**
 * The urgent combinations (NHS: go to urgent care / A&E). Each is a set of flags that must all be
 * ticked. Hot and red with fever is urgent with or without swelling ticked: a possible joint
 * infection can't wait, and a hot red knee is a swollen one in most people's words.
 */
const URGENT: readonly { flags: readonly RedFlagId[]; reason: string }[] = [
  { flags: ['locked-now'], reason: 'a knee that is locked and won’t unlock' },
  { flags: ['hot-red', 'fever'], reason: 'a hot, red knee with a fever (it could be an infection in the joint)' },
  { flags: ['cannot-bear-weight', 'fall-twist'], reason: 'not being able to put weight on the leg after a fall or a twist' },
  // The About & safety page (reviewed by a physiotherapist's read) sends these for help the same day too:
  // NHS "Knee pain" and NHS GG&C knee red flags — can't bear weight for any reason, a misshapen knee or
  // one that won't move, a knee that is badly or suddenly swollen, or hot and red even without a fever.
  { flags: ['cannot-bear-weight'], reason: 'not being able to put weight on the leg' },
  { flags: ['deformity'], reason: 'a knee that looks misshapen or won’t move' },
  { flags: ['swelling'], reason: 'a knee that swelled up suddenly or a lot' },
  { flags: ['hot-red'], reason: 'a hot, red knee' },
];

/** Urgent care, or see a clinician soon; null without flags. Unknown ids count as "soon". */
export function redFlagTier(flags: readonly string[]): RedFlagTier | null {
  if (flags.length === 0) return null;
  return urgentReason(flags) === null ? 'soon' : 'urgent';
}

function urgentReason(flags: readonly string[]): string | null {
  return URGENT.find((u) => u.flags.every((f) => flags.includes(f)))?.reason ?? null;
}

/** What to tell someone who ticked these red flags (none ticked → null). */
export function redFlagAdvice(flags: readonly string[]): RedFlagAdvice | null {
  if (flags.length === 0) return null;
  const reason = urgentReason(flags);
  if (reason !== null) {
    return {
      tier: 'urgent',
      isUrgent: true,
      headline: 'Get urgent care now.',
      text: `Stop exercising. With ${reason}, go to urgent care or A&E today, or call your local urgent-care line. Don’t exercise the knee until it has been checked.`,
      reason,
    };
  }
  return {
    tier: 'soon',
    isUrgent: false,
    headline: 'See a clinician soon.',
    text: 'Stop exercising for today and see a clinician (GP or physiotherapist) in the next few days, before you exercise the knee again. If it gets worse — it locks and won’t unlock, turns hot and red with a fever, or won’t take your weight — get urgent care. Kneewise gives general guidance and can’t assess this.',
    reason: null,
  };
}
