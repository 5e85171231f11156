import type { KneewiseDb } from './db';

export interface CueSettings {
  isSoundOn: boolean;
  isVibrationOn: boolean;
  isVoiceOn: boolean;
}
export const DEFAULT_CUE_SETTINGS: CueSettings = { isSoundOn: true, isVibrationOn: true, isVoiceOn: false };

export function settingsRepo(db: KneewiseDb) {
  return {
    async cues(): Promise<CueSettings> {
      const row = await db.settings.get('cues');
      return { ...DEFAULT_CUE_SETTINGS, ...(row?.value as Partial<CueSettings> | undefined) };
    },
    async setCues(patch: Partial<CueSettings>): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('cues');
        await db.settings.put({ key: 'cues', value: { ...DEFAULT_CUE_SETTINGS, ...(row?.value as Partial<CueSettings> | undefined), ...patch } });
      });
    },
  };
}
