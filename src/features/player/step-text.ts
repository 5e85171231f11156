import type { PlanStep, Side } from '@/domain/session/plan-types';

/** "2:05" — minutes and seconds, rounded up so 0:00 means the step is over. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function sideLabel(side: Side): string {
  return side === 'left' ? 'Left' : side === 'right' ? 'Right' : 'Both sides';
}

export function stepTitle(step: PlanStep): string {
  switch (step.type) {
    case 'prepare':
      return 'Get ready';
    case 'work':
      return step.mode === 'hold' ? `Hold${step.sets > 1 ? ` · ${step.set} of ${step.sets}` : ''}` : 'Keep going';
    case 'reps':
      return 'Your set';
    case 'rest':
      return 'Rest';
    case 'switch':
      return 'Switch sides';
    case 'painCheck':
      return 'How is your knee?';
  }
}
