import type { Knee, KneeLocation } from '@/domain/pain/types';
import type { KneewiseDb } from './db';

/** From onboarding: which knee hurts and where, usually. */
export interface KneeProfile {
  knees: Knee[];
  location: KneeLocation | null;
  completedAt: number;
}

export interface CueSettings {
  isSoundOn: boolean;
  isVibrationOn: boolean;
  isVoiceOn: boolean;
}
export const DEFAULT_CUE_SETTINGS: CueSettings = { isSoundOn: true, isVibrationOn: true, isVoiceOn: false };

/** How long the player's get-ready (before the first exercise) and switch-sides steps last. */
export interface StepLengthSettings {
  getReadySeconds: number;
  switchSidesSeconds: number;
}
export const DEFAULT_STEP_LENGTHS: StepLengthSettings = { getReadySeconds: 10, switchSidesSeconds: 5 };
export const GET_READY_CHOICES = [5, 10, 15, 20, 30, 45, 60] as const;
export const SWITCH_SIDES_CHOICES = [3, 5, 8, 10, 15, 20] as const;

export function settingsRepo(db: KneewiseDb) {
  return {
    /** The stored profile, or null when there is none or it isn't one (settings can come from an import). */
    async profile(): Promise<KneeProfile | null> {
      const value = (await db.settings.get('profile'))?.value;
      return isKneeProfile(value) ? value : null;
    },
    async setProfile(profile: KneeProfile): Promise<void> {
      await db.settings.put({ key: 'profile', value: profile });
    },
    /** True once onboarding was finished or skipped. */
    async isOnboarded(): Promise<boolean> {
      return (await db.settings.get('onboarded')) !== undefined;
    },
    async setOnboarded(at: number): Promise<void> {
      await db.settings.put({ key: 'onboarded', value: at });
    },
    async cues(): Promise<CueSettings> {
      const row = await db.settings.get('cues');
      return { ...DEFAULT_CUE_SETTINGS, ...(row?.value as Partial<CueSettings> | undefined) };
    },
    async setCues(patch: Partial<CueSettings>): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('cues');
        await db.settings.put({
          key: 'cues',
          value: { ...DEFAULT_CUE_SETTINGS, ...(row?.value as Partial<CueSettings> | undefined), ...patch },
        });
      });
    },
    async stepLengths(): Promise<StepLengthSettings> {
      const value = (await db.settings.get('stepLengths'))?.value as Partial<StepLengthSettings> | undefined;
      return {
        getReadySeconds: validSeconds(value?.getReadySeconds, DEFAULT_STEP_LENGTHS.getReadySeconds),
        switchSidesSeconds: validSeconds(value?.switchSidesSeconds, DEFAULT_STEP_LENGTHS.switchSidesSeconds),
      };
    },
    async setStepLengths(patch: Partial<StepLengthSettings>): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('stepLengths');
        await db.settings.put({
          key: 'stepLengths',
          value: { ...DEFAULT_STEP_LENGTHS, ...(row?.value as Partial<StepLengthSettings> | undefined), ...patch },
        });
      });
    },
  };
}

/** A stored length the player can use: a whole number of seconds from 1 to 120, else the default. */
function validSeconds(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120 ? value : fallback;
}

const KNEES: readonly unknown[] = ['left', 'right'];
const LOCATIONS: readonly unknown[] = ['inner', 'outer', 'front', 'back', 'diffuse', null];

function isKneeProfile(value: unknown): value is KneeProfile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.knees) &&
    v.knees.length > 0 &&
    v.knees.every((k) => KNEES.includes(k)) &&
    LOCATIONS.includes(v.location) &&
    typeof v.completedAt === 'number'
  );
}
