/**
 * Properties the model must keep for every valid scenario (each input inside its range at its
 * precision, the three placement shares summing to at most 100 %). See docs/model.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculate,
  verdictAt,
  type NewResearchersBalance,
  type Results,
  type Verdict,
} from '../../src/model/calculate';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  normaliseInputValue,
  roundToPrecision,
  SHARE_KEYS,
  type InputKey,
  type Scenario,
  type ShareKey,
} from '../../src/model/inputs';
import { otherShare, scaleSharesToFit, setShare, sharesTotal } from '../../src/model/shares';

const RUNS = { numRuns: 1_000 } as const;

type Shares = Record<ShareKey, number>;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** A value of one input: in [min, max], a multiple of its precision; edges and log spread often. */
function inputValue(key: InputKey): fc.Arbitrary<number> {
  const spec = INPUT_SPECS[key];
  const steps = Math.round((spec.max - spec.min) / spec.precision);
  const uniform = fc
    .integer({ min: 0, max: steps })
    .map((i) => roundToPrecision(spec.min + i * spec.precision, spec.precision));
  const edges = fc.constantFrom(spec.min, spec.max, spec.defaultValue);
  const lowMin = Math.log10(Math.max(spec.min, spec.precision));
  const logSpread = fc
    .double({ min: lowMin, max: Math.log10(spec.max), noNaN: true })
    .map((e) => normaliseInputValue(key, 10 ** e) ?? spec.min);
  return fc.oneof(uniform, edges, logSpread);
}

/** One share in tenths of a percent (0–1000), with 0 and whole percents common. */
const shareTenths = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: 100 }).map((p) => p * 10),
);

/** Three shares (percent, multiples of 0.1) that sum to at most 100. */
const validShares: fc.Arbitrary<Shares> = fc
  .tuple(shareTenths, shareTenths, shareTenths)
  .map(([a, b, c]) => {
    const total = a + b + c;
    const fit = (x: number) => (total > 1_000 ? Math.floor((x * 1_000) / total) : x);
    return { toSafety: fit(a) / 10, toIndep: fit(b) / 10, toCap: fit(c) / 10 };
  });

/** Any three shares in [0, 100] at 0.1 precision; their sum may pass 100 (links, imports). */
const anyShares: fc.Arbitrary<Shares> = fc
  .tuple(shareTenths, shareTenths, shareTenths)
  .map(([a, b, c]) => ({ toSafety: a / 10, toIndep: b / 10, toCap: c / 10 }));

const validScenario: fc.Arbitrary<Scenario> = fc
  .record({
    cap: inputValue('cap'),
    saf: inputValue('saf'),
    cohort: inputValue('cohort'),
    indepWeight: inputValue('indepWeight'),
    nonGen: inputValue('nonGen'),
    neutral: inputValue('neutral'),
    shares: validShares,
  })
  .map(({ shares, ...rest }) => ({ ...DEFAULT_SCENARIO, ...rest, ...shares }));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function tenths(x: number): number {
  return Math.round(x * 10);
}

function isValid(s: Scenario): boolean {
  return (
    INPUT_KEYS.every((key) => normaliseInputValue(key, s[key]) === s[key]) &&
    SHARE_KEYS.reduce((sum, key) => sum + tenths(s[key]), 0) <= 1_000
  );
}

/** Safety per capabilities as an ordered number; undefined when nothing is placed. */
function safetyPerCapabilities(b: NewResearchersBalance): number | undefined {
  switch (b.kind) {
    case 'none':
      return undefined;
    case 'all-safety':
      return Number.POSITIVE_INFINITY;
    case 'all-capabilities':
      return 0;
    case 'both':
      return b.safetyPerCapabilities;
  }
}

const OUTCOME_RANK: Record<Verdict['outcome'], number> = {
  'net-negative': -1,
  'net-neutral': 0,
  'net-positive': 1,
};

function verdicts(r: Results): Verdict[] {
  return [r.verdictAt10, r.verdictAt100, r.verdictAtUser];
}

/** Every number anywhere inside a value. */
function numbersIn(value: unknown, path = 'results'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

function closeRel(actual: number, expected: number, rel: number, abs = 1e-12): boolean {
  return Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected)) + abs;
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('the generators', () => {
  it('produce only valid scenarios', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(isValid(s)).toBe(true);
        expect(sharesTotal(s)).toBeLessThanOrEqual(100 + 1e-9);
      }),
      RUNS,
    );
  });
});

describe('(a) a larger capabilities share, taken from "other", never helps', () => {
  const withRoom = validScenario
    .filter((s) => otherShare(s) > 0)
    .chain((s) =>
      fc
        .integer({ min: 1, max: tenths(otherShare(s)) })
        .map((d) => [s, { ...s, toCap: roundToPrecision(s.toCap + d / 10, 0.1) }] as const),
    );

  it('keeps the scenario valid and the other two shares fixed', () => {
    fc.assert(
      fc.property(withRoom, ([before, after]) => {
        expect(isValid(after)).toBe(true);
        expect(after.toCap).toBeGreaterThan(before.toCap);
        expect(after.toSafety).toBe(before.toSafety);
        expect(after.toIndep).toBe(before.toIndep);
      }),
      RUNS,
    );
  });

  it('never raises safety per capabilities, net impact or the verdict', () => {
    fc.assert(
      fc.property(withRoom, ([before, after]) => {
        const r0 = calculate(before);
        const r1 = calculate(after);
        expect(r1.placements.newSafety).toBe(r0.placements.newSafety);
        expect(r1.placements.newCapabilities).toBeGreaterThanOrEqual(r0.placements.newCapabilities);
        const ratio0 = safetyPerCapabilities(r0.balance);
        const ratio1 = safetyPerCapabilities(r1.balance);
        if (ratio0 !== undefined) {
          expect(ratio1).toBeDefined();
          expect(ratio1 ?? Number.NaN).toBeLessThanOrEqual(ratio0);
        }
        const v0 = verdicts(r0);
        const v1 = verdicts(r1);
        v0.forEach((v, i) => {
          const w = v1[i];
          if (!w) throw new Error('missing verdict');
          expect(w.netImpact).toBeLessThanOrEqual(v.netImpact);
          expect(OUTCOME_RANK[w.outcome]).toBeLessThanOrEqual(OUTCOME_RANK[v.outcome]);
        });
      }),
      RUNS,
    );
  });
});

describe('(b) an empty cohort', () => {
  it('leaves the field unchanged and every verdict net neutral', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const r = calculate({ ...s, cohort: 0 });
        expect(r.fieldAfter).toEqual(r.fieldNow);
        expect(r.balance).toEqual({ kind: 'none' });
        for (const v of verdicts(r)) {
          expect(v.outcome).toBe('net-neutral');
          expect(v.netImpact).toBe(0);
          expect(v.margin).toEqual({ kind: 'none' });
        }
      }),
      RUNS,
    );
  });
});

describe('(c) scaling the cohort by k > 0', () => {
  const k = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

  it('keeps the new researchers ratio and scales net impact by k', () => {
    fc.assert(
      fc.property(validScenario, k, (s, factor) => {
        const r0 = calculate(s);
        const r1 = calculate({ ...s, cohort: s.cohort * factor });
        expect(r1.balance.kind).toBe(r0.balance.kind);
        if (r0.balance.kind === 'both' && r1.balance.kind === 'both') {
          const a = r0.balance.safetyPerCapabilities;
          const b = r1.balance.safetyPerCapabilities;
          expect(closeRel(b, a, 1e-12)).toBe(true);
        }
        const p = r0.placements;
        verdicts(r0).forEach((v, i) => {
          const w = verdicts(r1)[i];
          if (!w) throw new Error('missing verdict');
          // Net impact within a relative 1e-9 of break-even reads as exactly 0, so allow that.
          const size = factor * (p.newSafety + p.newCapabilities / v.n);
          expect(Math.abs(w.netImpact - factor * v.netImpact)).toBeLessThanOrEqual(
            1e-8 * size + 1e-12,
          );
        });
      }),
      RUNS,
    );
  });
});

describe('(d) each verdict flips exactly at new safety × N = new capabilities', () => {
  const bothSides = validScenario.filter((s) => {
    const p = calculate(s).placements;
    return p.newSafety > 0 && p.newCapabilities > 0;
  });

  it('net neutral at N = new capabilities / new safety, positive just above, negative just below', () => {
    fc.assert(
      fc.property(bothSides, (s) => {
        const { newSafety, newCapabilities } = calculate(s).placements;
        const n = newCapabilities / newSafety;

        const atEven = verdictAt(n, newSafety, newCapabilities);
        expect(atEven.outcome).toBe('net-neutral');
        expect(atEven.netImpact).toBe(0);

        const above = verdictAt(n * (1 + 1e-6), newSafety, newCapabilities);
        expect(above.outcome).toBe('net-positive');
        expect(above.netImpact).toBeGreaterThan(0);

        const below = verdictAt(n * (1 - 1e-6), newSafety, newCapabilities);
        expect(below.outcome).toBe('net-negative');
        expect(below.netImpact).toBeLessThan(0);

        // The same through calculate(), with N as the user's net-neutral ratio.
        expect(calculate({ ...s, neutral: n }).verdictAtUser.outcome).toBe('net-neutral');
        expect(calculate({ ...s, neutral: n * (1 + 1e-6) }).verdictAtUser.outcome).toBe(
          'net-positive',
        );
        expect(calculate({ ...s, neutral: n * (1 - 1e-6) }).verdictAtUser.outcome).toBe(
          'net-negative',
        );
      }),
      RUNS,
    );
  });

  it('agrees with the sign of net impact and with the margin, for every N in range', () => {
    fc.assert(
      fc.property(validScenario, inputValue('neutral'), (s, n) => {
        const { newSafety, newCapabilities } = calculate(s).placements;
        const v = verdictAt(n, newSafety, newCapabilities);
        expect(Math.sign(v.netImpact)).toBe(OUTCOME_RANK[v.outcome]);
        if (v.margin.kind === 'finite') {
          const t = v.margin.timesBreakEven;
          if (v.outcome === 'net-positive') expect(t).toBeGreaterThan(1);
          if (v.outcome === 'net-negative') expect(t).toBeLessThan(1);
          if (v.outcome === 'net-neutral') expect(Math.abs(t - 1)).toBeLessThanOrEqual(1e-9);
        } else if (v.margin.kind === 'unbounded') {
          expect(newCapabilities).toBe(0);
          expect(v.outcome).toBe('net-positive');
        } else {
          expect(newSafety).toBe(0);
          expect(newCapabilities).toBe(0);
          expect(v.outcome).toBe('net-neutral');
        }
      }),
      RUNS,
    );
  });

  it('one-sided placements never depend on N', () => {
    fc.assert(
      fc.property(validScenario, inputValue('neutral'), (s, n) => {
        const { newSafety, newCapabilities } = calculate(s).placements;
        const v = verdictAt(n, newSafety, newCapabilities);
        if (newSafety > 0 && newCapabilities === 0) expect(v.outcome).toBe('net-positive');
        if (newSafety === 0 && newCapabilities > 0) expect(v.outcome).toBe('net-negative');
      }),
      RUNS,
    );
  });
});

describe('(e) every result is a finite number', () => {
  it('for every valid scenario', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const numbers = numbersIn(calculate(s));
        expect(numbers.length).toBeGreaterThan(0);
        for (const [path, value] of numbers) {
          if (!Number.isFinite(value)) throw new Error(`${path} = ${value}`);
        }
      }),
      RUNS,
    );
  });
});

describe('(f) placements add up to the cohort', () => {
  it('new safety + new capabilities = counted + cohort × toCap (nonGen only moves people)', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const p = calculate(s).placements;
        const expected = p.counted + (s.cohort * s.toCap) / 100;
        expect(closeRel(p.newSafety + p.newCapabilities, expected, 1e-12, 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });

  it('new safety + new capabilities + other ≤ cohort', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const p = calculate(s).placements;
        expect(p.newSafety + p.newCapabilities + p.other).toBeLessThanOrEqual(
          s.cohort * (1 + 1e-12) + 1e-9,
        );
        expect(p.other).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('counted + cohort × toCap + other = cohort when independents count fully', () => {
    fc.assert(
      fc.property(validScenario, (s0) => {
        const s = { ...s0, indepWeight: 100 };
        const p = calculate(s).placements;
        const total = p.counted + (s.cohort * s.toCap) / 100 + p.other;
        expect(closeRel(total, s.cohort, 1e-12, 1e-9)).toBe(true);
        // other is the unplaced share of the cohort.
        expect(closeRel(p.other, (s.cohort * otherShare(s)) / 100, 1e-9, 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the shortfall below the cohort is exactly the unweighted independents', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const p = calculate(s).placements;
        const dropped = (s.cohort * s.toIndep * (1 - s.indepWeight / 100)) / 100;
        const total = p.newSafety + p.newCapabilities + p.other + dropped;
        expect(closeRel(total, s.cohort, 1e-12, 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('(g) shares.ts', () => {
  const shareKey = fc.constantFrom(...SHARE_KEYS);
  const editValue = fc.oneof(
    fc.integer({ min: 0, max: 1_000 }).map((t) => t / 10),
    fc.constantFrom(0, 100),
  );

  function checkShares(shares: Shares): void {
    for (const key of SHARE_KEYS) {
      expect(shares[key]).toBeGreaterThanOrEqual(0);
      expect(roundToPrecision(shares[key], 0.1)).toBe(shares[key]);
    }
    expect(SHARE_KEYS.reduce((sum, key) => sum + tenths(shares[key]), 0)).toBeLessThanOrEqual(
      1_000,
    );
    expect(sharesTotal(shares)).toBeLessThanOrEqual(100 + 1e-9);
  }

  it('setShare keeps the edited value exactly, all shares ≥ 0 and the sum ≤ 100', () => {
    fc.assert(
      fc.property(validShares, shareKey, editValue, (current, key, value) => {
        const next = setShare(current, key, value);
        expect(next[key]).toBe(value);
        checkShares(next);
      }),
      RUNS,
    );
  });

  it('setShare leaves the other two unchanged when "other" had room', () => {
    fc.assert(
      fc.property(validShares, shareKey, editValue, (current, key, value) => {
        const others = SHARE_KEYS.filter((k) => k !== key);
        const roomTenths = 1_000 - tenths(value);
        fc.pre(others.reduce((sum, k) => sum + tenths(current[k]), 0) <= roomTenths);
        const next = setShare(current, key, value);
        for (const k of others) expect(next[k]).toBe(current[k]);
      }),
      RUNS,
    );
  });

  it('setShare uses up "other" first, then shrinks the other two in proportion', () => {
    fc.assert(
      fc.property(validShares, shareKey, editValue, (current, key, value) => {
        const others = SHARE_KEYS.filter((k) => k !== key);
        const othersTenths = others.reduce((sum, k) => sum + tenths(current[k]), 0);
        const roomTenths = 1_000 - tenths(value);
        fc.pre(othersTenths > roomTenths);
        const next = setShare(current, key, value);
        // "Other" is used up: the three now fill the cohort.
        expect(SHARE_KEYS.reduce((sum, k) => sum + tenths(next[k]), 0)).toBe(1_000);
        const room = roomTenths / 10;
        for (const k of others) {
          const exact = (current[k] / (othersTenths / 10)) * room;
          expect(next[k]).toBeLessThanOrEqual(current[k]);
          expect(Math.abs(next[k] - exact)).toBeLessThanOrEqual(0.1 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('scaleSharesToFit makes the sum exactly 100 and keeps the proportions (within 0.1)', () => {
    fc.assert(
      fc.property(anyShares, (s) => {
        const { shares, scaled } = scaleSharesToFit(s);
        const totalTenths = SHARE_KEYS.reduce((sum, k) => sum + tenths(s[k]), 0);
        expect(scaled).toBe(totalTenths > 1_000);
        checkShares(shares);
        if (!scaled) {
          expect(shares).toEqual(s);
          return;
        }
        // Largest-remainder rounding: "other" ends at 0 and each share moves by less than 0.1
        // from its exact proportional value.
        expect(SHARE_KEYS.reduce((sum, k) => sum + tenths(shares[k]), 0)).toBe(1_000);
        const factor = 100 / sharesTotal(s);
        for (const k of SHARE_KEYS) {
          const exact = s[k] * factor;
          expect(Math.abs(shares[k] - exact)).toBeLessThan(0.1 + 1e-9);
          if (s[k] === 0) expect(shares[k]).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('otherShare is 100 − the sum, never negative', () => {
    fc.assert(
      fc.property(anyShares, (s) => {
        const other = otherShare(s);
        expect(other).toBeGreaterThanOrEqual(0);
        const totalTenths = SHARE_KEYS.reduce((sum, k) => sum + tenths(s[k]), 0);
        expect(tenths(other)).toBe(Math.max(0, 1_000 - totalTenths));
      }),
      RUNS,
    );
  });
});
