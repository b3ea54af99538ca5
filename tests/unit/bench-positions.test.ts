/**
 * The positions the benchmark moves a slider to (scripts/bench/slider-inputs.mjs): `count` of
 * them inside 5–95 % of the track, on its steps, never the same position twice in a row, and on
 * a track with fewer steps than that (the net-neutral ratio's ladder) swept again.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript module of the benchmark, without types
import { plannedPositions } from '../../scripts/bench/slider-inputs.mjs';

const plan = plannedPositions as (
  track: { min: number; max: number; step: number },
  count: number,
) => number[];

function noRepeats(positions: readonly number[]): boolean {
  return positions.every((position, index) => index === 0 || position !== positions[index - 1]);
}

describe('the benchmark plans', () => {
  it('40 distinct positions on a fine track, within 5–95 % and on its steps', () => {
    const positions = plan({ min: 0, max: 1000, step: 1 }, 40);
    expect(positions).toHaveLength(40);
    expect(new Set(positions).size).toBe(40);
    for (const position of positions) {
      expect(position).toBeGreaterThanOrEqual(50);
      expect(position).toBeLessThanOrEqual(950);
      expect(Number.isInteger(position)).toBe(true);
    }
  });

  it('40 moves on a coarse track too, sweeping its positions back and forth', () => {
    // A ladder of 24 rungs has about 20 inside 5–95 % of its track.
    const positions = plan({ min: 0, max: 23, step: 1 }, 40);
    expect(positions).toHaveLength(40);
    expect(noRepeats(positions)).toBe(true);
    expect(new Set(positions).size).toBeLessThan(24);
  });

  it('alternates between two positions, and never repeats the only one', () => {
    const two = plan({ min: 0, max: 1, step: 1 }, 40);
    expect(two).toHaveLength(40);
    expect(noRepeats(two)).toBe(true);
    expect(plan({ min: 5, max: 5, step: 1 }, 40)).toEqual([5]);
  });
});
