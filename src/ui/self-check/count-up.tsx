import { useState } from 'react';
import { now } from '@/platform/clock';
import { useNow } from '@/platform/use-now';

interface Props {
  label: string;
  targetSeconds: number;
  value: number | null;
  onChange: (seconds: number) => void;
}

/** Start → counts up from the tap's time (never counted ticks), stops itself at the target; the number can be typed too. */
export function CountUp({ label, targetSeconds, value, onChange }: Props) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const t = useNow(250, startedAt !== null);
  const running = startedAt === null ? null : Math.min(targetSeconds, Math.floor((Math.max(t, startedAt) - startedAt) / 1000));
  if (running !== null && running >= targetSeconds) {
    setStartedAt(null);
    onChange(targetSeconds);
  }
  const stop = () => {
    if (startedAt === null) return;
    onChange(Math.min(targetSeconds, Math.floor((now() - startedAt) / 1000)));
    setStartedAt(null);
  };
  return (
    <div className="count-up">
      <label className="count-up-field">
        {label}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          value={running ?? value ?? ''}
          readOnly={running !== null}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isFinite(n)) onChange(Math.max(0, Math.min(600, Math.round(n))));
          }}
        />
        s of {targetSeconds}
      </label>
      {running === null ? (
        <button type="button" className="button" onClick={() => setStartedAt(now())}>
          Start count-up
        </button>
      ) : (
        <button type="button" className="button" onClick={stop}>
          Stop ({running} s)
        </button>
      )}
    </div>
  );
}
