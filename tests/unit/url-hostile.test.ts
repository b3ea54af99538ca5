/**
 * The link decoder against 100,000+ generated hostile inputs (issue 3): it never throws, every
 * decoded scenario is inside the inputs' ranges with shares summing to at most 100 %, and the
 * decoded scenario re-encodes to a link that opens it again with no notice. Kept separate from
 * url-codec.test.ts because of its size (a few seconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_KEYS, INPUT_SPECS, type Scenario } from '../../src/model/inputs';
import { sharesTotal } from '../../src/model/shares';
import { decodeScenario, encodeScenario } from '../../src/url';

const RUNS_PER_PROPERTY = 25_000; // four properties: 100,000 generated inputs in all
const TIMEOUT_MS = 180_000;

function assertSafe(scenario: Scenario): void {
  for (const key of INPUT_KEYS) {
    const value = scenario[key];
    const { min, max } = INPUT_SPECS[key];
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`${key} = ${value} outside [${min}, ${max}]`);
    }
  }
  if (sharesTotal(scenario) > 100 + 1e-9) throw new Error('shares sum past 100');
  const again = decodeScenario(encodeScenario(scenario));
  if (again.issues.length > 0)
    throw new Error(`re-encoded link has issues: ${again.issues[0]?.message}`);
  expect(again.scenario).toEqual(scenario);
}

const LOCALE_DIGITS = ['١٢٣', '۱۲۳', '१२३', '১২৩', '１２３', '๑๒๓', '一二三'];

const hostileNumber = fc.oneof(
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
  fc.string({ minLength: 2_900, maxLength: 3_100 }),
  fc.nat(9).map((d) => String(d).repeat(3_000)),
);

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
          (search) => assertSafe(decodeScenario(search).scenario),
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
          fc.array(fc.tuple(anyKey, hostileNumber), { maxLength: 12 }),
          fc.boolean(),
          (pairs, encode) => assertSafe(decodeScenario(toSearch(pairs, encode)).scenario),
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
          fc.array(fc.tuple(fc.constantFrom<string>(...INPUT_KEYS, 'v'), hostileNumber), {
            minLength: 1,
            maxLength: 12,
          }),
          (pairs) => {
            const doubled = [...pairs, ...pairs];
            assertSafe(decodeScenario(toSearch(doubled, true)).scenario);
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
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...INPUT_KEYS), plausible.map(String)), (d) =>
          assertSafe(decodeScenario(toSearch(Object.entries(d), false)).scenario),
        ),
        { numRuns: RUNS_PER_PROPERTY },
      );
    },
    TIMEOUT_MS,
  );
});
