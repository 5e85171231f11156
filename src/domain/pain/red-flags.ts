/**
 * Red flags: any one means stop and see a clinician (AAFP 2018 knee-pain evaluation; NHS-derived
 * lists). A knee that locks and won't unlock needs urgent care.
 */
export const RED_FLAGS = [
  { id: 'cannot-bear-weight', text: 'I can’t put weight on the leg' },
  { id: 'swelling', text: 'The knee swelled up suddenly or a lot' },
  { id: 'locking', text: 'The knee locks or gets stuck' },
  { id: 'giving-way', text: 'The knee gives way' },
  { id: 'hot-red', text: 'The knee is hot and red, or I have a fever' },
  { id: 'deformity', text: 'The knee looks misshapen, or I can’t move it' },
  { id: 'fall-twist', text: 'The pain started after a fall or a twist' },
] as const;

export type RedFlagId = (typeof RED_FLAGS)[number]['id'];

export interface RedFlagAdvice {
  isUrgent: boolean;
  text: string;
}

/** What to tell someone who ticked these red flags (none ticked → null). */
export function redFlagAdvice(flags: readonly RedFlagId[]): RedFlagAdvice | null {
  if (flags.length === 0) return null;
  if (flags.includes('locking')) {
    return {
      isUrgent: true,
      text: 'Stop exercising. If your knee is locked and won’t unlock, go to urgent care now. Otherwise, see a clinician (GP or physiotherapist) before you exercise again.',
    };
  }
  return {
    isUrgent: false,
    text: 'Stop exercising for today and see a clinician (GP or physiotherapist) before you exercise again. Kneewise gives general guidance and can’t assess this.',
  };
}
