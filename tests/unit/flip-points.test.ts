/**
 * Flip points (src/model/flip-points.ts) and their sentences (src/format/break-even.ts): where the
 * verdict at your ratio flips when one input alone moves across its range, by the real controls'
 * rule (the store's withInput: normalised, shares through setShare). docs/model.md, "Flip points".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VerdictOutcome } from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';
import {
  allFlipPoints,
  analyticRoot,
  flipPoints,
  yearsRoot,
  withInputMoved,
  type FlipPoints,
} from '../../src/model/flip-points';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  roundToPrecision,
  type InputKey,
  type Scenario,
} from '../../src/model/inputs';
import { formatFlipSentence } from '../../src/format/break-even';
import { withInput } from '../../src/store/scenario-store';
import { validScenario } from './arbitraries';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });
const sentence = (s: Scenario, key: InputKey) =>
  formatFlipSentence(key, flipPoints(s, key), s.nFrom);

/**
 * The headline's verdict at your ratio (the years model's, issue 12) after the input is moved as
 * the store moves it; "nothing placed" when nothing was caused on either side.
 */
function outcomeWith(s: Scenario, key: InputKey, value: number): VerdictOutcome | 'nothing placed' {
  const r = calculateYears(withInput(s, key, value));
  if (r.causedSafety <= 0 && r.causedCapabilities <= 0) return 'nothing placed';
  return r.verdictAtUser.outcome;
}

/**
 * Scenarios whose own verdict is near break-even (your N set close to R), so that flips fall
 * inside the ranges often, mixed with plain valid scenarios.
 */
const nearBreakEven: fc.Arbitrary<Scenario> = fc
  .tuple(validScenario, fc.integer({ min: -30, max: 30 }))
  .map(([s, tenths]) => {
    const be = calculateYears(s).breakEven;
    if (be.kind !== 'ratio') return s;
    if (s.nFrom === 'field') {
      // N = importance × C ÷ S: put the importance that gives N ≈ R, a step or so off.
      const importance = roundToPrecision((be.r * s.saf) / s.cap, 0.01) + tenths / 100;
      return { ...s, importance: roundToPrecision(Math.min(100, Math.max(0.1, importance)), 0.01) };
    }
    const n = Math.min(1_000, Math.max(1, roundToPrecision(be.r, 0.1) + tenths / 10));
    return { ...s, neutral: roundToPrecision(n, 0.1) };
  });
const someScenario = fc.oneof(validScenario, nearBreakEven);
const someKey = fc.constantFrom(...INPUT_KEYS);

describe("flip points in the thread's illustration (defaults)", () => {
  it.each([
    ['toCap', 'Verdict at your ratio flips at 99.0 % (net negative above)'],
    ['nonGen', 'Verdict at your ratio flips at 98.0 % (net negative above)'],
    ['neutral', 'Verdict at your ratio flips at 1 : 1 (net positive above)'],
    ['cohort', 'No flip in 0–20,000'],
    ['cap', 'No flip in 100–1,000,000'],
    ['saf', 'No flip in 10–100,000'],
    ['toSafety', 'Verdict at your ratio flips at 0.5 % (net positive above)'],
    ['toIndep', 'No flip in 0–100 %'],
    ['indepWeight', 'No flip in 0–100 %'],
  ] as const)('%s: "%s"', (key, text) => {
    expect(sentence(DEFAULT_SCENARIO, key)).toBe(text);
  });

  it('Capabilities roles: net positive at 99.0 %, net negative at 99.1 %', () => {
    expect(outcomeWith(DEFAULT_SCENARIO, 'toCap', 99)).toBe('net-positive');
    expect(outcomeWith(DEFAULT_SCENARIO, 'toCap', 99.1)).toBe('net-negative');
  });
});

describe('flip points in other scenarios', () => {
  it.each([
    [
      'your ratio past 1 : 1,000',
      { toSafety: 0.1, toCap: 99.9, nonGen: 1 },
      'neutral',
      'No flip from 1 : 1 to 1 : 1,000',
    ],
    [
      'break-even at 1 : 3',
      { nonGen: 50 },
      'neutral',
      'Verdict at your ratio flips at 1 : 3 (net positive above)',
    ],
    [
      'break-even at 1 : 999',
      { toSafety: 0.1, toCap: 99.9 },
      'neutral',
      'Verdict at your ratio flips at 1 : 999 (net positive above)',
    ],
    ['an empty cohort', { cohort: 0 }, 'toCap', 'No flip in 0–100 %'],
    [
      'independents decide it',
      { toSafety: 1, toIndep: 40, toCap: 50, neutral: 10 },
      'indepWeight',
      'Verdict at your ratio flips at 10.0 % (net positive above)',
    ],
    ['all safety work non-generalizing', { nonGen: 100 }, 'toSafety', 'No flip in 0–100 %'],
    // Raising independents (weight 0) takes from safety and capabilities roles in proportion,
    // rounding safety to 0.1 % and giving capabilities the rest: at 1 : 1 the verdict flickers
    // between neutral (40.8 : 40.8) and positive (40.8 : 40.7) all along.
    [
      'independents weigh nothing, at 1 : 1',
      { indepWeight: 0, neutral: 1 },
      'toIndep',
      'Verdict at your ratio changes only between 0.1 % and 99.9 % (net neutral on both sides)',
    ],
    // Found by the property test below (CI, seed 314604873): positive at both ends, but at 99.8 %
    // independent the 0.2 % left rounds to 0.1 % safety and 0.1 % capabilities, net neutral at 1 : 1.
    [
      'a single neutral step near 100 % independent',
      {
        cap: 100,
        saf: 1_000,
        cohort: 1,
        toSafety: 0.2,
        toIndep: 0,
        toCap: 0.1,
        indepWeight: 0,
        nonGen: 0,
        neutral: 1,
      },
      'toIndep',
      'Verdict at your ratio changes only at 99.8 % (net positive on both sides)',
    ],
  ] as const)('%s: %s', (_name, changes, key, text) => {
    expect(sentence(scenario(changes), key)).toBe(text);
  });

  it('never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(someScenario, (s) => {
        const all = allFlipPoints(s);
        for (const key of INPUT_KEYS) {
          expect(formatFlipSentence(key, all[key])).not.toMatch(/NaN|Infinity|n\/a/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('flip points match the real controls', () => {
  it('moving the input alone follows the store: the same rule as withInput', () => {
    fc.assert(
      fc.property(
        validScenario,
        someKey,
        fc.double({ min: -10, max: 2e6, noNaN: true }),
        (s, key, value) => {
          expect(withInputMoved(s, key, value)).toEqual(withInput(s, key, value));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  // A band whose verdict changes back and forth inside it may end as it began (the other shares'
  // rounding to 0.1 % near break-even, as along the independents' share: flip-line.ts,
  // bandBetweenEqualEnds): then the verdict differs at the band's own ends, not across it. The
  // scenario and key that found this are a fixed case, as fast-check draws new ones every run.
  const EQUAL_ENDS = scenario({
    cap: 100,
    saf: 10,
    cohort: 1000,
    toSafety: 45.8,
    toIndep: 0,
    toCap: 50.6,
    indepWeight: 0.1,
    nonGen: 43.1,
    neutral: 2.7,
    years: 1,
    perYear: 1,
    safGrowth: 0,
    capGrowth: 0,
    drift: 0,
    pivot: 0,
    anyway: 0,
    capBoost: 0,
    importance: 0.1,
    nFrom: 'set',
  });

  it('just below and just above each reported flip, the verdict at your ratio differs (at a band that ends as it began, at its ends)', () => {
    expect(flipPoints(EQUAL_ENDS, 'toIndep')).toMatchObject({
      kind: 'flips',
      points: [{ from: 4.2, below: 'net-positive', above: 'net-positive' }],
    });
    fc.assert(
      fc.property(fc.oneof(someScenario, fc.constant(EQUAL_ENDS)), someKey, (s, key) => {
        const flips = flipPoints(s, key);
        if (flips.kind === 'none') return;
        const { min, max, precision } = INPUT_SPECS[key];
        for (const point of flips.points) {
          expect(point.from).toBe(roundToPrecision(point.from, precision));
          expect(point.to).toBe(roundToPrecision(point.to, precision));
          expect(point.to).toBeGreaterThanOrEqual(point.from);
          const below = Math.max(min, roundToPrecision(point.from - precision, precision));
          const above = Math.min(max, roundToPrecision(point.to + precision, precision));
          const a = outcomeWith(s, key, below);
          const b = outcomeWith(s, key, above);
          if (point.below === point.above) {
            expect(point.to, 'only a band ends as it began').toBeGreaterThan(point.from);
            expect(outcomeWith(s, key, point.from), `${key} at ${point.from}`).not.toBe(a);
            expect(outcomeWith(s, key, point.to), `${key} at ${point.to}`).not.toBe(b);
          } else {
            expect(a, `${key} at ${below}`).not.toBe(b);
          }
          expect(point.below).toBe(a === 'nothing placed' ? 'net-neutral' : a);
          expect(point.above).toBe(b === 'nothing placed' ? 'net-neutral' : b);
        }
      }),
      { numRuns: 1_500 },
    );
  });

  /**
   * The whole range, sampled finely: every grid value of the shares and weights, every 10th of
   * the net-neutral ratio's, about 2,000 values of the field sizes and cohort. "Nothing placed" is
   * no verdict. Where no flip is reported the verdict never changes; where one is, the verdict is
   * the reported one on each side of it. Along every input but the independents' share the verdict
   * is monotone (the proof in docs/model.md); along that one the other shares' rounding can make it
   * flicker near break-even, which the reported band must contain.
   */
  it('"no flip" really never flips, and a flip is the only change, across the sampled range', () => {
    const rank = { 'net-negative': -1, 'net-neutral': 0, 'net-positive': 1 } as const;
    fc.assert(
      fc.property(someScenario, someKey, (s, key) => {
        const { min, max, precision } = INPUT_SPECS[key];
        const last = Math.round((max - min) / precision);
        const stride = Math.max(1, Math.floor(last / 2_000));
        const samples: { value: number; outcome: VerdictOutcome }[] = [];
        for (let i = 0; i <= last; i += stride) {
          const value = roundToPrecision(min + i * precision, precision);
          const outcome = outcomeWith(s, key, value);
          if (outcome !== 'nothing placed') samples.push({ value, outcome });
        }
        const ranks = samples.map((sample) => rank[sample.outcome]);
        const rises = ranks.some((r, i) => i > 0 && r > (ranks[i - 1] ?? r));
        const falls = ranks.some((r, i) => i > 0 && r < (ranks[i - 1] ?? r));
        if (key !== 'toIndep') expect(rises && falls, `${key}: monotone`).toBe(false);
        const flips: FlipPoints = flipPoints(s, key);
        if (flips.kind === 'none') {
          expect(rises || falls, `${key}: no flip reported`).toBe(false);
          return;
        }
        if (stride === 1) expect(rises || falls, `${key}: flip reported`).toBe(true);
        for (const point of flips.points) {
          for (const sample of samples) {
            if (sample.value < point.from)
              expect(sample.outcome, `${key} at ${sample.value}`).toBe(point.below);
            if (sample.value > point.to)
              expect(sample.outcome, `${key} at ${sample.value}`).toBe(point.above);
          }
        }
      }),
      { numRuns: 250 },
    );
    // Up to 2,000 verdicts per run: seconds, not the default 5 s, on a busy machine.
  }, 30_000);

  it('the net-neutral ratio flips at R, rounded to the tenth, when R is in 1–1,000', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const be = calculateYears(s).breakEven;
        const flips = flipPoints(s, 'neutral');
        if (s.nFrom === 'field') {
          // The slider's N is not used.
          expect(flips.kind).toBe('none');
        } else if (be.kind === 'ratio' && be.r >= 1.05 && be.r <= 999.95) {
          expect(flips.kind).toBe('flips');
          if (flips.kind === 'flips') {
            expect(flips.points).toHaveLength(1);
            expect(flips.points[0]?.to).toBe(flips.points[0]?.from);
            expect(Math.abs((flips.points[0]?.from ?? NaN) - be.r)).toBeLessThanOrEqual(
              0.05 + 1e-9,
            );
          }
        } else if (be.kind !== 'ratio' || be.r > 1_000) {
          expect(flips.kind).toBe('none');
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('the formulas of docs/model.md (which narrow the search) put N, w and g within a step of the flip', () => {
    fc.assert(
      fc.property(someScenario, fc.constantFrom('neutral', 'indepWeight', 'nonGen'), (s, key) => {
        const flips = flipPoints(s, key);
        fc.pre(flips.kind === 'flips');
        const point = flips.kind === 'flips' ? flips.points[0] : undefined;
        const root = analyticRoot(s, key);
        // The formulas are the one-cohort model's: null where moves, the boost or N from the
        // field change them (the search then runs unguided).
        const plain = s.drift === 0 && s.pivot === 0 && s.capBoost === 0 && s.nFrom === 'set';
        expect(root === null && plain && key !== 'neutral' && key !== 'indepWeight').toBe(false);
        fc.pre(root !== null);
        const { precision, min, max } = INPUT_SPECS[key];
        if (root === null || point === undefined) throw new Error(`${key}: no root for a flip`);
        const clamped = Math.min(max, Math.max(min, root));
        expect(Math.abs(clamped - point.from)).toBeLessThanOrEqual(precision + 1e-9);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('what the flip points depend on', () => {
  it('never on the field sizes or its growth while N is set with its slider', () => {
    fc.assert(
      fc.property(
        someScenario,
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.integer({ min: 10, max: 100_000 }),
        fc.integer({ min: -200, max: 1_000 }),
        fc.integer({ min: -200, max: 1_000 }),
        (given, cap, saf, safGrowth, capGrowth) => {
          const s = { ...given, nFrom: 'set' as const };
          const moved = { ...s, cap, saf, safGrowth: safGrowth / 10, capGrowth: capGrowth / 10 };
          expect(allFlipPoints(moved)).toEqual(allFlipPoints(s));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on the field sizes and importance with N from the field: N = importance × C ÷ S', () => {
    const field = scenario({ nFrom: 'field', toCap: 90, toSafety: 10 });
    // R = 9: N = 9 at importance 0.9, C = 900, S = 11,111.1.
    expect(sentence(field, 'importance')).toBe(
      'Verdict at your ratio flips at 0.9× (net positive above)',
    );
    expect(sentence(field, 'cap')).toBe('Verdict at your ratio flips at 900 (net positive above)');
    expect(sentence(field, 'saf')).toMatch(
      /^Verdict at your ratio flips at 11,11\d \(net negative above\)$/,
    );
    expect(sentence(field, 'neutral')).toBe('No flip: N is derived from the field');
    expect(sentence(scenario({}), 'importance')).toBe(
      'No flip: used only when N is set from the field',
    );
  });
});

describe('flip points over the years (issue 12)', () => {
  it('the capabilities boost flips where weighted capabilities meet N × safety', () => {
    // R = 1 and N = 2: caused capabilities × (1 + b) = 2 × caused safety at b = 100 %.
    expect(sentence(scenario({ neutral: 2 }), 'capBoost')).toBe(
      'Verdict at your ratio flips at 100.0 % (net negative above)',
    );
    // At N = 100 it would take 9,900 %: no flip within 0–200 %.
    expect(sentence(DEFAULT_SCENARIO, 'capBoost')).toBe('No flip in 0–200 %');
  });

  it('drift and the years flip once alumni have time to move', () => {
    // One year: nobody has moved yet, so drift cannot flip anything.
    expect(sentence(scenario({ neutral: 2 }), 'drift')).toBe('No flip in 0–50 % a year');
    const long = scenario({ years: 10, neutral: 2, toSafety: 60, toCap: 40 });
    expect(flipPoints(long, 'drift').kind).toBe('flips');
    expect(outcomeWith(long, 'drift', 0)).toBe('net-positive');
    expect(outcomeWith(long, 'drift', 50)).toBe('net-negative');
    // With drift, more years move more safety alumni to capabilities.
    expect(flipPoints({ ...long, drift: 20 }, 'years').kind).toBe('flips');
    expect(sentence(long, 'years')).toBe('No flip in 1–30');
  });

  it('pivot flips the other way', () => {
    const long = scenario({ years: 10, neutral: 1.4, toSafety: 40, toCap: 60 });
    expect(outcomeWith(long, 'pivot', 0)).toBe('net-negative');
    expect(outcomeWith(long, 'pivot', 50)).toBe('net-positive');
    const flips = flipPoints(long, 'pivot');
    expect(flips.kind === 'flips' ? flips.points[0]?.above : null).toBe('net-positive');
  });

  it('anyway never flips the verdict, and says why in its own words', () => {
    expect(sentence(DEFAULT_SCENARIO, 'anyway')).toBe(
      'No flip: net impact scales by 1 − this share, so the verdict holds up to 100 %, where the program caused nothing and it is net neutral',
    );
    expect(outcomeWith(DEFAULT_SCENARIO, 'anyway', 99.9)).toBe('net-positive');
    expect(outcomeWith(DEFAULT_SCENARIO, 'anyway', 100)).toBe('nothing placed');
    expect(calculateYears(scenario({ anyway: 100 })).verdictAtUser.outcome).toBe('net-neutral');
  });

  it('growth and cohorts a year never flip it', () => {
    expect(sentence(DEFAULT_SCENARIO, 'safGrowth')).toBe(
      'No flip: growth changes the field around the alumni, not what the program caused',
    );
    expect(sentence(DEFAULT_SCENARIO, 'perYear')).toBe(
      'No flip: more cohorts a year scale both sides alike',
    );
  });
});

describe('the years guesses (which narrow the search)', () => {
  it('put capBoost, importance and the field sizes within a step or so of the flip', () => {
    const keys = fc.constantFrom(
      'capBoost' as const,
      'importance' as const,
      'cap' as const,
      'saf' as const,
    );
    fc.assert(
      fc.property(someScenario, keys, (s, key) => {
        const flips = flipPoints(s, key);
        fc.pre(flips.kind === 'flips');
        const point = flips.kind === 'flips' ? flips.points[0] : undefined;
        const root = yearsRoot(s, key);
        if (root === null || point === undefined) throw new Error(`${key}: no root for a flip`);
        const { min, max, precision, scale } = INPUT_SPECS[key];
        const clamped = Math.min(max, Math.max(min, root));
        // Log-scale inputs round to 3 significant figures on the slider but to `precision` here.
        const tolerance =
          scale === 'log' ? Math.max(precision, clamped * 1e-9) + precision : precision;
        expect(Math.abs(clamped - point.from)).toBeLessThanOrEqual(tolerance + 1e-9);
      }),
      { numRuns: 1_000 },
    );
  });
});
