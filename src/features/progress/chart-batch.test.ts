import { describe, expect, it } from 'vitest';
import { scheduleDraw } from './chart-batch';

describe('scheduleDraw', () => {
  it('runs every chart’s read before any chart’s write, once, after the current task', async () => {
    const log: string[] = [];
    for (const name of ['a', 'b', 'c'])
      scheduleDraw(() => {
        log.push(`read ${name}`);
        return () => log.push(`write ${name}`);
      });
    expect(log).toEqual([]);
    await Promise.resolve();
    expect(log).toEqual(['read a', 'read b', 'read c', 'write a', 'write b', 'write c']);
  });

  it('a chart scheduled after a flush gets a flush of its own', async () => {
    const log: string[] = [];
    scheduleDraw(() => () => log.push('first'));
    await Promise.resolve();
    scheduleDraw(() => () => log.push('second'));
    await Promise.resolve();
    expect(log).toEqual(['first', 'second']);
  });
});
