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
  /** The voice coach. Off until the user says yes (the player asks once) or has heard a sample. */
  isVoiceOn: boolean;
  /** The user has answered "Spoken cues?", heard a sample or used the switch: the player never asks again. */
  isVoiceDecided: boolean;
  /** The chosen voice by URI (stable across visits); null, or a voice gone from the device, means the default. */
  voiceURI: string | null;
  voiceRate: number;
}
export const DEFAULT_CUE_SETTINGS: CueSettings = {
  isSoundOn: true,
  isVibrationOn: true,
  isVoiceOn: false,
  isVoiceDecided: false,
  voiceURI: null,
  voiceRate: 1,
};
export const VOICE_RATES = [0.8, 0.9, 1, 1.1, 1.2, 1.3] as const;
export const MIN_VOICE_RATE = 0.8;
export const MAX_VOICE_RATE = 1.3;
export const MAX_VOICE_URI_CHARS = 500;

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
      return readCues((await db.settings.get('cues'))?.value);
    },
    async setCues(patch: Partial<CueSettings>): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('cues');
        await db.settings.put({ key: 'cues', value: { ...readCues(row?.value), ...patch } });
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

/**
 * Stored cue settings the player can use: each field of the right shape, else its default. Older
 * versions stored only the three switches; one that had the voice on had decided.
 */
function readCues(value: unknown): CueSettings {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (key: 'isSoundOn' | 'isVibrationOn' | 'isVoiceOn') => (typeof v[key] === 'boolean' ? v[key] : DEFAULT_CUE_SETTINGS[key]);
  const isVoiceOn = flag('isVoiceOn');
  const rate = v.voiceRate;
  const uri = v.voiceURI;
  return {
    isSoundOn: flag('isSoundOn'),
    isVibrationOn: flag('isVibrationOn'),
    isVoiceOn,
    isVoiceDecided: typeof v.isVoiceDecided === 'boolean' ? v.isVoiceDecided : isVoiceOn,
    voiceURI: typeof uri === 'string' && uri !== '' && uri.length <= MAX_VOICE_URI_CHARS ? uri : null,
    voiceRate: typeof rate === 'number' && rate >= MIN_VOICE_RATE && rate <= MAX_VOICE_RATE ? rate : DEFAULT_CUE_SETTINGS.voiceRate,
  };
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
