import type { PainLight, PainReason } from '@/domain/pain/types';

const TEXT: Record<PainLight, string> = {
  green: 'Green — fine to continue',
  amber: 'Amber — fine if it settles by next morning',
  red: 'Red — ease off: swap or lower the dose next time',
};

const WHY: Partial<Record<PainReason, string>> = {
  'above-five': 'above 5',
  'rise-over-baseline': '2 or more above the start of the session',
  'worse-next-morning': 'worse than before the session',
  'rising-weekly-trend': 'rising week on week',
};

/** The traffic light as colour and words: the colour is never the only signal. */
export function PainLightTag({ light, reasons }: { light: PainLight; reasons: readonly PainReason[] }) {
  const why = reasons.flatMap((r) => WHY[r] ?? []);
  return (
    <span className={`pain-light pain-light-${light}`}>
      <span className="pain-light-dot" aria-hidden="true" />
      {TEXT[light]}
      {light === 'red' && why.length > 0 && <span className="pain-light-why"> ({why.join('; ')})</span>}
    </span>
  );
}
