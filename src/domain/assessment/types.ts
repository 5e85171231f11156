/**
 * Self-check results (issue 8). One record per check per time it was done; each check kind has its
 * own result shape, so a leg-turn angle can never be read as seconds on one leg.
 */

export type Side = 'left' | 'right';
export const SIDES: readonly Side[] = ['left', 'right'];

/** How a leg-turn angle was found: picked against drawn angles, or estimated with the phone's sensors. */
export type AngleMethod = 'picker' | 'phone';

export interface SideAngle {
  /** Degrees from the start position; whole numbers. */
  degrees: number;
  method: AngleMethod;
}

/** Lying leg turn: `in` is hip inward rotation (lying-leg-turn), `out` outward (lying-turn-out-check). */
export interface LegTurnResult {
  direction: 'in' | 'out';
  left: SideAngle | null;
  right: SideAngle | null;
}

/** Whether the hip of the lifted leg sagged while standing on the other. */
export type HipDrop = 'no' | 'a-little' | 'clearly';

export interface StanceSide {
  /** Seconds held, up to the 30 s target (a longer hold adds nothing to the check). */
  seconds: number;
  /** Null in rows converted from the old shape, which never said. */
  hipDrop: HipDrop | null;
}

/** Single-leg stance, per standing leg. */
export interface StanceResult {
  left: StanceSide | null;
  right: StanceSide | null;
}

export type KneesCave = 'no' | 'left' | 'right' | 'both';
export type FeltWhere = 'front-thigh' | 'knee' | 'glutes';
export const FELT_WHERE: readonly FeltWhere[] = ['front-thigh', 'knee', 'glutes'];

/** Sit-to-stand and the squat-and-lunge check. */
export interface KneesCaveResult {
  /** Null in rows converted from the old shape, which never said. */
  cave: KneesCave | null;
  felt: FeltWhere[];
}

export interface ResultOf {
  'leg-turn': LegTurnResult;
  'single-leg-stance': StanceResult;
  'knees-cave': KneesCaveResult;
}
export type CheckKind = keyof ResultOf;

/** One self-check result. `kind` says which `result` shape it holds. */
export type Assessment = {
  [K in CheckKind]: {
    id: string;
    at: number;
    exerciseId: string;
    kind: K;
    /** The session it was recorded in (the self-assessment routine), or null from a check's own page. */
    sessionId: string | null;
    result: ResultOf[K];
    note: string;
  };
}[CheckKind];

export type AssessmentOf<K extends CheckKind> = Extract<Assessment, { kind: K }>;

/** The self-check exercises in content, and what each records. */
export const CHECK_KINDS = {
  'lying-leg-turn': 'leg-turn',
  'lying-turn-out-check': 'leg-turn',
  'single-leg-stance-check': 'single-leg-stance',
  'sit-to-stand-check': 'knees-cave',
  'squat-check': 'knees-cave',
} as const satisfies Record<string, CheckKind>;
export type CheckExerciseId = keyof typeof CHECK_KINDS;

/** The kind of result an exercise records, or null if it is not a self-check. */
export function checkKindOf(exerciseId: string): CheckKind | null {
  return Object.hasOwn(CHECK_KINDS, exerciseId) ? CHECK_KINDS[exerciseId as CheckExerciseId] : null;
}

/** The leg-turn direction an exercise measures. */
export const turnDirectionOf = (exerciseId: string): LegTurnResult['direction'] => (exerciseId === 'lying-turn-out-check' ? 'out' : 'in');

/** Reference angles for the picker: 0–45° in steps of 5°. */
export const PICKER_ANGLES: readonly number[] = Array.from({ length: 10 }, (_, i) => i * 5);

/** The single-leg stance target, and the most a count-up records. */
export const STANCE_TARGET_SECONDS = 30;
