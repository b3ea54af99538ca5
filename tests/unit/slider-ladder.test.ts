import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_SPECS, normaliseInputValue, type InputKey } from '../../src/model/inputs';
import {
  decadeLadder,
  ladderFromRuns,
  LADDERS,
  markFraction,
  nearestRung,
} from '../../src/ui/slider-ladder';

const entries = Object.entries(LADDERS) as [InputKey, NonNullable<(typeof LADDERS)[InputKey]>][];

describe('slider ladders', () => {
  it.each(entries)(
    '%s: rungs increase strictly, span the range, hold the default and are exact values',
    (key, ladder) => {
      const spec = INPUT_SPECS[key];
      expect(spec.scale).toBe('ladder');
      expect(ladder.rungs[0]).toBe(spec.min);
      expect(ladder.rungs[ladder.rungs.length - 1]).toBe(spec.max);
      expect(ladder.rungs).toContain(spec.defaultValue);
      for (const [index, rung] of ladder.rungs.entries()) {
        if (index > 0) expect(rung).toBeGreaterThan(ladder.rungs[index - 1] ?? Infinity);
        // A rung is a value the input can hold, so moving the slider sets exactly what it shows.
        expect(normaliseInputValue(key, rung)).toBe(rung);
      }
      for (const mark of ladder.marks) expect(ladder.rungs).toContain(mark);
    },
  );

  it('Cohort size spends well over half its track on 10–2,000 people', () => {
    const rungs = LADDERS.cohort?.rungs ?? [];
    const last = rungs.length - 1;
    const span = nearestRung(rungs, 2_000) - nearestRung(rungs, 10);
    expect(span / last).toBeGreaterThan(0.7);
    // Every person up to 20, then 25, 30, … and never a step above 10 % of the value past 20.
    expect(rungs.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, k) => k));
    for (let index = 21; index < rungs.length; index += 1) {
      const step = (rungs[index] ?? 0) - (rungs[index - 1] ?? 0);
      expect(step / (rungs[index - 1] ?? 1)).toBeLessThanOrEqual(0.25);
    }
    expect(rungs).toEqual(expect.arrayContaining([50, 100, 150, 200, 250, 300, 500, 1_000]));
  });

  it('the net-neutral ratio marks 1 : 10 and 1 : 100 at a third and two thirds of the track', () => {
    const ladder = LADDERS.neutral;
    expect(ladder?.marks).toEqual([10, 100]);
    if (!ladder) return;
    expect(markFraction(ladder, 10)).toBeCloseTo(1 / 3);
    expect(markFraction(ladder, 100)).toBeCloseTo(2 / 3);
  });

  it('nearestRung finds the closest rung, the lower one on a tie, and clamps outside', () => {
    const rungs = [0, 1, 2, 5, 10];
    expect(nearestRung(rungs, 0)).toBe(0);
    expect(nearestRung(rungs, 3.4)).toBe(2);
    expect(nearestRung(rungs, 3.5)).toBe(2);
    expect(nearestRung(rungs, 3.6)).toBe(3);
    expect(nearestRung(rungs, 7.5)).toBe(3);
    expect(nearestRung(rungs, -4)).toBe(0);
    expect(nearestRung(rungs, 1e9)).toBe(4);
    expect(nearestRung(rungs, Infinity)).toBe(4);
    expect(nearestRung(rungs, Number.NaN)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 20, noNaN: true }), (value) => {
        const index = nearestRung(rungs, value);
        const best = Math.min(...rungs.map((rung) => Math.abs(rung - value)));
        expect(Math.abs((rungs[index] ?? Infinity) - value)).toBe(best);
      }),
    );
  });

  it('builds ladders without binary noise or repeats', () => {
    expect(
      ladderFromRuns([
        { from: 0, to: 0.3, step: 0.1 },
        { from: 0.3, to: 1, step: 0.35 },
      ]),
    ).toEqual([0, 0.1, 0.2, 0.3, 0.65, 1]);
    expect(decadeLadder(0.1, 10, [1, 1.5, 3])).toEqual([0.1, 0.15, 0.3, 1, 1.5, 3, 10]);
  });
});
