import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exercise } from './catalog-types';
import { compileContent } from './compile';

// Rules a physiotherapist reviewing the real library would check (issue 10). Each failure names the exercise.
const result = compileContent(resolve('content'));
const catalog = result.ok ? result.catalog : { exercises: [], routines: [], sources: [], pages: [] };
const byId = new Map(catalog.exercises.map((e) => [e.id, e]));
const sourceIds = new Set(catalog.sources.map((s) => s.id));
const LOAD_RANK = { low: 0, moderate: 1, caution: 2 } as const;

/** Every sentence a person reads about an exercise. */
function sentencesOf(e: Exercise): string[] {
  const prose = [e.summary, ...e.steps, ...e.cues, ...e.cautions, e.kneeNote, e.whyForKnee.text, e.moveOnWhen ?? '', e.html];
  return prose.flatMap((text) => text.replace(/<[^>]+>/g, ' ').split(/(?<=[.!?])\s+/));
}

describe('content/ rules', () => {
  it('compiles', () => {
    expect(result.ok).toBe(true);
  });

  it('gives every strengthen exercise a criterion for moving on', () => {
    const strengthen = catalog.exercises.filter((e) => e.kind === 'strengthen');
    expect(strengthen.length).toBeGreaterThanOrEqual(15);
    for (const e of strengthen) expect(e.moveOnWhen ?? '', e.id).toMatch(/\d\s*×\s*\d+.*knee checks green/);
  });

  it('links every ladder both ways', () => {
    for (const e of catalog.exercises) {
      if (e.progression) expect(byId.get(e.progression)?.regression, `${e.id} → ${e.progression}`).toBe(e.id);
      if (e.regression) expect(byId.get(e.regression)?.progression, `${e.id} ← ${e.regression}`).toBe(e.id);
    }
  });

  it('puts every strengthen exercise on a ladder', () => {
    for (const e of catalog.exercises.filter((x) => x.kind === 'strengthen')) {
      expect(e.regression ?? e.progression, e.id).toBeDefined();
    }
  });

  it('never offers an alternative or easier version that loads the knee more', () => {
    for (const e of catalog.exercises) {
      for (const id of [e.alternative, e.regression]) {
        const other = id === undefined ? undefined : byId.get(id);
        if (other) expect(LOAD_RANK[other.kneeLoad], `${e.id} → ${other.id}`).toBeLessThanOrEqual(LOAD_RANK[e.kneeLoad]);
      }
    }
  });

  it('gives every exercise a why-this-helps-your-knee line whose sources exist', () => {
    for (const e of catalog.exercises) {
      expect(e.whyForKnee.text.length, e.id).toBeGreaterThan(40);
      expect(e.whyForKnee.sources.length, e.id).toBeGreaterThan(0);
      for (const id of [...e.whyForKnee.sources, ...e.sources]) expect(sourceIds.has(id), `${e.id}: ${id}`).toBe(true);
    }
  });

  it('lists beside each why-line every source its text names', () => {
    for (const e of catalog.exercises) {
      for (const s of catalog.sources) {
        if (s.short && e.whyForKnee.text.includes(s.short)) expect(e.whyForKnee.sources, `${e.id}: ${s.short}`).toContain(s.id);
      }
    }
  });

  it('never says the inner knee should feel a stretch', () => {
    const innerKnee = /inner knee|inside of (the|your|a|either|that) knee|medial knee/i;
    // A sentence may name both only to warn: stop, switch, ease off, or do it differently if you feel it.
    const feelsStretch = /\bfeel(s|ing)?\b.*\bstretch|\bstretch.*\bfeel/i;
    const warning = /\b(stop|never|not|don't|if|instead|switch|narrower|ease|warning)\b/i;
    for (const e of catalog.exercises) {
      for (const sentence of sentencesOf(e)) {
        if (innerKnee.test(sentence) && feelsStretch.test(sentence)) expect(sentence, e.id).toMatch(warning);
      }
    }
    const sideLunge = byId.get('side-lunge');
    expect(sideLunge).toBeDefined();
    if (sideLunge) expect(sentencesOf(sideLunge).join(' ')).not.toMatch(/inner knee feels a (gentle )?stretch/i);
  });

  it('rates deep knee bending under body weight honestly', () => {
    expect(byId.get('walking-childs-pose')?.kneeLoad).toBe('caution');
    expect(byId.get('quadruped-rocking')?.kneeLoad).not.toBe('low');
    expect(byId.get('half-kneeling-hip-flexor-stretch')?.kneeLoad).not.toBe('low');
  });

  it('has quadriceps strength and a turn-out (hip outward rotation) check', () => {
    const quads = catalog.exercises.filter((e) => e.kind === 'strengthen' && e.targets.some((t) => /quadriceps/i.test(t)));
    expect(quads.map((e) => e.id)).toEqual(expect.arrayContaining(['straight-leg-raise', 'seated-knee-extension']));
    expect(byId.get('lying-turn-out-check')?.kind).toBe('assess');
  });

  it('cites the patellofemoral-pain trials only beside claims, never as the source of an exercise they did not use', () => {
    const trialOnly = ['ferber-2015'];
    for (const e of catalog.exercises) for (const id of trialOnly) expect(e.sources, e.id).not.toContain(id);
  });

  it('stops at the traffic light, not at any knee pain', () => {
    // "Stop at any pain" contradicted the safety page, where 0–3 is green (independent read, finding 3).
    for (const e of catalog.exercises) {
      for (const sentence of sentencesOf(e)) expect(sentence, e.id).not.toMatch(/stop if you feel pain in (either|the|your) knee|if it hurts, stop/i);
    }
    const kneeLoaded = catalog.exercises.filter((e) => e.kind === 'strengthen' && e.kneeLoad !== 'low');
    for (const e of kneeLoaded) expect(e.cautions.join(' '), e.id).toMatch(/above mild \(above 3\/10/);
  });

  it('puts at most one rung of each ladder in a routine, so moving up never doubles an exercise', () => {
    const bottomOf = (id: string): string => {
      const down = byId.get(id)?.regression;
      return down === undefined ? id : bottomOf(down);
    };
    for (const r of catalog.routines) {
      const ladders = r.steps.map((s) => bottomOf(s.exercise));
      expect(new Set(ladders).size, r.id).toBe(ladders.length);
    }
  });

  it('says in every routine description why it is built that way', () => {
    for (const r of catalog.routines) expect(r.description, r.id).toMatch(/why/i);
  });
});
