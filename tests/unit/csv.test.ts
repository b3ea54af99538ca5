import { describe, expect, it } from 'vitest';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import { csvCell, fieldRatioCsv, netImpactCsv, newResearchersCsv } from '../../src/export/csv';
import { figuresCsv } from '../../src/export/figures-csv';
import { calculateYears as calculate } from '../../src/model/years';
import { DEFAULT_SCENARIO, INPUT_KEYS } from '../../src/model/inputs';

const link = 'https://example.test/?v=1';

function rows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split(','));
}

describe('CSV exports', () => {
  it.each<[string | number | null, string]>([
    [1.4, '1.4'],
    [Number.NaN, ''],
    [null, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['−20', '−20'],
    [49.999999999999986, '50'],
    [58.99999999987999, '59'],
    [-0, '0'],
    [1_000_029.2, '1000029.2'],
    [0.1 + 0.2, '0.3'],
  ])('cell %j is written %s', (value, text) => {
    expect(csvCell(value)).toBe(text);
  });

  it('figures: one row per figure with the raw value and the text on screen', () => {
    const text = figuresCsv(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), link);
    expect(text).toContain(`# Scenario link: ${link}`);
    for (const key of INPUT_KEYS) expect(text).toContain(`# ${key} (`);
    const table = rows(text);
    expect(table[0]).toEqual(['figure', 'value', 'shown as']);
    const byName = new Map(table.slice(1).map((row) => [row[0], row]));
    expect(byName.get('Field ratio after')).toEqual(['Field ratio after', '7', '7 : 1']);
    expect(byName.get('Net impact at 1:10')).toEqual(['Net impact at 1:10', '450', '450']);
    expect(byName.get('Net impact at 1:100')).toEqual(['Net impact at 1:100', '495', '495']);
  });

  it('each chart: a header row and one row per plotted point', () => {
    const field = buildFieldRatioSeries(DEFAULT_SCENARIO);
    const fieldRows = rows(fieldRatioCsv(field, DEFAULT_SCENARIO, link));
    expect(fieldRows).toHaveLength(field.points.length + 1);
    expect(fieldRows).toContainEqual(['1000', '7']);

    const split = buildNewResearchersSeries(DEFAULT_SCENARIO);
    const splitText = newResearchersCsv(split, DEFAULT_SCENARIO, link);
    expect(rows(splitText)).toHaveLength(split.points.length + 1);

    const impact = buildNetImpactSeries(DEFAULT_SCENARIO);
    const impactRows = rows(netImpactCsv(impact, DEFAULT_SCENARIO, link));
    expect(impactRows[0]).toEqual([
      'cohort_size_people',
      'net_impact_at_1_10',
      'net_impact_at_1_100',
      'net_impact_at_your_1_100',
    ]);
    expect(impactRows).toContainEqual(['1000', '450', '495', '495']);
  });

  it('writes no binary noise in any export: every number has at most ten significant digits', () => {
    const scenario = {
      ...DEFAULT_SCENARIO,
      toSafety: 49,
      toIndep: 29,
      toCap: 1.4,
      nonGen: 82,
      cohort: 777,
    };
    const texts = [
      figuresCsv(scenario, calculate(scenario), link),
      fieldRatioCsv(buildFieldRatioSeries(scenario), scenario, link),
      newResearchersCsv(buildNewResearchersSeries(scenario), scenario, link),
      netImpactCsv(buildNetImpactSeries(scenario), scenario, link),
    ];
    for (const text of texts) {
      for (const row of rows(text).slice(1)) {
        for (const cell of row) {
          if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell)) continue;
          const digits = cell
            .replace(/^-/, '')
            .replace(/e.*$/, '')
            .replace('.', '')
            .replace(/^0+/, '');
          expect(digits.length, cell).toBeLessThanOrEqual(10);
        }
      }
    }
  });
});
