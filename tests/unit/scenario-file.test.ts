import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import { scenarioFromJson, scenarioToJson } from '../../src/url/scenario-file';
import { validScenario } from './arbitraries';

describe('scenario file', () => {
  it('exports a readable JSON file with the link', () => {
    const json = scenarioToJson({ ...DEFAULT_SCENARIO, cohort: 1200 });
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
        expect(scenarioFromJson(scenarioToJson(scenario))).toEqual({
          ok: true,
          scenario,
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
