/**
 * The split of the placed people and its break-even share (src/model/split.ts), and the
 * per-person placements every split is evaluated with (placementsPerPerson). docs/model.md, "The
 * split and its break-even", states what is checked here: the verdict flips exactly once along
 * the split, at the break-even share, which exists exactly when some split is net positive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceOf,
  calculate,
  fieldAfter,
  placements,
  placementsOf,
  placementsPerPerson,
  verdictAt,
  type VerdictOutcome,
} from '../../src/model/calculate';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { sharesTotal } from '../../src/model/shares';
import {
  breakEvenCapabilitiesShare,
  capabilitiesShareOfPlaced,
  cohortShareOfPlacedShare,
  sharesAtCapabilitiesShare,
  splitBasis,
} from '../../src/model/split';
import { validScenario } from './arbitraries';

const RUNS = { numRuns: 1_000 } as const;
const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

/** Per-person placements of scenario `s` moved along its split to `capShare` % in capabilities. */
function alongSplit(s: Scenario, capShare: number) {
  return placementsPerPerson(s, sharesAtCapabilitiesShare(splitBasis(s), capShare));
}

function outcomeAlongSplit(s: Scenario, n: number, capShare: number): VerdictOutcome {
  const p = alongSplit(s, capShare);
  return verdictAt(n, p.newSafety, p.newCapabilities).outcome;
}

/**
 * Scenarios with the judgement calls often at their edges (weight 0 or 100, non-generalizing 0,
 * 100, or just either side of N / (N + 1) where no split is net positive any more).
 */
const judgedScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    validScenario,
    fc.constantFrom('as is', 'weight 0', 'weight 100', 'nonGen 100', 'nonGen at the edge'),
    fc.integer({ min: -2, max: 2 }),
  )
  .map(([s, edge, tenths]) => {
    switch (edge) {
      case 'weight 0':
        return { ...s, indepWeight: 0 };
      case 'weight 100':
        return { ...s, indepWeight: 100 };
      case 'nonGen 100':
        return { ...s, nonGen: 100 };
      case 'nonGen at the edge': {
        const edgeValue = (100 * s.neutral) / (s.neutral + 1);
        const nonGen = Math.min(100, Math.max(0, Math.round(edgeValue * 10 + tenths) / 10));
        return { ...s, nonGen };
      }
      default:
        return s;
    }
  });

describe('per-person placements', () => {
  it('add up to one person: new safety + new capabilities + other + discounted independents', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const p = placementsPerPerson(s);
        const discounted = (s.toIndep / 100) * (1 - s.indepWeight / 100);
        expect(p.newSafety + p.newCapabilities + p.other + discounted).toBeCloseTo(1, 12);
      }),
      RUNS,
    );
  });

  it('scaled by the cohort give the placements of the whole cohort', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const perPerson = placementsPerPerson(s);
        const whole = placements(s);
        for (const key of ['counted', 'newSafety', 'newCapabilities', 'other'] as const) {
          expect(Math.abs(whole[key] - s.cohort * perPerson[key])).toBeLessThanOrEqual(
            1e-12 * Math.max(1, whole[key]),
          );
        }
      }),
      RUNS,
    );
  });

  it('give the headline balance and verdicts for every cohort size above 0', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        fc.pre(s.cohort > 0);
        const p = placementsPerPerson(s);
        const r = calculate(s);
        expect(balanceOf(p.newSafety, p.newCapabilities).kind).toBe(r.balance.kind);
        for (const v of [r.verdictAt10, r.verdictAt100, r.verdictAtUser]) {
          expect(verdictAt(v.n, p.newSafety, p.newCapabilities).outcome).toBe(v.outcome);
        }
      }),
      RUNS,
    );
  });
});

describe('the split of the placed people', () => {
  it("moving to the scenario's own capabilities share gives back its shares", () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const capShare = capabilitiesShareOfPlaced(s);
        fc.pre(capShare !== null);
        const shares = sharesAtCapabilitiesShare(splitBasis(s), capShare ?? 0);
        expect(shares.toSafety).toBeCloseTo(s.toSafety, 9);
        expect(shares.toIndep).toBeCloseTo(s.toIndep, 9);
        expect(shares.toCap).toBeCloseTo(s.toCap, 9);
        expect(cohortShareOfPlacedShare(capShare ?? 0, sharesTotal(s))).toBeCloseTo(s.toCap, 9);
      }),
      RUNS,
    );
  });

  it('keeps the total placed and the safety / independent mix, at any capabilities share', () => {
    fc.assert(
      fc.property(validScenario, fc.double({ min: 0, max: 100, noNaN: true }), (s, capShare) => {
        const basis = splitBasis(s);
        const shares = sharesAtCapabilitiesShare(basis, capShare);
        expect(sharesTotal(shares)).toBeCloseTo(basis.placed, 9);
        expect(capabilitiesShareOfPlaced(shares)).toBeCloseTo(capShare, 9);
        const nonCap = shares.toSafety + shares.toIndep;
        if (nonCap > 1e-9) expect(shares.toSafety / nonCap).toBeCloseTo(basis.safetyMix, 9);
      }),
      RUNS,
    );
  });

  it('has no capabilities share when nobody is placed, and then shows a fully placed cohort', () => {
    const nobody = scenario({ toSafety: 0, toIndep: 0, toCap: 0 });
    expect(capabilitiesShareOfPlaced(nobody)).toBeNull();
    expect(splitBasis(nobody)).toEqual({
      placed: 100,
      safetyMix: 1,
      hypothetical: true,
      mixAssumed: true,
    });
  });

  it('never raises safety per capabilities as the capabilities share grows', () => {
    fc.assert(
      fc.property(
        validScenario,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (s, x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const a = alongSplit(s, low);
          const b = alongSplit(s, high);
          // safety_a / cap_a ≥ safety_b / cap_b, cross-multiplied so that 0 is allowed.
          const lhs = a.newSafety * b.newCapabilities;
          const rhs = b.newSafety * a.newCapabilities;
          expect(lhs).toBeGreaterThanOrEqual(rhs - 1e-12 * Math.max(lhs, rhs, 1e-300));
        },
      ),
      RUNS,
    );
  });
});

describe('the break-even share', () => {
  it('puts the new researchers at exactly 1 : N', () => {
    fc.assert(
      fc.property(judgedScenario, (s) => {
        const share = breakEvenCapabilitiesShare(s, s.neutral);
        fc.pre(share !== null);
        const p = alongSplit(s, share ?? 0);
        expect(p.newSafety * s.neutral).toBeCloseTo(p.newCapabilities, 9);
        expect(verdictAt(s.neutral, p.newSafety, p.newCapabilities).outcome).toBe('net-neutral');
      }),
      RUNS,
    );
  });

  it('is where the verdict flips: net positive just below it, net negative just above', () => {
    fc.assert(
      fc.property(judgedScenario, (s) => {
        const share = breakEvenCapabilitiesShare(s, s.neutral);
        fc.pre(share !== null);
        const at = share ?? 0;
        expect(at).toBeGreaterThan(0);
        expect(at).toBeLessThan(100);
        expect(outcomeAlongSplit(s, s.neutral, at * (1 - 1e-3))).toBe('net-positive');
        expect(outcomeAlongSplit(s, s.neutral, at + (100 - at) * 1e-3)).toBe('net-negative');
      }),
      RUNS,
    );
  });

  it('splits the whole axis: every share below it is net positive, every share above negative', () => {
    fc.assert(
      fc.property(judgedScenario, fc.double({ min: 0, max: 100, noNaN: true }), (s, capShare) => {
        const share = breakEvenCapabilitiesShare(s, s.neutral);
        const outcome = outcomeAlongSplit(s, s.neutral, capShare);
        if (share === null) {
          expect(outcome).not.toBe('net-positive');
          return;
        }
        if (capShare <= share * (1 - 1e-3)) expect(outcome).toBe('net-positive');
        if (capShare >= share + (100 - share) * 1e-3) expect(outcome).toBe('net-negative');
      }),
      RUNS,
    );
  });

  it('is null exactly when the best split, nobody in capabilities, is not net positive', () => {
    fc.assert(
      fc.property(judgedScenario, (s) => {
        const best = outcomeAlongSplit(s, s.neutral, 0);
        expect(breakEvenCapabilitiesShare(s, s.neutral) === null).toBe(best !== 'net-positive');
      }),
      RUNS,
    );
  });

  it('moves the way each judgement pushes: up with N and the weight, down with nonGen', () => {
    const shareOr0 = (s: Scenario, n: number) => breakEvenCapabilitiesShare(s, n) ?? 0;
    fc.assert(
      fc.property(judgedScenario, judgedScenario, (s, t) => {
        const [nLow, nHigh] = [s.neutral, t.neutral].sort((a, b) => a - b) as [number, number];
        expect(shareOr0(s, nHigh)).toBeGreaterThanOrEqual(shareOr0(s, nLow) - 1e-9);
        const [gLow, gHigh] = [s.nonGen, t.nonGen].sort((a, b) => a - b) as [number, number];
        expect(shareOr0({ ...s, nonGen: gHigh }, s.neutral)).toBeLessThanOrEqual(
          shareOr0({ ...s, nonGen: gLow }, s.neutral) + 1e-9,
        );
        const [wLow, wHigh] = [s.indepWeight, t.indepWeight].sort((a, b) => a - b) as [
          number,
          number,
        ];
        expect(shareOr0({ ...s, indepWeight: wHigh }, s.neutral)).toBeGreaterThanOrEqual(
          shareOr0({ ...s, indepWeight: wLow }, s.neutral) - 1e-9,
        );
      }),
      RUNS,
    );
  });

  // Cohort size is not even an argument; how many of the cohort are placed is, through the shares.
  it('does not depend on how many of the cohort are placed, only on their mix', () => {
    fc.assert(
      fc.property(judgedScenario, fc.integer({ min: 1, max: 10 }), (s, k) => {
        const share = breakEvenCapabilitiesShare(s, s.neutral);
        // Every share divided by k: fewer placed, same mix, same break-even share.
        const fewer = {
          ...s,
          toSafety: s.toSafety / k,
          toIndep: s.toIndep / k,
          toCap: s.toCap / k,
        };
        const scaled = breakEvenCapabilitiesShare(fewer, s.neutral);
        if (share === null) expect(scaled).toBeNull();
        else expect(scaled).toBeCloseTo(share, 9);
      }),
      RUNS,
    );
  });
});

describe("the thread's and the surveys' numbers", () => {
  const SURVEY = { toSafety: 49, toIndep: 29, toCap: 1.4 };
  const LONGITUDINAL = { toSafety: 80, toIndep: 0, toCap: 10 };

  it('the illustration: 10,000 : 1,000 with a 500 / 500 cohort of 1,000 becomes 7 : 1', () => {
    const p = placements(DEFAULT_SCENARIO);
    expect([p.newSafety, p.newCapabilities]).toEqual([500, 500]);
    expect(fieldAfter(DEFAULT_SCENARIO, p)).toEqual({
      capabilities: 10_500,
      safety: 1_500,
      capabilitiesPerSafety: 7,
    });
    expect(placementsPerPerson(DEFAULT_SCENARIO)).toEqual({
      counted: 0.5,
      newSafety: 0.5,
      newCapabilities: 0.5,
      other: 0,
    });
  });

  // Break-even shares: p = k / (1 + k), k = w·((1 − g)·N − g) (docs/model.md).
  it.each([
    // name, changes, N, capabilities share of placed (%), safety per capabilities, break-even (%)
    ['illustration, 500 / 500', {}, 100, 50, 1, 100 * (100 / 101)],
    ['illustration at 1 : 10', {}, 10, 50, 1, 100 * (10 / 11)],
    ['illustration at 1 : 1', {}, 1, 50, 1, 50],
    [
      'survey 49 / 29 / 1.4 %, independents counted',
      SURVEY,
      100,
      140 / 79.4,
      78 / 1.4,
      100 * (100 / 101),
    ],
    // w = 49 / 78 (independents ignored): k = 6,282.05… / 100 at N = 100, the thread's 35 : 1.
    [
      'survey, independents ignored',
      { ...SURVEY, indepWeight: 0 },
      100,
      140 / 79.4,
      35,
      (100 * 4900) / (4900 + 78),
    ],
    [
      'survey at 1 : 10, independents ignored',
      { ...SURVEY, indepWeight: 0 },
      10,
      140 / 79.4,
      35,
      (100 * 490) / (490 + 78),
    ],
    ['longitudinal 80 / 10 %, 8 : 1', LONGITUDINAL, 10, 100 / 9, 8, 100 * (10 / 11)],
    // Non-generalizing 90.9 % at 1 : 10: k = 0.091 × 10 − 0.909 = 0.001.
    ['nonGen 90.9 % at 1 : 10', { nonGen: 90.9 }, 10, 50, 0.0455 / 0.9545, 100 * (0.001 / 1.001)],
    ['nonGen 90.9 % at 1 : 100', { nonGen: 90.9 }, 100, 50, 0.0455 / 0.9545, 100 * (8.191 / 9.191)],
    ['nonGen 91 % at 1 : 10: none', { nonGen: 91 }, 10, 50, 0.045 / 0.955, null],
    ['nonGen 100 %: none', { nonGen: 100 }, 100, 50, null, null],
    [
      'only independents, weighted 0: none',
      { toSafety: 0, toIndep: 60, toCap: 0, indepWeight: 0 },
      100,
      0,
      null,
      null,
    ],
    // The line assumes safety roles where the scenario has no non-capabilities placements.
    ['all capabilities', { toSafety: 0, toCap: 100 }, 100, 100, null, 100 * (100 / 101)],
    ['empty cohort', { cohort: 0 }, 100, 50, 1, 100 * (100 / 101)],
    ['nobody placed', { toSafety: 0, toIndep: 0, toCap: 0 }, 100, null, null, 100 * (100 / 101)],
  ] as const)('%s', (_name, changes, n, capShare, safetyPerCap, breakEven) => {
    const s = scenario(changes);
    const share = capabilitiesShareOfPlaced(s);
    if (capShare === null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(capShare, 9);
    const p = placementsPerPerson(s);
    const balance = balanceOf(p.newSafety, p.newCapabilities);
    if (safetyPerCap === null) expect(balance.kind).not.toBe('both');
    else expect(balance).toMatchObject({ kind: 'both' });
    if (balance.kind === 'both' && safetyPerCap !== null) {
      expect(balance.safetyPerCapabilities).toBeCloseTo(safetyPerCap, 9);
    }
    const result = breakEvenCapabilitiesShare(s, n);
    if (breakEven === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(breakEven, 9);
  });

  it('the whole cohort and one person give the same ratio, so the chart can use either', () => {
    for (const changes of [SURVEY, LONGITUDINAL, {}]) {
      const s = scenario(changes);
      const whole = placementsOf(s, { ...s, cohort: 1_000 });
      const one = placementsPerPerson(s);
      expect(whole.newSafety / whole.newCapabilities).toBeCloseTo(
        one.newSafety / one.newCapabilities,
        12,
      );
    }
  });
});
