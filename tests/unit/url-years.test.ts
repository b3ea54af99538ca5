/**
 * The inputs of "Over the years" (issue 12) in links, pins, scenario files, the figures CSV's
 * comments: the nine numbers through the same rules as every input, the choice `nFrom` through
 * its own (exactly one of its options), `years` never a range. Hostile values are clamped,
 * rounded or replaced with a notice, never a crash or NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_COMPARISON } from '../../src/model/comparison';
import { DEFAULT_SCENARIO, INPUT_KEYS, type Scenario } from '../../src/model/inputs';
import { DEFAULT_SAMPLING, NO_RANGES } from '../../src/model/ranges';
import { withRangePoints } from '../../src/model/range-points';
import { scenarioComments } from '../../src/export/csv';
import { decodeScenario, encodeScenario, normaliseScenario } from '../../src/url';
import { decodeLink, encodeLink } from '../../src/url/link-codec';
import { scenarioToJson } from '../../src/url/scenario-file';
import { scenarioFromJson } from '../../src/url/scenario-file-import';
import { validScenario } from './arbitraries';

const withChanges = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

describe('the years inputs in links', () => {
  it('writes only what differs from the defaults, numbers first and the choice last', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toBe('?v=1');
    expect(
      encodeScenario(withChanges({ nFrom: 'field', years: 12, safGrowth: -5, importance: 0.5 })),
    ).toBe('?v=1&years=12&safGrowth=-5&importance=0.5&nFrom=field');
  });

  it('round-trips every valid scenario, the choice included, with no notice', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, ranges: {}, issues: [] });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'nFrom=evil',
      { nFrom: 'set' },
      'invalid',
      'nFrom (How N is set): "evil" is not "set" or "field"; using the default, "set" (Your slider).',
    ],
    [
      'nFrom=Field',
      { nFrom: 'set' },
      'invalid',
      'nFrom (How N is set): "Field" is not "set" or "field"; using the default, "set" (Your slider).',
    ],
    [
      'nFrom=',
      { nFrom: 'set' },
      'invalid',
      'nFrom (How N is set): no value was given; using the default, "set" (Your slider).',
    ],
    [
      'nFrom=field~set',
      { nFrom: 'set' },
      'invalid',
      'nFrom (How N is set): "field~set" is not "set" or "field"; using the default, "set" (Your slider).',
    ],
    [
      'years=NaN',
      { years: 1 },
      'invalid',
      'years (Years): "NaN" is not a number; using the default, 1 year.',
    ],
    [
      'years=31',
      { years: 30 },
      'clamped',
      'years (Years): 31 is above the maximum; using 30 years.',
    ],
    ['years=0', { years: 1 }, 'clamped', 'years (Years): 0 is below the minimum; using 1 year.'],
    [
      'years=1e999',
      { years: 30 },
      'clamped',
      'years (Years): 1e999 is above the maximum; using 30 years.',
    ],
    [
      'years=2.5',
      { years: 3 },
      'rounded',
      'years (Years): 2.5 has more decimals than this input takes (whole numbers); using 3 years.',
    ],
    [
      'perYear=Infinity',
      { perYear: 1 },
      'invalid',
      'perYear (Cohorts per year): "Infinity" is not a number; using the default, 1 cohort a year.',
    ],
    [
      'safGrowth=-50',
      { safGrowth: -20 },
      'clamped',
      'safGrowth (Safety field growth): -50 is below the minimum; using −20 % a year.',
    ],
    [
      'capGrowth=0x10',
      { capGrowth: 0 },
      'invalid',
      'capGrowth (Capabilities field growth): "0x10" is not a number; using the default, 0 % a year.',
    ],
    [
      'drift=51',
      { drift: 50 },
      'clamped',
      'drift (Safety alumni moving to capabilities): 51 is above the maximum; using 50 % a year.',
    ],
    [
      'anyway=-1',
      { anyway: 0 },
      'clamped',
      'anyway (Would have entered anyway): -1 is below the minimum; using 0 %.',
    ],
    [
      'capBoost=300',
      { capBoost: 200 },
      'clamped',
      "capBoost (Capabilities alumni's extra output): 300 is above the maximum; using 200 %.",
    ],
    [
      'importance=0.001',
      { importance: 0.1 },
      'clamped',
      'importance (Safety importance): 0.001 is below the minimum; using 0.1×.',
    ],
    [
      'importance=1.234',
      { importance: 1.23 },
      'rounded',
      'importance (Safety importance): 1.234 has more decimals than this input takes (two decimal places); using 1.23×.',
    ],
  ] as const)('%s opens a valid page and says what it did', (search, changes, kind, message) => {
    const { scenario, issues } = decodeScenario(`?v=1&${search}`);
    expect(scenario).toEqual(withChanges(changes));
    expect(issues).toEqual([{ key: search.split('=')[0], kind, message }]);
    for (const key of INPUT_KEYS) expect(Number.isFinite(scenario[key])).toBe(true);
  });

  it('reads a range on Years as its middle, with a notice: Years is never a range', () => {
    const { scenario, ranges, issues } = decodeScenario('?v=1&years=5~10');
    expect(ranges).toEqual({});
    expect(scenario.years).toBe(8);
    expect(issues).toEqual([
      {
        key: 'years',
        kind: 'range',
        message:
          'years (Years): cannot be a range (it is the horizon the figures are read at); read as the point 8 years, the middle of 5–10 years.',
      },
    ]);
  });

  it('takes ranges on the other eight, with their families', () => {
    const { ranges, issues } = decodeScenario('?v=1&drift=0~10&importance=1~100&safGrowth=-10~30');
    expect(issues).toEqual([]);
    expect(ranges).toEqual({
      safGrowth: { lo: -10, hi: 30 },
      drift: { lo: 0, hi: 10 },
      importance: { lo: 1, hi: 100 },
    });
  });

  it('a state holding a range on Years (a plain-JS caller) is made canonical as a point', () => {
    const placed = withRangePoints(DEFAULT_SCENARIO, { years: { lo: 2, hi: 6 } });
    expect(placed.ranges).toEqual({});
    expect(placed.scenario.years).toBe(4);
  });

  it('normaliseScenario mends a choice that is not an option', () => {
    const broken = { ...DEFAULT_SCENARIO, nFrom: 'evil' } as unknown as Scenario;
    expect(normaliseScenario(broken)).toEqual(DEFAULT_SCENARIO);
    expect(withRangePoints(broken, NO_RANGES).scenario).toEqual(DEFAULT_SCENARIO);
  });
});

describe('the years inputs in pins, files and the CSV', () => {
  const years = withChanges({ years: 20, perYear: 2, drift: 5, nFrom: 'field', importance: 1 });
  const state = {
    scenario: years,
    ranges: { capGrowth: { lo: 5, hi: 15 } },
    sampling: DEFAULT_SAMPLING,
    pins: [{ name: 'Long run', scenario: years, ranges: NO_RANGES }],
    compare: { kind: 'pin', index: 0 } as const,
  };

  it('a pin carries them through the link', () => {
    const link = encodeLink({ ...state, embed: false });
    expect(link).toContain('pin1.years=20');
    expect(link).toContain('pin1.nFrom=field');
    const { state: opened, issues } = decodeLink(link);
    expect(issues).toEqual([]);
    expect(opened.pins[0]?.scenario).toEqual(years);
    expect(opened.scenario).toEqual({ ...years, capGrowth: 10 });
  });

  it('the scenario file writes every input, the choice as text, and reads them back', () => {
    const file = JSON.parse(scenarioToJson(state)) as { scenario: Record<string, unknown> };
    expect(Object.keys(file.scenario)).toEqual([...INPUT_KEYS, 'nFrom']);
    expect(file.scenario).toMatchObject({ years: 20, nFrom: 'field', importance: 1 });
    const read = scenarioFromJson(JSON.stringify(file));
    expect(read).toMatchObject({ ok: true, issues: [] });
    if (read.ok) expect(read.scenario).toEqual({ ...years, capGrowth: 10 });
  });

  it('a hostile file gets the link notice', () => {
    const read = scenarioFromJson(JSON.stringify({ scenario: { nFrom: 'evil', years: 99 } }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario).toEqual(withChanges({ years: 30 }));
    expect(read.issues.map((issue) => issue.key)).toEqual(['years', 'nFrom']);
    expect(read.compare).toEqual(NO_COMPARISON);
  });

  it("the CSV's comment lines name every input with its label", () => {
    const lines = scenarioComments(years, '?v=1');
    expect(lines).toContain('years (Years): 20');
    expect(lines).toContain('nFrom (How N is set): field');
    expect(lines).toContain('importance (Safety importance): 1');
  });
});
