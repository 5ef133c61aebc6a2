import { describe, expect, it } from 'vitest';
import { assignOneToOne, type WeightedPair } from './assign.js';

const pair = (left: number, right: number, weight: number, group = 0): WeightedPair => ({ left, right, weight, group });

describe('one-to-one assignment', () => {
  it('takes the strongest pair first and each record only once', () => {
    const pairs = [pair(0, 0, 10), pair(0, 1, 12), pair(1, 1, 11), pair(1, 0, 3)];
    // (0,1) is strongest; then (1,1) and (0,0) are blocked; (1,0) remains.
    expect(assignOneToOne(pairs)).toEqual([false, true, false, true]);
  });

  it('lets a leaver have one registration per school', () => {
    const pairs = [pair(0, 0, 20, 0), pair(0, 1, 19, 1), pair(0, 2, 18, 1)];
    expect(assignOneToOne(pairs)).toEqual([true, true, false]);
  });

  it('breaks ties by position, whatever the input order', () => {
    const pairs = [pair(1, 0, 5), pair(0, 0, 5)];
    expect(assignOneToOne(pairs)).toEqual([false, true]);
    expect(assignOneToOne([...pairs].reverse())).toEqual([true, false]);
  });

  it('handles no pairs', () => {
    expect(assignOneToOne([])).toEqual([]);
  });
});
