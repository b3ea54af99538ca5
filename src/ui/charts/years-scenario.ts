/**
 * TEMPORARY (issue 12): the one place where the "Over the years" charts get their years scenario.
 * The years inputs are not in the page's Scenario yet (they are being wired into INPUT_SPECS, the
 * store and the link in parallel), so this fills in their defaults for the inputs a scenario does
 * not have, and keeps those it has. It goes away when the wiring lands: the charts then take the
 * store's scenario as it is (`yearsScenarioOf` becomes the identity, and `yearsChartSpec` and
 * `skipYearsRedrawUnless` plain `LiveChartSpec` and `skipRedrawUnless`).
 *
 * One object per scenario object (a WeakMap), so the three charts share the years model's run of
 * a step (charts/data/years-results.ts) and the same-inputs checks cost no copy.
 */
import type { Scenario } from '../../model/inputs';
import { DEFAULT_YEARS_INPUTS, type YearsScenario } from '../../model/years-inputs';
import type { LiveChartSpec } from './use-live-chart';
import type { ScenarioChartProps } from './scenario-chart-props';

const cache = new WeakMap<Scenario, YearsScenario>();

export function yearsScenarioOf(s: Scenario): YearsScenario {
  let years = cache.get(s);
  if (years === undefined) {
    // The scenario's own values win: a scenario that already carries the years inputs keeps them.
    years = { ...DEFAULT_YEARS_INPUTS, ...s };
    cache.set(s, years);
  }
  return years;
}

/** A chart spec whose pure functions read the years scenario. */
export interface YearsChartSpec<Series, Compared> {
  readonly build: (scenario: YearsScenario) => Series;
  readonly compare: (series: Series, other: YearsScenario) => Compared;
  readonly csv: (series: Series, scenario: YearsScenario, link: string) => string;
  readonly live: LiveChartSpec<Series, Compared>['live'];
  readonly readout: LiveChartSpec<Series, Compared>['readout'];
}

export function yearsChartSpec<Series, Compared>(
  spec: YearsChartSpec<Series, Compared>,
): LiveChartSpec<Series, Compared> {
  return {
    build: (scenario) => spec.build(yearsScenarioOf(scenario)),
    compare: (series, other) => spec.compare(series, yearsScenarioOf(other)),
    csv: (series, scenario, link) => spec.csv(series, yearsScenarioOf(scenario), link),
    live: spec.live,
    readout: spec.readout,
  };
}

/**
 * skipRedrawUnless for a years chart. The years charts draw no 90 % band yet, so a new Monte Carlo
 * run (the `band` prop) is no reason to redraw them.
 */
export function skipYearsRedrawUnless(
  sameInputs: (previous: YearsScenario, next: YearsScenario) => boolean,
): (previous: ScenarioChartProps, next: ScenarioChartProps) => boolean {
  return (previous, next) =>
    next.paused === true ||
    (previous.comparison === next.comparison &&
      sameInputs(yearsScenarioOf(previous.scenario), yearsScenarioOf(next.scenario)));
}
