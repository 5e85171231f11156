import { useEffect, useRef, useState } from 'react';
import { settledTurn, type OrientationSample } from '@/domain/assessment/turn-angle';
import { isOrientationAvailable, requestOrientationPermission, watchOrientation } from '@/platform/orientation-sensor';

type Phase = 'idle' | 'asking' | 'zeroing' | 'reading' | 'unavailable';
/** A sensor that sends nothing within this long is treated as absent (desktops fire no events). */
const SILENT_MS = 2000;

/**
 * "Measure with the phone": zero at the start position, turn, hold still; the settled turn
 * (averaged over about 1.5 s) is offered as an estimate. Without a sensor or permission it says
 * so and the picker stays the way to record.
 */
export function PhoneMeasure({ side, onMeasured }: { side: 'left' | 'right'; onMeasured: (degrees: number) => void }) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [reading, setReading] = useState<number | null>(null);
  const samples = useRef<OrientationSample[]>([]);

  useEffect(() => {
    if (phase !== 'zeroing' && phase !== 'reading') return;
    samples.current = [];
    const silent = window.setTimeout(() => {
      if (samples.current.length === 0) setPhase('unavailable');
    }, SILENT_MS);
    const stop = watchOrientation((s) => {
      samples.current.push(s);
      if (samples.current.length > 500) samples.current.shift();
      setReading(settledTurn(samples.current));
    });
    return () => {
      window.clearTimeout(silent);
      stop();
    };
  }, [phase]);

  if (!isOrientationAvailable()) return null;
  const leg = side === 'left' ? 'left' : 'right';
  if (phase === 'unavailable')
    return (
      <p className="phone-measure" role="status">
        No motion readings from this phone: pick the angle instead.
      </p>
    );
  if (phase === 'idle' || phase === 'asking')
    return (
      <button
        type="button"
        className="button button-quiet phone-measure"
        disabled={phase === 'asking'}
        onClick={() => {
          setPhase('asking');
          void requestOrientationPermission().then((ok) => setPhase(ok ? 'zeroing' : 'unavailable'));
        }}
      >
        Measure the {leg} leg with the phone
      </button>
    );
  return (
    <div className="phone-measure" role="group" aria-label={`Phone measurement, ${leg} leg`}>
      <p>Lay the phone on your {leg} shin with the leg at the start position and hold still, then turn the leg and hold.</p>
      <p role="status">{reading === null || reading < 3 ? 'Waiting for the leg to turn and settle…' : `Estimate: about ${reading}°`}</p>
      <button type="button" className="button" disabled={reading === null} onClick={() => reading !== null && onMeasured(reading)}>
        Use this estimate
      </button>
      <button type="button" className="button button-quiet" onClick={() => setPhase('idle')}>
        Cancel
      </button>
    </div>
  );
}
