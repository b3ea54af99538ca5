/**
 * The link decoder against 100,000+ generated hostile inputs (issue 3; the range form, seed and
 * samples since issue 11): it never throws, every decoded scenario is inside the inputs' ranges
 * with shares summing to at most 100 %, every decoded range has ordered ends inside the input's
 * limits at its precision, and the decoded state re-encodes to a link that opens it again with no
 * notice. Kept separate from url-codec.test.ts because of its size (a few seconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INPUT_KEYS,
  INPUT_SPECS,
  roundToPrecision,
  SHARE_KEYS,
  type InputKey,
  type Scenario,
} from '../../src/model/inputs';
import { rangeMiddle } from '../../src/model/range-points';
import {
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type SamplingSettings,
  type ScenarioRanges,
} from '../../src/model/ranges';
import { sharesTotal } from '../../src/model/shares';
import { decodeScenario, encodeScenario } from '../../src/url';
import { decodeLink, encodeLink } from '../../src/url/link-codec';

const RUNS_PER_PROPERTY = 20_000; // five properties: 100,000 generated inputs in all
const TIMEOUT_MS = 180_000;

function assertSafe(scenario: Scenario, ranges: ScenarioRanges = {}): void {
  for (const key of INPUT_KEYS) {
    const value = scenario[key];
    const { min, max } = INPUT_SPECS[key];
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`${key} = ${value} outside [${min}, ${max}]`);
    }
    assertRange(key, scenario, ranges);
  }
  if (sharesTotal(scenario) > 100 + 1e-9) throw new Error('shares sum past 100');
  const again = decodeScenario(encodeScenario(scenario, ranges));
  if (again.issues.length > 0)
    throw new Error(`re-encoded link has issues: ${again.issues[0]?.message}`);
  expect(again.scenario).toEqual(scenario);
  expect(again.ranges).toEqual(ranges);
}

function assertRange(key: InputKey, scenario: Scenario, ranges: ScenarioRanges): void {
  const range = ranges[key];
  if (range === undefined) return;
  const { min, max, precision } = INPUT_SPECS[key];
  const { lo, hi } = range;
  if (!(lo >= min && hi <= max && lo < hi)) throw new Error(`${key} range ${lo}~${hi} invalid`);
  if (roundToPrecision(lo, precision) !== lo || roundToPrecision(hi, precision) !== hi) {
    throw new Error(`${key} range ${lo}~${hi} not at its precision`);
  }
  // A ranged share's point may be scaled down by the share rule; every other sits at its middle.
  const isShare = (SHARE_KEYS as readonly InputKey[]).includes(key);
  if (!isShare && scenario[key] !== rangeMiddle(key, range)) {
    throw new Error(`${key} = ${scenario[key]} is not the middle of ${lo}~${hi}`);
  }
}

function assertSampling(sampling: SamplingSettings): void {
  const { seed, samples } = sampling;
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) throw new Error(`seed ${seed}`);
  if (!Number.isInteger(samples) || samples < SAMPLES_MIN || samples > SAMPLES_MAX) {
    throw new Error(`samples ${samples}`);
  }
}

const LOCALE_DIGITS = ['١٢٣', '۱۲۳', '१२३', '১২৩', '１２３', '๑๒๓', '一二三'];

/** Hostile numbers of ordinary length. */
const shortHostileNumber = fc.oneof(
  fc.double().map(String),
  fc.double({ noDefaultInfinity: false }).map((n) => n.toExponential()),
  fc.integer().map((n) => `0x${Math.abs(n).toString(16)}`),
  fc.integer().map((n) => `0b${Math.abs(n).toString(2)}`),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
  fc.integer({ min: -400, max: 400 }).map((e) => `1e${e}`),
  fc.integer({ min: -400, max: 400 }).map((e) => `-9.99e${e}`),
  fc.constantFrom(...LOCALE_DIGITS),
  fc.constantFrom('', ' ', '+1', '1,000', '1_000', '1.2.3', '--1', 'Infinity', '-Infinity', 'NaN'),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:1'),
);

const hostileNumber = fc.oneof(
  shortHostileNumber,
  fc.string({ minLength: 2_900, maxLength: 3_100 }),
  fc.nat(9).map((d) => String(d).repeat(3_000)),
);

/** The range form with hostile ends: `lo~hi`, a missing end, extra ends. */
function rangeOf(end: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(end, end).map(([lo, hi]) => `${lo}~${hi}`),
    fc.tuple(end, end, end).map((ends) => ends.join('~')),
    end.map((value) => `${value}~`),
    end.map((value) => `~${value}`),
    fc.constantFrom('~', '~~', '~~~', '1~2~', '~1~2', '5~5', '20~5', '1e999~-1e999', '%7E'),
    fc
      .tuple(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      )
      .map(([lo, hi]) => `${lo}~${hi}`),
  );
}

const hostileValue = fc.oneof(
  hostileNumber,
  rangeOf(shortHostileNumber),
  // One end of any length (3,000 characters too), the other ordinary, in either order.
  fc
    .tuple(hostileNumber, shortHostileNumber, fc.boolean())
    .map(([a, b, swap]) => (swap ? `${b}~${a}` : `${a}~${b}`)),
);
/** For whole links: the 3,000-character values are covered above; here they would only cost time. */
const shortHostileValue = fc.oneof(shortHostileNumber, rangeOf(shortHostileNumber));

const anyKey = fc.oneof(
  fc.constantFrom<string>(...INPUT_KEYS, 'v', '__proto__', 'constructor', 'toString', 'utm_source'),
  fc.string({ maxLength: 12 }),
);

function toSearch(pairs: ReadonlyArray<readonly [string, string]>, encode: boolean): string {
  return `?${pairs
    .map(([k, v]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
    .join('&')}`;
}

describe('link decoder under 100,000 hostile inputs', () => {
  it(
    'random strings',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: 'grapheme', maxLength: 200 }),
          ),
          (search) => {
            const { scenario, ranges } = decodeScenario(search);
            assertSafe(scenario, ranges);
          },
        ),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'random key / value mixes, raw and percent-encoded',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(anyKey, hostileValue), { maxLength: 12 }),
          fc.boolean(),
          (pairs, encode) => {
            const { scenario, ranges } = decodeScenario(toSearch(pairs, encode));
            assertSafe(scenario, ranges);
          },
        ),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'duplicated known keys with huge, tiny, hex, exponent and locale values',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom<string>(...INPUT_KEYS, 'v'), hostileValue), {
            minLength: 1,
            maxLength: 12,
          }),
          (pairs) => {
            const doubled = [...pairs, ...pairs];
            const { scenario, ranges } = decodeScenario(toSearch(doubled, true));
            assertSafe(scenario, ranges);
          },
        ),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'plausible numbers for every input, in and out of range',
    () => {
      const plausible = fc.oneof(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.integer({ min: -1_000, max: 2_000_000 }),
      );
      const plausibleValue = fc.oneof(
        plausible.map(String),
        fc.tuple(plausible, plausible).map(([lo, hi]) => `${lo}~${hi}`),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...INPUT_KEYS), plausibleValue), (d) => {
          const { scenario, ranges } = decodeScenario(toSearch(Object.entries(d), false));
          assertSafe(scenario, ranges);
        }),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'whole links: ranges, seed, samples and pins with ranges, raw and percent-encoded',
    () => {
      const linkKey = fc.oneof(
        fc.constantFrom<string>(...INPUT_KEYS, 'seed', 'samples', 'pin1', 'compare'),
        fc.constantFrom(...INPUT_KEYS).map((key) => `pin1.${key}`),
        fc.constantFrom('pin2.toCap', 'pin1.seed', 'pin9.cap', 'pin1.'),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(linkKey, shortHostileValue), { maxLength: 12 }),
          fc.boolean(),
          (pairs, encode) => {
            const { state } = decodeLink(toSearch(pairs, encode));
            assertSafe(state.scenario, state.ranges);
            assertSampling(state.sampling);
            for (const pin of state.pins) assertSafe(pin.scenario, pin.ranges);
            const again = decodeLink(encodeLink(state));
            expect(again.issues).toEqual([]);
            expect(again.state).toEqual(state);
          },
        ),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );
});
