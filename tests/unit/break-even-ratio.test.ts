/**
 * The break-even ratio (src/model/break-even-ratio.ts) and its texts (src/format/break-even.ts):
 * R = new capabilities ÷ new safety, net positive at 1 : N exactly when R < N (docs/model.md,
 * "The break-even ratio").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenRatio, type BreakEvenRatio } from '../../src/model/break-even-ratio';
import { calculate, placements, verdictAt } from '../../src/model/calculate';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import { breakEvenRatioDetail, formatBreakEvenRatio } from '../../src/format/break-even';
import { validScenario } from './arbitraries';

const RUNS = { numRuns: 2_000 } as const;
const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });
const ratioOf = (s: Scenario): BreakEvenRatio => breakEvenRatio(placements(s));

describe('the break-even ratio', () => {
  it.each([
    ["the thread's illustration (defaults)", scenario({}), '1 : 1'],
    ['no safety placements', scenario({ toSafety: 0, toIndep: 0 }), 'never'],
    [
      'independents only, counted as nothing',
      scenario({ toSafety: 0, toIndep: 50, indepWeight: 0 }),
      'never',
    ],
    ['all safety work non-generalizing', scenario({ nonGen: 100 }), 'never'],
    ['no capabilities placements', scenario({ toCap: 0 }), 'any'],
    ['an empty cohort', scenario({ cohort: 0 }), 'no one placed'],
    ['everyone "other"', scenario({ toSafety: 0, toCap: 0 }), 'no one placed'],
    ['longitudinal data, 80 / 10 %', scenario({ toSafety: 80, toCap: 10 }), '1 : 0.125'],
    [
      'survey, independents counted',
      scenario({ toSafety: 49, toIndep: 29, toCap: 1.4 }),
      '1 : 0.0179',
    ],
    ['half non-generalizing', scenario({ nonGen: 50 }), '1 : 3'],
  ])('%s: %s', (_name, s, text) => {
    expect(formatBreakEvenRatio(ratioOf(s), s.neutral)).toBe(text);
  });

  it('never prints NaN or Infinity, and its detail names the case', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const be = ratioOf(s);
        const text = formatBreakEvenRatio(be, s.neutral) + breakEvenRatioDetail(be);
        expect(text).not.toMatch(/NaN|Infinity|n\/a/);
        if (be.kind === 'ratio') expect(Number.isFinite(be.r) && be.r > 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('is written with the digits that tell it from your own ratio', () => {
    const s = scenario({ toSafety: 50.1, toCap: 49.9, nonGen: 0 });
    // R = 49.9 / 50.1 = 0.996…; at your N = 1 it must not read "1 : 1".
    expect(formatBreakEvenRatio(ratioOf(s), 1)).toBe('1 : 0.996');
    const close = { kind: 'ratio', r: 99.96 } as const;
    expect(formatBreakEvenRatio(close, 100)).toBe('1 : 99.96');
  });

  it('agrees with the verdicts: net positive at 1 : N exactly when R < N', () => {
    const anyN = fc.oneof(
      fc.integer({ min: 10, max: 10_000 }).map((tenths) => tenths / 10),
      fc.constantFrom(1, 10, 100, 1_000),
    );
    fc.assert(
      fc.property(validScenario, anyN, (s, n) => {
        const p = placements(s);
        const be = breakEvenRatio(p);
        const outcome = verdictAt(n, p.newSafety, p.newCapabilities).outcome;
        switch (be.kind) {
          case 'none':
            expect(outcome).toBe('net-neutral');
            break;
          case 'any':
            expect(outcome).toBe('net-positive');
            break;
          case 'never':
            expect(outcome).toBe('net-negative');
            break;
          case 'ratio':
            // calculate.ts calls a relative 1e-9 of break-even neutral (decimal shares carry noise).
            if (Math.abs(be.r - n) <= 1e-9 * Math.max(be.r, n)) {
              expect(outcome).toBe('net-neutral');
            } else {
              expect(outcome === 'net-positive').toBe(be.r < n);
            }
        }
      }),
      RUNS,
    );
  });

  it("is the headline's capabilities per 100 safety ÷ 100 and decides every preset's verdict", () => {
    for (const preset of PRESETS) {
      const s = preset.scenario;
      const be = ratioOf(s);
      const results = calculate(s);
      if (be.kind !== 'ratio' || results.balance.kind !== 'both') throw new Error(preset.id);
      expect(be.r).toBeCloseTo(results.balance.capabilitiesPer100Safety / 100, 12);
      expect(results.verdictAtUser.outcome).toBe(
        be.r < s.neutral ? 'net-positive' : 'net-negative',
      );
    }
  });
});
