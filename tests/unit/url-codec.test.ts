import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHOICE_KEYS,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  roundToPrecision,
  type Scenario,
} from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import { sharesTotal } from '../../src/model/shares';
import {
  decodeScenario,
  displayText,
  encodeScenario,
  MAX_UNKNOWN_REPORTED,
  parseStrictNumber,
  scenarioEquals,
  URL_SPECS,
  URL_VERSION,
  type DecodeIssueKind,
} from '../../src/url';
import { validScenario } from './arbitraries';
import { URL_FIXTURES } from './url-fixtures';

const NUM_RUNS = 2000;

function withChanges(changes: Partial<Scenario>): Scenario {
  return { ...DEFAULT_SCENARIO, ...changes };
}

describe('URL spec', () => {
  it('uses each input key as its URL key, known since a version that exists', () => {
    for (const key of INPUT_KEYS) {
      expect(URL_SPECS[key].urlKey).toBe(key);
      expect(URL_SPECS[key].since).toBeGreaterThanOrEqual(1);
      expect(URL_SPECS[key].since).toBeLessThanOrEqual(URL_VERSION);
    }
  });
});

describe('fixture links (must open the same scenario in every version)', () => {
  it('has at least 12 fixtures', () => {
    expect(URL_FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(URL_FIXTURES)('$link opens $note', ({ link, scenario }) => {
    const result = decodeScenario(link);
    expect(result.issues).toEqual([]);
    expect(result.scenario).toEqual(scenario);
    // Re-sharing the scenario gives a link that opens the same scenario.
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ scenario, ranges: {}, issues: [] });
  });
});

describe('encodeScenario', () => {
  it.each<[string, Partial<Scenario>, string]>([
    ['the defaults', {}, '?v=1'],
    ['a changed cohort and share', { cohort: 1200, toCap: 10 }, '?v=1&cohort=1200&toCap=10'],
    [
      'decimals',
      { toSafety: 49, toIndep: 29, toCap: 1.4 },
      '?v=1&toSafety=49&toIndep=29&toCap=1.4',
    ],
    ['INPUT_KEYS order', { neutral: 7.5, cap: 100_000 }, '?v=1&cap=100000&neutral=7.5'],
    ['a value between steps, rounded', { cohort: 12.4 }, '?v=1&cohort=12'],
    ['a value out of range, clamped', { cap: 5 }, '?v=1&cap=100'],
    ['a non-finite value, left out', { cap: Number.NaN }, '?v=1'],
    ['negative zero, written as 0', { toSafety: -0 }, '?v=1&toSafety=0'],
    [
      'shares past 100 %, scaled down',
      { toSafety: 90, toIndep: 30, toCap: 30 },
      '?v=1&toSafety=60&toIndep=20&toCap=20',
    ],
  ])('writes %s', (_name, changes, expected) => {
    expect(encodeScenario(withChanges(changes))).toBe(expected);
  });

  it.each(PRESETS)('round-trips the preset "$name" with no issues', ({ scenario, ranges }) => {
    expect(decodeScenario(encodeScenario(scenario, ranges))).toEqual({
      scenario,
      ranges,
      issues: [],
    });
  });

  it('gives one link per scenario, whatever order or defaults a hand-edited link had', () => {
    const canonical = encodeScenario(withChanges({ cohort: 292, toCap: 10, toSafety: 80 }));
    for (const variant of [
      '?toSafety=80&v=1&toCap=10&cohort=292',
      '?v=1&cohort=292&cap=10000&toSafety=80&toCap=10&neutral=100',
      '?v=1&cohort=292.0&toSafety=080&toCap=1e1',
    ]) {
      expect(encodeScenario(decodeScenario(variant).scenario), variant).toBe(canonical);
    }
  });

  it('scenarioEquals compares every input', () => {
    expect(scenarioEquals(DEFAULT_SCENARIO, withChanges({}))).toBe(true);
    expect(scenarioEquals(DEFAULT_SCENARIO, withChanges({ neutral: 99.9 }))).toBe(false);
  });
});

describe('parseStrictNumber', () => {
  it.each<[string, number | null]>([
    ['1200', 1200],
    ['1.4', 1.4],
    ['-3', -3],
    ['.5', 0.5],
    ['1.', 1],
    ['1e4', 10000],
    ['2.5E-1', 0.25],
    ['-0', 0],
    ['1e999', Number.MAX_VALUE],
    ['-1e999', -Number.MAX_VALUE],
    ['1e-999', Number.MIN_VALUE],
    ['0e999', 0],
    ['', null],
    [' ', null],
    [' 1', null],
    ['+1', null],
    ['0x10', null],
    ['0b1', null],
    ['0o7', null],
    ['Infinity', null],
    ['NaN', null],
    ['1,000', null],
    ['1_000', null],
    ['١٢', null],
    ['１', null],
    ['1e', null],
    ['.', null],
    ['-', null],
    ['1.2.3', null],
    ['1'.repeat(41), null],
  ])('%j → %s', (raw, expected) => {
    expect(parseStrictNumber(raw)).toBe(expected);
  });
});

interface HostileCase {
  readonly name: string;
  readonly search: string;
  readonly changes: Partial<Scenario>;
  readonly kinds: readonly DecodeIssueKind[];
}

const LONG = 3000;
const junkKeys = Array.from({ length: 25 }, (_, i) => `junk${i}=1`).join('&');

const HOSTILE: readonly HostileCase[] = [
  {
    name: 'script payload',
    search: '?cohort=<script>alert(1)</script>',
    changes: {},
    kinds: ['invalid'],
  },
  {
    name: 'encoded HTML payload',
    search: '?cohort=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    changes: {},
    kinds: ['invalid'],
  },
  { name: 'script as a key', search: '?<script>=1', changes: {}, kinds: ['unknown-key'] },
  {
    name: 'overflow to +infinity',
    search: '?cap=1e999',
    changes: { cap: 1_000_000 },
    kinds: ['clamped'],
  },
  {
    name: 'overflow to -infinity',
    search: '?cap=-1e999',
    changes: { cap: 100 },
    kinds: ['clamped'],
  },
  { name: 'underflow to 0', search: '?cohort=1e-999', changes: { cohort: 0 }, kinds: ['rounded'] },
  { name: 'negative zero below min', search: '?cap=-0', changes: { cap: 100 }, kinds: ['clamped'] },
  { name: 'negative zero at min', search: '?cohort=-0', changes: { cohort: 0 }, kinds: [] },
  { name: 'hex', search: '?saf=0x10', changes: {}, kinds: ['invalid'] },
  { name: 'NaN', search: '?toCap=NaN', changes: {}, kinds: ['invalid'] },
  { name: 'Infinity', search: '?toCap=Infinity', changes: {}, kinds: ['invalid'] },
  { name: 'empty value', search: '?cohort=', changes: {}, kinds: ['invalid'] },
  { name: 'key without =', search: '?cohort', changes: {}, kinds: ['invalid'] },
  { name: 'plus (a space)', search: '?cohort=+5', changes: {}, kinds: ['invalid'] },
  { name: 'whitespace only', search: '?cohort=%20%09', changes: {}, kinds: ['invalid'] },
  { name: 'thousands separator', search: '?cohort=1%2C200', changes: {}, kinds: ['invalid'] },
  { name: 'Arabic-Indic digits', search: '?cohort=%D9%A1%D9%A2', changes: {}, kinds: ['invalid'] },
  { name: 'full-width digit', search: '?cohort=%EF%BC%91', changes: {}, kinds: ['invalid'] },
  { name: 'broken escape as key', search: '?%E0%A4%A', changes: {}, kinds: ['unknown-key'] },
  { name: 'broken escape as value', search: '?cohort=%E0%A4%A', changes: {}, kinds: ['invalid'] },
  { name: 'lone percent', search: '?cohort=%', changes: {}, kinds: ['invalid'] },
  { name: 'bidi override', search: '?cohort=%E2%80%AE123', changes: {}, kinds: ['invalid'] },
  { name: 'semicolon separator', search: '?cohort=1200;cap=5', changes: {}, kinds: ['invalid'] },
  {
    name: 'duplicate key',
    search: '?cap=1000&cap=2000',
    changes: { cap: 2000 },
    kinds: ['duplicate'],
  },
  {
    name: 'duplicate key, last one clamped',
    search: '?cap=1&cap=2',
    changes: { cap: 100 },
    kinds: ['duplicate', 'clamped'],
  },
  { name: 'duplicate version', search: '?v=1&v=1', changes: {}, kinds: ['duplicate'] },
  { name: '__proto__', search: '?__proto__=1', changes: {}, kinds: ['unknown-key'] },
  {
    name: 'Object.prototype names',
    search: '?constructor=1&hasOwnProperty=2&toString=3&__proto__[cap]=5',
    changes: {},
    kinds: ['unknown-key', 'unknown-key', 'unknown-key', 'unknown-key'],
  },
  {
    name: 'shares past 100 %',
    search: '?toSafety=90&toCap=90',
    changes: { toSafety: 50, toCap: 50 },
    kinds: ['scaled'],
  },
  {
    name: 'all three shares at 100 %',
    // Largest-remainder rounding: the scaled shares add up to exactly 100; ties go to the first.
    search: '?toSafety=100&toIndep=100&toCap=100',
    changes: { toSafety: 33.4, toIndep: 33.3, toCap: 33.3 },
    kinds: ['scaled'],
  },
  {
    name: 'a share clamped, then all scaled',
    search: '?toSafety=500&toCap=100',
    changes: { toSafety: 50, toCap: 50 },
    kinds: ['clamped', 'scaled'],
  },
  { name: 'version not a number', search: '?v=abc', changes: {}, kinds: ['version'] },
  { name: 'version zero', search: '?v=0', changes: {}, kinds: ['version'] },
  { name: 'version negative', search: '?v=-1', changes: {}, kinds: ['version'] },
  { name: 'version decimal', search: '?v=1.0', changes: {}, kinds: ['version'] },
  { name: 'version empty', search: '?v=', changes: {}, kinds: ['version'] },
  {
    name: 'version with leading zero',
    search: '?v=01&cohort=5',
    changes: { cohort: 5 },
    kinds: [],
  },
  {
    name: 'newer version, read as best as possible',
    search: '?v=99&cohort=1200',
    changes: { cohort: 1200 },
    kinds: ['version'],
  },
  { name: 'huge version', search: `?v=${'9'.repeat(40)}`, changes: {}, kinds: ['version'] },
  {
    name: '3,000-digit value',
    search: `?cohort=${'1'.repeat(LONG)}`,
    changes: {},
    kinds: ['invalid'],
  },
  {
    name: '3,000-letter value',
    search: `?cohort=${'a'.repeat(LONG)}`,
    changes: {},
    kinds: ['invalid'],
  },
  {
    name: '3,000-letter key',
    search: `?${'k'.repeat(LONG)}=1`,
    changes: {},
    kinds: ['unknown-key'],
  },
  {
    name: '3,000-letter version',
    search: `?v=${'x'.repeat(LONG)}`,
    changes: {},
    kinds: ['version'],
  },
  {
    name: 'unknown key',
    search: '?zzz=1&cohort=1200',
    changes: { cohort: 1200 },
    kinds: ['unknown-key'],
  },
  { name: 'key with no name', search: '?=5', changes: {}, kinds: ['unknown-key'] },
  { name: 'double question mark', search: '??v=1', changes: {}, kinds: ['unknown-key'] },
  { name: 'keys are case-sensitive', search: '?COHORT=5', changes: {}, kinds: ['unknown-key'] },
  {
    name: 'tracking and reserved keys',
    search: '?utm_source=x&UTM_Campaign=y&fbclid=z&gclid=w&embed=1&embed=2',
    changes: {},
    kinds: [],
  },
  {
    name: 'many unknown keys, summarised',
    search: `?${junkKeys}`,
    changes: {},
    kinds: Array<DecodeIssueKind>(MAX_UNKNOWN_REPORTED + 1).fill('unknown-key'),
  },
  { name: 'stray separators', search: '?&&cohort=1200&&&', changes: { cohort: 1200 }, kinds: [] },
  { name: 'no leading ?', search: 'cohort=1200', changes: { cohort: 1200 }, kinds: [] },
  { name: 'exponent form', search: '?cohort=1.2e3', changes: { cohort: 1200 }, kinds: [] },
  {
    name: 'too many decimals',
    search: '?cohort=12.5',
    changes: { cohort: 13 },
    kinds: ['rounded'],
  },
  { name: 'leading dot', search: '?toCap=.5', changes: { toCap: 0.5 }, kinds: [] },
  {
    name: 'below a ratio minimum',
    search: '?neutral=0.05',
    changes: { neutral: 1 },
    kinds: ['clamped'],
  },
];

describe('decodeScenario on hostile links', () => {
  it.each(HOSTILE)('$name', ({ search, changes, kinds }) => {
    const { scenario, issues } = decodeScenario(search);
    expect(scenario).toEqual(withChanges(changes));
    expect(issues.map((issue) => issue.kind)).toEqual(kinds);
    for (const issue of issues) {
      expect(issue.message).toMatch(/\.$/);
      // Raw text is truncated: no message grows with the link.
      expect(issue.message.length).toBeLessThan(400);
      expect(issue.key.length).toBeLessThanOrEqual(61);
      // eslint-disable-next-line no-control-regex -- checking that none get through.
      expect(issue.message).not.toMatch(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it('never touches Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    decodeScenario('?__proto__=1&__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['100k letters', 'a'.repeat(100_000)],
    ['100k percent signs', '%'.repeat(100_000)],
    ['25k parameters', '&x=1'.repeat(25_000)],
    ['11k repeats of one input', '&cohort=5'.repeat(11_000)],
    ['a 100k value', `?cohort=${'9'.repeat(100_000)}`],
  ])('copes with %s', (_name, search) => {
    const { scenario, issues } = decodeScenario(search);
    expect(Object.keys(scenario)).toHaveLength(INPUT_KEYS.length + CHOICE_KEYS.length);
    expect(issues.length).toBeLessThanOrEqual(MAX_UNKNOWN_REPORTED + 3);
  });

  it('does not throw when a plain-JS caller passes undefined', () => {
    expect(decodeScenario(undefined as unknown as string)).toEqual({
      scenario: DEFAULT_SCENARIO,
      ranges: {},
      issues: [],
    });
  });
});

describe('issue messages', () => {
  function messages(search: string): string[] {
    return decodeScenario(search).issues.map((issue) => issue.message);
  }

  it('names the key and the label, says what was wrong and what was used', () => {
    expect(messages('?cohort=abc')).toEqual([
      'cohort (Cohort size): "abc" is not a number; using the default, 1,000 people.',
    ]);
    expect(messages('?cap=5')).toEqual([
      'cap (Capabilities researchers): 5 is below the minimum; using 100 researchers.',
    ]);
    expect(messages('?cap=1e999')).toEqual([
      'cap (Capabilities researchers): 1e999 is above the maximum; using 1,000,000 researchers.',
    ]);
    expect(messages('?toSafety=12.34')).toEqual([
      'toSafety (Safety roles): 12.34 has more decimals than this input takes (one decimal ' +
        'place); using 12.3 %.',
    ]);
    expect(messages('?cohort=')).toEqual([
      'cohort (Cohort size): no value was given; using the default, 1,000 people.',
    ]);
    expect(messages('?neutral=x')).toEqual([
      'neutral (Your net-neutral ratio): "x" is not a number; using the default, 1 : 100.',
    ]);
    expect(messages('?zzz=1')).toEqual(['zzz: unknown parameter, ignored.']);
    expect(messages('?cap=1000&cap=2000')).toEqual([
      'cap (Capabilities researchers): given 2 times; using the last one, "2000".',
    ]);
  });

  it('names the shares that were scaled', () => {
    const [issue] = decodeScenario('?toSafety=90&toIndep=30&toCap=30').issues;
    expect(issue).toEqual({
      key: 'toSafety,toIndep,toCap',
      kind: 'scaled',
      message:
        'toSafety (Safety roles), toIndep (Independent safety research) and toCap (Capabilities ' +
        'roles) added up to 150 %, more than the whole cohort; scaled down in proportion: ' +
        'toSafety 60 %, toIndep 20 %, toCap 20 %.',
    });
    expect(decodeScenario('?toSafety=90&toCap=90').issues[0]?.key).toBe('toSafety,toCap');
  });

  it('explains version problems', () => {
    expect(messages('?v=abc')).toEqual([
      'v (link format version): "abc" is not a version number; reading the link as version 1.',
    ]);
    expect(messages('?v=2')).toEqual([
      'v (link format version): this link comes from a newer version of the explorer (2); it ' +
        'was read as version 1, so some values may be missing or differ.',
    ]);
  });

  it('truncates raw values to 30 characters and an ellipsis', () => {
    const [message] = messages(`?cohort=${'a'.repeat(LONG)}`);
    expect(message).toBe(
      `cohort (Cohort size): "${'a'.repeat(30)}…" is too long to be a number; using the ` +
        'default, 1,000 people.',
    );
  });

  it('summarises a flood of unknown keys', () => {
    const all = messages(`?${junkKeys}`);
    expect(all[0]).toBe('junk0: unknown parameter, ignored.');
    expect(all.at(-1)).toBe('15 more unknown parameters were ignored.');
  });

  it('shows unsafe characters as U+FFFD', () => {
    expect(displayText('a\u202Eb\u0000c\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(displayText('😀'.repeat(31))).toBe(`${'😀'.repeat(30)}…`);
  });
});

describe('the codec source', () => {
  it('never evaluates or renders link text as code or HTML', () => {
    const dir = join(import.meta.dirname, '../../src/url');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\beval\s*\(|\bnew Function\b|\binnerHTML\b/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const anyKey = fc.oneof(
  fc.constantFrom<string>(
    ...INPUT_KEYS,
    'v',
    'embed',
    'utm_source',
    'fbclid',
    '__proto__',
    'constructor',
    'zzz',
    '',
  ),
  fc.string({ maxLength: 8 }),
);

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -2e6, max: 2e6, noNaN: true }).map(String),
  fc.nat(1_000_000).map((n) => String(n / 10)),
  fc.constantFrom('', '1e999', '-0', '0x10', 'NaN', 'Infinity', '.5', '1.', '1e4', ' 1', '%'),
);

const pairs = fc.array(fc.tuple(anyKey, anyValue), { maxLength: 12 });

const anySearch = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  // Properly encoded, as a browser would write them.
  pairs.map((list) => `?${new URLSearchParams(list).toString()}`),
  // Raw text, as a person might type or a chat app might mangle it.
  pairs.map((list) => `?${list.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc
    .dictionary(fc.constantFrom<string>(...INPUT_KEYS, 'v'), anyValue)
    .map((dict) => new URLSearchParams(dict).toString()),
);

describe('properties', () => {
  it('decode(encode(s)) is s, with no issues, for any valid scenario', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, ranges: {}, issues: [] });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('any string decodes to a valid scenario that survives re-encoding', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { scenario } = decodeScenario(search);
        for (const key of INPUT_KEYS) {
          const value = scenario[key];
          const { min, max, precision } = INPUT_SPECS[key];
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
          expect(roundToPrecision(value, precision)).toBe(value);
          expect(Object.is(value, -0)).toBe(false);
        }
        expect(sharesTotal(scenario)).toBeLessThanOrEqual(100 + 1e-9);
        const { ranges } = decodeScenario(search);
        expect(decodeScenario(encodeScenario(scenario, ranges))).toEqual({
          scenario,
          ranges,
          issues: [],
        });
      }),
      { numRuns: NUM_RUNS },
    );
    // 2,000 random links take about 3 s alone, and timed out at vitest's default 5 s once on a
    // loaded two-core machine with the other test files running beside it.
  }, 20_000);
});
