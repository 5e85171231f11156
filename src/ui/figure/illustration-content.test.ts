import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { illustrationSchema } from '@/content/illustration-schema';
import { framesOf } from './pose-frames';
import { FLOOR_Y, HEAD_RADIUS, jointsOf } from './pose-geometry';

// Guards hand edits to content/illustrations: every figure, in every animation frame, stays inside
// the viewBox and on or above the floor. Judging whether it *looks* right is for the contact sheet
// (scripts/figure-sheet.mjs).
const dir = resolve('content/illustrations');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const LIMB_HALF_WIDTH = 3.5;
/** Slack for a limb resting on the floor: its stroke may just touch the floor line. */
const FLOOR_SLACK = 1;

describe('content/illustrations', () => {
  it('has files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s stays in the picture and above the floor', (file) => {
    const illustration = illustrationSchema.parse(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
    const problems: string[] = [];
    framesOf(illustration, 7).forEach((pose, frame) => {
      for (const [name, [x, y]] of Object.entries(jointsOf(pose, illustration.view))) {
        const pad = name === 'head' ? HEAD_RADIUS : LIMB_HALF_WIDTH;
        if (x - pad < 0 || x + pad > 240 || y - pad < 0 || y + pad > 160) problems.push(`frame ${frame}: ${name} outside`);
        if (illustration.view !== 'top' && y + pad > FLOOR_Y + FLOOR_SLACK) {
          problems.push(`frame ${frame}: ${name} below the floor at y ${y.toFixed(1)}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });
});
