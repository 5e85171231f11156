// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../../tests/setup/render-at';
import { ExercisePage } from './exercise-page';

// jsdom has no matchMedia; motion doesn't matter for these lines.
vi.mock('@/platform/use-reduced-motion', () => ({ usePrefersReducedMotion: () => true }));

const renderExercise = (id: string) => renderAt(`/exercises/${id}`, '/exercises/:exerciseId', <ExercisePage />);

afterEach(() => {
  cleanup();
});

describe('ExercisePage: why it helps your knee', () => {
  it('shows the why-line with its sources named beside it', () => {
    renderExercise('seated-knee-extension');
    const line = screen.getByText('Why this helps your knee:').closest('p');
    expect(line?.textContent).toMatch(/Quadriceps strengthening eased pain/);
    expect(line?.textContent).toContain('(Imoto 2012; NICE 2022)');
  });

  it('says when to move on for a strengthen exercise, and not for a stretch', () => {
    renderExercise('glute-bridge');
    expect(screen.getByText('When to move on:').closest('p')?.textContent).toMatch(/knee checks green/);
    cleanup();
    renderExercise('supine-knee-to-opposite-shoulder');
    expect(screen.getByText('Why this helps your knee:').closest('p')?.textContent).toContain('clinical practice');
    expect(screen.queryByText('When to move on:')).toBeNull();
  });
});
