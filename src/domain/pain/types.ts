export type Knee = 'left' | 'right';
export type KneeLocation = 'inner' | 'outer' | 'front' | 'back' | 'diffuse';
export type PainPhase = 'before' | 'after-exercise' | 'after-session' | 'next-morning' | 'ad-hoc';

/** One knee's score at one moment. NRS-11: 0 = no pain, 10 = worst imaginable. */
export interface PainCheck {
  id: string;
  at: number;
  sessionId: string | null;
  exerciseId: string | null;
  phase: PainPhase;
  knee: Knee;
  score: number;
  locations: KneeLocation[];
  note: string;
}

export type PainLight = 'green' | 'amber' | 'red';
export type PainReason = 'mild' | 'moderate' | 'above-five' | 'rise-over-baseline' | 'worse-next-morning' | 'rising-weekly-trend';

export interface PainVerdict {
  light: PainLight;
  reasons: PainReason[];
  /** What was judged, so the reasons can be put in words ("up 2 points from 0"). */
  score?: number;
  /** The baseline it was compared with (the session's start, or last week's mean); null without one. */
  baseline?: number | null;
}
