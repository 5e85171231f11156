import { useState, type Ref } from 'react';
import { RED_FLAGS, type RedFlagId } from '@/domain/pain/red-flags';

interface Props {
  ref: Ref<HTMLDialogElement>;
  onStop: (flags: RedFlagId[]) => void;
}

/** "Swelling, locking or giving way?" — any yes stops the session with advice to see a clinician. */
export function RedFlagDialog({ ref, onStop }: Props) {
  const [flags, setFlags] = useState<RedFlagId[]>([]);
  const toggle = (id: RedFlagId) => setFlags((f) => (f.includes(id) ? f.filter((x) => x !== id) : [...f, id]));
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="redflag-title">
      <form method="dialog">
        <h2 id="redflag-title">Is any of this true right now?</h2>
        <ul className="redflag-list">
          {RED_FLAGS.map((f) => (
            <li key={f.id}>
              <label className="switch">
                <input type="checkbox" checked={flags.includes(f.id)} onChange={() => toggle(f.id)} />
                <span>{f.text}</span>
              </label>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="submit" className="button" value="cancel">
            None of these
          </button>
          <button type="submit" className="button button-primary" value="stop" disabled={flags.length === 0} onClick={() => onStop(flags)}>
            Stop the session
          </button>
        </div>
      </form>
    </dialog>
  );
}
