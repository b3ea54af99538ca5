/**
 * What every chart component does with its scenario: build the series, evaluate the comparison
 * at the same samples, and derive the live values, the readout and the CSV from them. Each chart
 * supplies its own pure functions in a `LiveChartSpec`, defined once at module level.
 */
import { useCallback, useMemo } from 'react';
import { scenarioLink } from '../../app/share-url';
import type { Scenario } from '../../model/inputs';
import type { ChartComparison } from './chart-comparison';
import type { ReadoutContent } from './chart-readout';
import type { LiveValues } from './live-chart-figure';

export interface LiveChartSpec<Series, Compared> {
  readonly build: (scenario: Scenario) => Series;
  readonly compare: (series: Series, other: Scenario) => Compared;
  readonly csv: (series: Series, scenario: Scenario, link: string) => string;
  readonly live: (series: Series, compared: Compared | null) => LiveValues;
  readonly readout: (
    series: Series,
    compared: Compared | null,
    comparison: ChartComparison | null,
    index: number,
  ) => ReadoutContent | null;
}

export function useLiveChart<Series, Compared>(
  spec: LiveChartSpec<Series, Compared>,
  scenario: Scenario,
  comparison: ChartComparison | null,
) {
  const series = useMemo(() => spec.build(scenario), [spec, scenario]);
  const compared = useMemo(
    () => (comparison ? spec.compare(series, comparison.scenario) : null),
    [spec, series, comparison],
  );
  // Built only when someone downloads it, with the link Copy link gives (pins and comparison too).
  const csv = useCallback(
    () => spec.csv(series, scenario, scenarioLink()),
    [spec, series, scenario],
  );
  const describe = useCallback(
    (index: number) => spec.readout(series, compared, comparison, index),
    [spec, series, compared, comparison],
  );
  const values = useMemo(() => spec.live(series, compared), [spec, series, compared]);
  return { series, compared, csv, describe, values };
}
