/**
 * A chart and the headline figures must never disagree. The headline evaluates the scenario's
 * whole cohort (calculate); the new-researchers chart and the net-impact chart's verdict evaluate
 * the split per person of the cohort (placementsPerPerson), because those figures do not depend on
 * cohort size. The two computations differ in their last bits, and before the formats dropped
 * binary noise, a true rounding tie printed differently in the two places: with non-generalizing
 * alignment at 36 % the headline read 1 : 2.13 and chart 2 read 1 : 2.12 (0.68 / 0.32 = 2.125).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';
import { chartScenarioOf } from '../../src/store/selectors';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { formatBalance, formatMargin } from '../../src/format/format';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import { validScenario } from './arbitraries';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

/** The headline's new-researchers ratio and margin at the reader's N, as the page writes them. */
function headline(s: Scenario) {
  const r = calculate(s);
  return {
    ratio: formatBalance(r.balance, r.placements.newSafety, r.placements.newCapabilities),
    margin: formatMargin(r.verdictAtUser.margin),
    results: r,
  };
}

function expectAgreement(s: Scenario): void {
  const head = headline(s);
  const chart2 = buildNewResearchersSeries(s);
  if (chart2.current !== null && chart2.current.balance === 'both') {
    expect(chart2.current.display.startsWith(`${head.ratio} safety to capabilities`)).toBe(true);
    expect(chart2.text).toContain(`(${head.margin})`);
  }
  // Chart 3 plots the program over the years at the N in use (the page passes it the chart
  // scenario), exactly the headline's net impact at the scenario's own cohort.
  const chart3 = buildNetImpactSeries(chartScenarioOf(s));
  const program = calculateYears(s);
  expect(chart3.current.user).toBe(program.verdictAtUser.netImpact);
  expect(chart3.current.n10).toBe(program.verdictAt10.netImpact);
  expect(chart3.current.n100).toBe(program.verdictAt100.netImpact);
  expect(buildFieldRatioSeries(s).current.ratio).toBe(
    head.results.fieldAfter.capabilitiesPerSafety,
  );
}

describe('the charts and the headline figures agree', () => {
  // Rounding ties at the page's precision, found by fuzzing: the value is exactly half-way, so
  // the last bits of each computation decided which way it rounded.
  it.each([
    ['non-generalizing 36 %: 0.68 / 0.32 = 2.125', scenario({ nonGen: 36 }), '1 : 2.13', '47.1×'],
    [
      'non-generalizing 28 %, cohort 8,849: margin 56.25',
      scenario({ nonGen: 28, cohort: 8_849 }),
      '1 : 1.78',
      '56.3×',
    ],
    [
      '55 % safety, 8 % capabilities: 6.875 : 1',
      scenario({ toSafety: 55, toCap: 8 }),
      '6.88 : 1',
      '688×',
    ],
    [
      '41.9 / 0.3 / 0.8 %, cohort 19,020: 52.75 : 1',
      scenario({ toSafety: 41.9, toIndep: 0.3, toCap: 0.8, cohort: 19_020 }),
      '52.8 : 1',
      '5,275×',
    ],
  ])('%s', (_name, s, ratio, margin) => {
    const head = headline(s);
    expect(head.ratio).toBe(ratio);
    expect(head.margin).toBe(`${margin} break-even`);
    expectAgreement(s);
  });

  it('for any scenario with a cohort', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        fc.pre(s.cohort > 0);
        expectAgreement(s);
      }),
      { numRuns: 3_000 },
    );
  });
});
