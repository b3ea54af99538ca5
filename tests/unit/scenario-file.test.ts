import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_COMPARISON } from '../../src/model/comparison';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS, type Scenario } from '../../src/model/inputs';
import { DEFAULT_SAMPLING, NO_RANGES } from '../../src/model/ranges';
import { encodeLink } from '../../src/url/link-codec';
import { scenarioFromJson, scenarioToJson } from '../../src/url/scenario-file';
import { validScenario } from './arbitraries';

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
