import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_COMPARISON } from '../../src/model/comparison';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS, type Scenario } from '../../src/model/inputs';
import { DEFAULT_SAMPLING, NO_RANGES } from '../../src/model/ranges';
import { encodeLink } from '../../src/url/link-codec';
import { scenarioToJson } from '../../src/url/scenario-file';
import { scenarioFromJson } from '../../src/url/scenario-file-import';
import { validRangedScenario, validSampling, validScenario } from './arbitraries';

/** A file with one scenario, no pins and no comparison. */
const only = (scenario: Scenario) => ({
  scenario,
  ranges: NO_RANGES,
  sampling: DEFAULT_SAMPLING,
  pins: [],
  compare: NO_COMPARISON,
});

describe('scenario file', () => {
  it('keeps the pins and the comparison that a copied link keeps, through the link rules', () => {
    const state = {
      scenario: { ...DEFAULT_SCENARIO, toCap: 10 },
      ranges: NO_RANGES,
      sampling: DEFAULT_SAMPLING,
      pins: [
        {
          name: 'Optimist </script>',
          scenario: { ...DEFAULT_SCENARIO, toCap: 1 },
          ranges: NO_RANGES,
        },
        { name: 'Pessimist', scenario: { ...DEFAULT_SCENARIO, nonGen: 50 }, ranges: NO_RANGES },
      ],
      compare: { kind: 'pin', index: 1 } as const,
    };
    const json = scenarioToJson(state);
    expect(JSON.parse(json)).toMatchObject({
      compare: 'pin2',
      link: encodeLink({ ...state, embed: false }),
    });
    expect(scenarioFromJson(json)).toEqual({ ok: true, ...state, issues: [] });
  });

  it('sanitises hand-edited pins like a link, with a notice', () => {
    const result = scenarioFromJson(
      JSON.stringify({
        scenario: {},
        pins: [
          { name: 'A', scenario: { cap: 5 } },
          'oops',
          ...Array(5).fill({ name: 'x', scenario: {} }),
        ],
        compare: 'pin9',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pins.length).toBeLessThanOrEqual(4);
    expect(result.pins[0]?.scenario.cap).toBe(100);
    expect(result.compare).toEqual(NO_COMPARISON);
    expect(result.issues.map((issue) => issue.key)).toEqual(
      expect.arrayContaining(['pin1.cap', 'pin2', 'compare']),
    );
  });

  it('exports a readable JSON file with the link', () => {
    const json = scenarioToJson(only({ ...DEFAULT_SCENARIO, cohort: 1200 }));
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      format: 'ratio-explorer-scenario',
      version: 1,
      link: '?v=1&cohort=1200',
    });
  });

  it('re-imports every valid scenario exactly, with no notice', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expect(scenarioFromJson(scenarioToJson(only(scenario)))).toEqual({
          ok: true,
          ...only(scenario),
          issues: [],
        });
      }),
      { numRuns: 500 },
    );
  });

  it('sanitises a hand-edited file like a link', () => {
    const result = scenarioFromJson(
      JSON.stringify({ scenario: { cap: 5, cohort: 'abc', toCap: null, zzz: 1, toSafety: 90 } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.cap).toBe(100);
    expect(result.scenario.cohort).toBe(DEFAULT_SCENARIO.cohort);
    expect(result.scenario.toSafety + result.scenario.toCap).toBeLessThanOrEqual(100);
    expect(result.issues.map((issue) => issue.key)).toEqual(
      expect.arrayContaining(['cap', 'cohort', 'toCap', 'zzz']),
    );
  });

  it.each(['', 'not json', '[]', 'null', '{"scenario": 3}', `{"a":"${'x'.repeat(200_000)}"}`])(
    'refuses %j with a message',
    (text) => {
      const result = scenarioFromJson(text);
      expect(result.ok).toBe(false);
    },
  );

  it('never throws and always yields values in range', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = scenarioFromJson(text);
        if (!result.ok) return;
        for (const key of INPUT_KEYS) {
          expect(result.scenario[key]).toBeGreaterThanOrEqual(INPUT_SPECS[key].min);
          expect(result.scenario[key]).toBeLessThanOrEqual(INPUT_SPECS[key].max);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scenario file: ranges, seed and samples (issue 11)', () => {
  const ranged = {
    scenario: { ...DEFAULT_SCENARIO, toCap: 12.5, neutral: 31.6 },
    ranges: { toCap: { lo: 5, hi: 20 }, neutral: { lo: 10, hi: 100 } },
    sampling: { seed: 7, samples: 20_000 },
    pins: [
      {
        name: 'Wide cohort',
        scenario: { ...DEFAULT_SCENARIO, cohort: 1_000 },
        ranges: { cohort: { lo: 500, hi: 1_500 } },
      },
    ],
    compare: { kind: 'pin', index: 0 } as const,
  };

  it('writes the ranges as lo and hi, and the seed and samples, readably', () => {
    const file = JSON.parse(scenarioToJson(ranged)) as Record<string, unknown>;
    expect(file).toMatchObject({
      scenario: { toCap: 12.5, neutral: 31.6 },
      ranges: { toCap: { lo: 5, hi: 20 }, neutral: { lo: 10, hi: 100 } },
      seed: 7,
      samples: 20_000,
      pins: [{ name: 'Wide cohort', ranges: { cohort: { lo: 500, hi: 1_500 } } }],
      link: '?v=1&toCap=5~20&neutral=10~100&seed=7&samples=20000&pin1=Wide%20cohort&pin1.cohort=500~1500&compare=pin1',
    });
  });

  it('imports them back exactly', () => {
    expect(scenarioFromJson(scenarioToJson(ranged))).toEqual({ ok: true, ...ranged, issues: [] });
  });

  it('re-imports every valid state with ranges exactly, with no notice', () => {
    fc.assert(
      fc.property(validRangedScenario, validSampling, ({ scenario, ranges }, sampling) => {
        const state = { scenario, ranges, sampling, pins: [], compare: NO_COMPARISON };
        expect(scenarioFromJson(scenarioToJson(state))).toEqual({ ok: true, ...state, issues: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('imports a file written before ranges existed as points, default seed and samples', () => {
    const old = JSON.stringify({
      format: 'ratio-explorer-scenario',
      version: 1,
      scenario: { ...DEFAULT_SCENARIO, cohort: 1_200 },
      link: '?v=1&cohort=1200',
    });
    expect(scenarioFromJson(old)).toEqual({
      ok: true,
      ...only({ ...DEFAULT_SCENARIO, cohort: 1_200 }),
      issues: [],
    });
  });

  it('sanitises hand-edited ranges like a link, with a notice', () => {
    const result = scenarioFromJson(
      JSON.stringify({
        scenario: { toCap: 30 },
        ranges: {
          toCap: { lo: 50, hi: 1.4 },
          cohort: { lo: 'abc', hi: 500 },
          neutral: [1, 2],
          cap: { lo: 5, hi: 5e9 },
          zzz: { lo: 1, hi: 2 },
        },
        seed: 'x',
        samples: 3,
        pins: [{ name: 'P', scenario: {}, ranges: { toCap: { lo: 5 } } }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ranges).toEqual({ toCap: { lo: 1.4, hi: 50 }, cap: { lo: 100, hi: 1_000_000 } });
    expect(result.scenario.toCap).toBe(25.7);
    expect(result.scenario.cohort).toBe(500);
    expect(result.sampling).toEqual({ seed: 1, samples: 1_000 });
    expect(result.pins[0]?.ranges).toEqual({});
    expect(result.issues.map((issue) => `${issue.key} ${issue.kind}`)).toEqual(
      expect.arrayContaining([
        'toCap reversed',
        'cohort invalid',
        'neutral invalid',
        'cap clamped',
        'zzz unknown-key',
        'seed invalid',
        'samples clamped',
        'pin1.toCap invalid',
        'toCap invalid',
      ]),
    );
    // The point the file gave beside the range is named, with where a range's point sits.
    expect(
      result.issues.find((issue) => issue.key === 'toCap' && issue.kind === 'invalid')?.message,
    ).toBe(
      'toCap (Capabilities roles): the file gives the point 30 % beside the range 1.4–50 %; an ' +
        'input that is a range sits at the middle of it, 25.7 %.',
    );
  });
});
