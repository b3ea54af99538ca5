/**
 * The range form of the link format (issue 11): `key=lo~hi`, `seed=`, `samples=`. Round trips,
 * fixtures that must keep opening the same state, and hostile range values with the notice each
 * gets. The 100,000-input fuzz in url-hostile.test.ts covers the range form too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canBeRange, DEFAULT_SCENARIO, INPUT_KEYS, type Scenario } from '../../src/model/inputs';
import {
  DEFAULT_SAMPLING,
  SAMPLES_MAX,
  SEED_MAX,
  type SamplingSettings,
  type ScenarioRanges,
} from '../../src/model/ranges';
import { decodeScenario, encodeScenario, type DecodeIssueKind } from '../../src/url';
import { decodeLink, encodeLink, type LinkState } from '../../src/url/link-codec';
import { validRangedScenario, validSampling } from './arbitraries';
import { RANGE_FIXTURES } from './url-range-fixtures';

const state = (
  scenario: Scenario,
  ranges: ScenarioRanges,
  sampling: SamplingSettings = DEFAULT_SAMPLING,
): LinkState => ({ scenario, ranges, sampling, pins: [], compare: { kind: 'none' }, embed: false });

describe('range fixture links (must open the same state in every version)', () => {
  it.each(RANGE_FIXTURES)('$link opens $note', ({ link, scenario, ranges, sampling }) => {
    const { state: opened, issues } = decodeLink(link);
    expect(issues).toEqual([]);
    expect(opened.scenario).toEqual(scenario);
    expect(opened.ranges).toEqual(ranges);
    expect(opened.sampling).toEqual(sampling);
    // Sharing the state again gives a link (in canonical key order) that opens it again.
    const again = encodeLink(state(scenario, ranges, sampling));
    expect(decodeLink(again)).toEqual({ state: { ...opened }, issues: [] });
  });
});

describe('encoding ranges, seed and samples', () => {
  it('writes a range as its two ends and never its point', () => {
    const ranges = { neutral: { lo: 10, hi: 100 }, toCap: { lo: 5, hi: 20 } };
    expect(encodeScenario({ ...DEFAULT_SCENARIO, toCap: 12.5, neutral: 31.6 }, ranges)).toBe(
      '?v=1&toCap=5~20&neutral=10~100',
    );
  });

  it('writes a range even when its middle is the default, and no point beside it', () => {
    expect(encodeScenario(DEFAULT_SCENARIO, { toCap: { lo: 40, hi: 60 } })).toBe(
      '?v=1&toCap=40~60',
    );
  });

  it('writes a range with equal ends as that point', () => {
    expect(encodeScenario(DEFAULT_SCENARIO, { cohort: { lo: 700, hi: 700 } })).toBe(
      '?v=1&cohort=700',
    );
  });

  it('leaves out the default seed and samples, and writes whole numbers in range', () => {
    expect(encodeLink(state(DEFAULT_SCENARIO, {}))).toBe('?v=1');
    expect(encodeLink(state(DEFAULT_SCENARIO, {}, { seed: 42, samples: 10_000 }))).toBe(
      '?v=1&seed=42',
    );
    expect(encodeLink(state(DEFAULT_SCENARIO, {}, { seed: 1, samples: 2_500.4 }))).toBe(
      '?v=1&samples=2500',
    );
    expect(encodeLink(state(DEFAULT_SCENARIO, {}, { seed: -5, samples: 1e9 }))).toBe(
      '?v=1&seed=0&samples=100000',
    );
  });

  it('pins carry their ranges, not the seed or samples', () => {
    const link = encodeLink({
      ...state(DEFAULT_SCENARIO, {}, { seed: 9, samples: 10_000 }),
      pins: [
        {
          name: 'Wide',
          scenario: { ...DEFAULT_SCENARIO, toCap: 12.5 },
          ranges: { toCap: { lo: 5, hi: 20 } },
        },
      ],
    });
    expect(link).toBe('?v=1&seed=9&pin1=Wide&pin1.toCap=5~20');
    expect(decodeLink(`${link}&pin1.seed=3`).issues.map((issue) => issue.key)).toEqual([
      'pin1.seed',
    ]);
  });
});

describe('round trips', () => {
  it('state → link → state is exact for any ranges, points, seed and samples', () => {
    fc.assert(
      fc.property(validRangedScenario, validSampling, ({ scenario, ranges }, sampling) => {
        const original = state(scenario, ranges, sampling);
        expect(decodeLink(encodeLink(original))).toEqual({
          state: { ...original, theme: 'auto' },
          issues: [],
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('turning a range off leaves the point at the middle, so the link still round-trips', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario }) => {
        // The same points without any range: a link of points.
        expect(decodeScenario(encodeScenario(scenario))).toEqual({
          scenario,
          ranges: {},
          issues: [],
        });
      }),
      { numRuns: 1000 },
    );
  });
});

interface RangeCase {
  readonly name: string;
  readonly search: string;
  readonly changes: Partial<Scenario>;
  readonly ranges: ScenarioRanges;
  readonly kinds: readonly DecodeIssueKind[];
}

const HOSTILE_RANGES: readonly RangeCase[] = [
  {
    name: 'reversed ends: swapped',
    search: '?neutral=100~10',
    changes: { neutral: 31.6 },
    ranges: { neutral: { lo: 10, hi: 100 } },
    kinds: ['reversed'],
  },
  {
    name: 'more than two ends: the first two',
    search: '?toCap=5~20~30',
    changes: { toCap: 12.5 },
    ranges: { toCap: { lo: 5, hi: 20 } },
    kinds: ['range'],
  },
  {
    name: 'a run of separators',
    search: `?toCap=5~20${'~'.repeat(5_000)}`,
    changes: { toCap: 12.5 },
    ranges: { toCap: { lo: 5, hi: 20 } },
    kinds: ['range'],
  },
  {
    name: 'no high end',
    search: '?toCap=5~',
    changes: { toCap: 5 },
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'no low end',
    search: '?toCap=~20',
    changes: { toCap: 20 },
    ranges: {},
    kinds: ['invalid'],
  },
  { name: 'no ends at all', search: '?toCap=~', changes: {}, ranges: {}, kinds: ['invalid'] },
  {
    name: 'two separators only',
    search: '?toCap=~~',
    changes: {},
    ranges: {},
    kinds: ['range', 'invalid'],
  },
  {
    name: 'a bad high end: the point is the low end',
    search: '?cohort=500~abc',
    changes: { cohort: 500 },
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'a bad low end, the high end clamped',
    search: '?cohort=NaN~1e9',
    changes: { cohort: 20_000 },
    ranges: {},
    kinds: ['clamped', 'invalid'],
  },
  {
    name: 'neither end a number',
    search: '?cohort=Infinity~-Infinity',
    changes: {},
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'huge ends, both clamped to the same limit: a point',
    search: '?cap=1e999~2e6',
    changes: { cap: 1_000_000 },
    ranges: {},
    kinds: ['clamped', 'clamped', 'range'],
  },
  {
    name: 'huge and tiny ends: clamped, a range from bound to bound',
    search: '?cap=-1e999~1e999',
    changes: { cap: 10_000 },
    ranges: { cap: { lo: 100, hi: 1_000_000 } },
    kinds: ['clamped', 'clamped'],
  },
  {
    name: 'ends with too many decimals, rounded',
    search: '?toCap=5.04~20.06',
    changes: { toCap: 12.6 },
    ranges: { toCap: { lo: 5, hi: 20.1 } },
    kinds: ['rounded', 'rounded'],
  },
  {
    name: 'ends equal after rounding: a point',
    search: '?cohort=5.2~4.8',
    changes: { cohort: 5 },
    ranges: {},
    kinds: ['rounded', 'rounded', 'range'],
  },
  {
    name: 'equal ends: a point',
    search: '?cohort=700~700',
    changes: { cohort: 700 },
    ranges: {},
    kinds: ['range'],
  },
  {
    name: 'unicode digits and a bidi override',
    search: '?toCap=%D9%A1~%E2%80%AE20',
    changes: {},
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'full-width tilde is not a separator',
    search: '?toCap=5%EF%BD%9E20',
    changes: {},
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'percent-encoded separator',
    search: '?toCap=5%7E20',
    changes: { toCap: 12.5 },
    ranges: { toCap: { lo: 5, hi: 20 } },
    kinds: [],
  },
  {
    name: 'spaces around the ends',
    search: '?toCap=5%20~%2020',
    changes: {},
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'a 3,000-digit end',
    search: `?cohort=1~${'9'.repeat(3_000)}`,
    changes: { cohort: 1 },
    ranges: {},
    kinds: ['invalid'],
  },
  {
    name: 'a range, then the same key as a point: the last wins',
    search: '?toCap=5~20&toCap=7',
    changes: { toCap: 7 },
    ranges: {},
    kinds: ['duplicate'],
  },
  {
    name: 'a ranged share pushes the point shares aside',
    search: '?toSafety=50&toCap=60~80',
    changes: { toSafety: 30, toCap: 70 },
    ranges: { toCap: { lo: 60, hi: 80 } },
    kinds: ['scaled'],
  },
];

describe('decoding hostile range values', () => {
  it.each(HOSTILE_RANGES)('$name', ({ search, changes, ranges, kinds }) => {
    const result = decodeScenario(search);
    expect(result.scenario).toEqual({ ...DEFAULT_SCENARIO, ...changes });
    expect(result.ranges).toEqual(ranges);
    expect(result.issues.map((issue) => issue.kind)).toEqual(kinds);
    for (const issue of result.issues) {
      expect(issue.message).toMatch(/\.$/);
      expect(issue.message.length).toBeLessThan(400);
      // eslint-disable-next-line no-control-regex -- checking that none get through.
      expect(issue.message).not.toMatch(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
    }
    // Whatever came in, the state re-encodes to a link that opens it again with no notice.
    expect(decodeScenario(encodeScenario(result.scenario, result.ranges))).toEqual({
      scenario: result.scenario,
      ranges: result.ranges,
      issues: [],
    });
  });
});

describe('range notices, in plain sentences', () => {
  const messages = (search: string) => decodeScenario(search).issues.map((issue) => issue.message);

  it('says what each problem was and what was used', () => {
    expect(messages('?neutral=100~10')).toEqual([
      'neutral (Your net-neutral ratio): the high end came first; read as 1 : 10 to 1 : 100.',
    ]);
    expect(messages('?toCap=5~20~30')).toEqual([
      'toCap (Capabilities roles): "5~20~30" has more than two ends; a range is written ' +
        'low~high, so only the first two were read.',
    ]);
    expect(messages('?toCap=5~')).toEqual([
      'toCap (Capabilities roles): the range "5~" has no high end; read as the point 5 %, the ' +
        'low end.',
    ]);
    expect(messages('?cohort=~1500')).toEqual([
      'cohort (Cohort size): the range "~1500" has no low end; read as the point 1,500 people, ' +
        'the high end.',
    ]);
    expect(messages('?cohort=500~abc')).toEqual([
      'cohort (Cohort size): the high end "abc" is not a number; read as the point 500 people, ' +
        'the low end.',
    ]);
    expect(messages('?toCap=~')).toEqual([
      'toCap (Capabilities roles): the range "~" has no ends; using the default, 50 %.',
    ]);
    expect(messages('?toCap=a~b')).toEqual([
      'toCap (Capabilities roles): neither end of "a~b" is a number; using the default, 50 %.',
    ]);
    expect(messages('?cohort=700~700')).toEqual([
      'cohort (Cohort size): both ends are 700 people, so it is read as that point.',
    ]);
    expect(messages('?cohort=1~1e9')).toEqual([
      'cohort (Cohort size), high end: 1e9 is above the maximum; using 20,000 people.',
    ]);
    expect(messages('?toSafety=50&toCap=60~80')).toEqual([
      'The shares added up to 120 %, counting toCap (Capabilities roles) at the middle of its ' +
        'range: more than the whole cohort; the shares given as points were scaled down to fit: ' +
        'toSafety 30 %.',
    ]);
  });
});

describe('seed and samples in a link', () => {
  it.each<[string, SamplingSettings, readonly DecodeIssueKind[]]>([
    ['?seed=42', { seed: 42, samples: 10_000 }, []],
    ['?samples=2500', { seed: 1, samples: 2_500 }, []],
    ['?seed=0&samples=100000', { seed: 0, samples: 100_000 }, []],
    [`?seed=${SEED_MAX}`, { seed: SEED_MAX, samples: 10_000 }, []],
    ['?seed=abc', DEFAULT_SAMPLING, ['invalid']],
    ['?seed=', DEFAULT_SAMPLING, ['invalid']],
    ['?seed=1.5', { seed: 2, samples: 10_000 }, ['rounded']],
    ['?seed=-3', { seed: 0, samples: 10_000 }, ['clamped']],
    ['?seed=1e999', { seed: SEED_MAX, samples: 10_000 }, ['clamped']],
    ['?seed=0x10', DEFAULT_SAMPLING, ['invalid']],
    ['?samples=10', { seed: 1, samples: 1_000 }, ['clamped']],
    ['?samples=1e9', { seed: 1, samples: SAMPLES_MAX }, ['clamped']],
    ['?samples=2500.5', { seed: 1, samples: 2_501 }, ['rounded']],
    ['?samples=NaN&seed=%E2%80%AE1', DEFAULT_SAMPLING, ['invalid', 'invalid']],
    ['?seed=5&seed=6', { seed: 6, samples: 10_000 }, []],
  ])('%s → %o', (search, sampling, kinds) => {
    const { state: opened, issues } = decodeLink(search);
    expect(opened.sampling).toEqual(sampling);
    expect(issues.map((issue) => issue.kind)).toEqual(kinds);
    expect(opened.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('names the setting and what was used', () => {
    expect(decodeLink('?samples=10').issues[0]?.message).toBe(
      'samples (number of samples): 10 is below the minimum; using 1,000.',
    );
    expect(decodeLink('?seed=abc').issues[0]?.message).toBe(
      'seed (random seed): "abc" is not a number; using the default, 1.',
    );
    expect(decodeLink('?seed=1.5').issues[0]?.message).toBe(
      'seed (random seed): 1.5 is not a whole number; using 2.',
    );
  });

  it('every input key accepts the range form through its URL rule, but Years', () => {
    for (const key of INPUT_KEYS.filter(canBeRange)) {
      const { ranges, issues } = decodeScenario(`?${key}=0~1e9`);
      expect(ranges[key], key).toBeDefined();
      expect(issues.every((issue) => issue.kind === 'clamped' || issue.kind === 'scaled')).toBe(
        true,
      );
    }
  });
});
