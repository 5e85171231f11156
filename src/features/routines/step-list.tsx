import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { PlanFacts } from '@/content/catalog-types';
import type { RoutineIssue } from '@/domain/routines/user-routine';
import type { UserRoutineStep } from '@/storage/records';
import { KneeTag } from '@/ui/knee-tag';
import { DoseFields } from './dose-fields';

interface Props {
  steps: UserRoutineStep[];
  facts: Readonly<Record<string, PlanFacts>>;
  issues: RoutineIssue[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onDose: (index: number, field: Exclude<keyof UserRoutineStep, 'exercise'>, value: number | 'each' | 'both' | undefined) => void;
}

/** The routine's exercises in order: drag by the handle (touch, mouse or keyboard), or Move up / Move down. */
export function StepList({ steps, facts, issues, onMove, onRemove, onDose }: Props) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = steps.map((s) => s.exercise);
  const nameOf = (id: string | number) => facts[String(id)]?.name ?? String(id);
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To move an exercise, press Space or Enter on its handle, use the arrow keys to move it, then Space or Enter to drop it, or Escape to cancel.',
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)} of ${ids.length}.`,
          onDragOver: ({ active, over }) =>
            over ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${ids.length}.` : undefined,
          onDragEnd: ({ active, over }) =>
            over ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)} of ${ids.length}.` : undefined,
          onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} cancelled; it stays at position ${positionOf(active.id)}.`,
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="builder-steps">
          {steps.map((step, index) => {
            const f = facts[step.exercise];
            if (!f) return null;
            return (
              <SortableStep
                key={step.exercise}
                step={step}
                facts={f}
                index={index}
                count={steps.length}
                issues={issues}
                onMove={onMove}
                onRemove={onRemove}
                onDose={onDose}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

type ItemProps = Omit<Props, 'steps' | 'facts'> & { step: UserRoutineStep; facts: PlanFacts; index: number; count: number };

function SortableStep({ step, facts, index, count, issues, onMove, onRemove, onDose }: ItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: step.exercise });
  const stepIssue = issues.find((i) => i.stepIndex === index && i.field === 'exercise');
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`card builder-step${isDragging ? ' is-dragging' : ''}`}
      aria-label={`${index + 1}. ${facts.name}`}
    >
      <div className="builder-step-head">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={`Drag to reorder ${facts.name}`}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
        <span className="builder-step-name">
          {index + 1}. {facts.name}
        </span>
        {facts.kneeLoad !== 'low' && <KneeTag load={facts.kneeLoad} />}
      </div>
      {stepIssue && <p className="field-error">{stepIssue.message}</p>}
      <DoseFields step={step} facts={facts} index={index} issues={issues} onChange={(field, value) => onDose(index, field, value)} />
      <div className="builder-step-actions">
        <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          Move up<span className="visually-hidden"> {facts.name}</span>
        </button>
        <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          Move down<span className="visually-hidden"> {facts.name}</span>
        </button>
        <button type="button" className="button button-small" onClick={() => onRemove(index)}>
          Remove<span className="visually-hidden"> {facts.name}</span>
        </button>
      </div>
    </li>
  );
}
