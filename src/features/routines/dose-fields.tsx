import type { PlanFacts } from '@/content/catalog-types';
import type { RoutineIssue } from '@/domain/routines/user-routine';
import type { UserRoutineStep } from '@/storage/records';

type DoseField = 'holdSeconds' | 'reps' | 'sets' | 'restSeconds';

interface Props {
  step: UserRoutineStep;
  facts: PlanFacts;
  index: number;
  issues: RoutineIssue[];
  onChange: (field: DoseField | 'side', value: number | 'each' | 'both' | undefined) => void;
}

/** An empty box means "the exercise's own dose"; the placeholder shows it. */
const parse = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** One step's dose: hold seconds or reps (as the exercise is done), sets, rest, and per side or both. */
export function DoseFields({ step, facts, index, issues, onChange }: Props) {
  const d = facts.dosage;
  const main: { field: DoseField; label: string; value: number | undefined; placeholder: number } =
    d.mode === 'reps'
      ? { field: 'reps', label: 'Reps', value: step.reps, placeholder: d.reps }
      : {
          field: 'holdSeconds',
          label: d.mode === 'hold' ? 'Hold (seconds)' : 'Time (seconds)',
          value: step.holdSeconds,
          placeholder: d.seconds,
        };
  const fields = [
    main,
    { field: 'sets' as const, label: 'Sets', value: step.sets, placeholder: d.sets },
    { field: 'restSeconds' as const, label: 'Rest between sets (s)', value: step.restSeconds, placeholder: d.restSeconds },
  ];
  return (
    <div className="dose-fields">
      {fields.map(({ field, label, value, placeholder }) => {
        const issue = issues.find((i) => i.stepIndex === index && i.field === field);
        const errorId = `step-${index}-${field}-error`;
        return (
          <label key={field} className="dose-field">
            <span>
              {label}
              <span className="visually-hidden"> for {facts.name}</span>
            </span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              value={value ?? ''}
              placeholder={String(placeholder)}
              aria-invalid={issue ? true : undefined}
              aria-describedby={issue ? errorId : undefined}
              onChange={(e) => onChange(field, parse(e.target.value))}
            />
            {issue && (
              <span className="field-error" id={errorId}>
                {issue.message}
              </span>
            )}
          </label>
        );
      })}
      {facts.sides === 'each' && (
        <label className="dose-field">
          <span>
            Sides<span className="visually-hidden"> for {facts.name}</span>
          </span>
          <select value={step.side ?? 'each'} onChange={(e) => onChange('side', e.target.value === 'both' ? 'both' : undefined)}>
            <option value="each">Each side (left, then right)</option>
            <option value="both">Both sides at once</option>
          </select>
        </label>
      )}
    </div>
  );
}
