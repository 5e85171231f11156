/**
 * Safari's Audio Session API (`navigator.audioSession`): "ambient" lets the coach's voice and beeps
 * mix with the user's music instead of pausing it. Not in TypeScript's DOM types yet, so declared here.
 */
type AudioSessionType = 'auto' | 'playback' | 'transient' | 'transient-solo' | 'ambient' | 'play-and-record';
interface AudioSession {
  type: AudioSessionType;
}
type NavigatorWithAudioSession = Navigator & { audioSession?: AudioSession };

/** Where the browser offers it, let cues mix with other audio; elsewhere do nothing. */
export function mixWithOtherAudio(): void {
  if (typeof navigator === 'undefined') return;
  const session = (navigator as NavigatorWithAudioSession).audioSession;
  if (!session || session.type === 'ambient') return;
  try {
    session.type = 'ambient';
  } catch {
    // A browser that refuses the type keeps its default; cues still play.
  }
}
