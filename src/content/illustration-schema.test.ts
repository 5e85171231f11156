import { describe, expect, it } from 'vitest';
import { lyingOnTheBack } from '../../tests/fixtures/lying-pose';
import { illustrationSchema } from './illustration-schema';

const pose = lyingOnTheBack;
const figure = (thumbnail: unknown, inset?: unknown) => ({
  view: 'top',
  caption: 'Seen from above: lying on the back, feet turning out.',
  keyframes: [pose, { ...pose, nearFoot: 50 }],
  thumbnail,
  ...(inset ? { inset } : {}),
});
const messagesOf = (input: unknown) => {
  const result = illustrationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('illustration thumbnail.also (docs/decisions/014)', () => {
  it('accepts a second still that is another keyframe, or the inset camera', () => {
    expect(messagesOf(figure({ focus: ['hip'], also: { keyframe: 1 } }))).toEqual([]);
    expect(messagesOf(figure({ focus: ['hip'], also: { inset: true, stack: true } }, { view: 'side', keyframes: [pose] }))).toEqual([]);
  });

  it.each([
    [{ keyframe: 0 }, 'thumbnail.also.keyframe: "keyframe" must be a pose other than the key frame, 1 to 1'],
    [{ keyframe: 2 }, 'thumbnail.also.keyframe: "keyframe" must be a pose other than the key frame, 1 to 1'],
    [{}, 'thumbnail.also.keyframe: "keyframe" must be a pose other than the key frame, 1 to 1'],
    [{ inset: true }, 'thumbnail.also.inset: there is no "inset" to show'],
  ])('refuses %j with a message that names the field', (also, message) => {
    expect(messagesOf(figure({ focus: ['hip'], also }))).toEqual([message]);
  });

  it('refuses an inset pose that is not there', () => {
    expect(messagesOf(figure({ focus: ['hip'], also: { inset: true, keyframe: 1 } }, { view: 'side', keyframes: [pose] }))).toEqual([
      `thumbnail.also.keyframe: "keyframe" must be one of the inset's poses, 0 to 0`,
    ]);
  });
});
