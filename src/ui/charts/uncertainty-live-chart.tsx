/**
 * The wiring the three uncertainty charts share (issue 11): from the run's summary to the
 * builder's series, the live values, the readout and the CSV, memoised per summary, laid out by
 * LiveChartFigure. Each chart gives only its spec (builder, title, frame, legend, texts).
 */
import { effectiveNeutral } from '../../model/years';
import { useCallback, useMemo, type ReactElement } from 'react';
import { scenarioLink } from '../../app/share-url';
import type { UncertaintySummary } from '../../model/uncertainty';
import type { RunInfo } from '../../export/uncertainty-chart-csv';
import type { LegendEntry } from './chart-legend';
import { CHART_HEIGHT } from './chart-parts';
import type { ReadoutContent } from './chart-readout';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import type { FrameId } from './plot-frames';
import type { UncertaintyChartProps } from './uncertainty-chart-props';

export interface UncertaintyChartSpec<Series extends { readonly text: string }> {
  readonly title: string;
  readonly frame: FrameId;
  readonly legend: readonly LegendEntry[];
  readonly keyboardLabel: string;
  /** The chart's series from the summary, at your net-neutral ratio N. */
  readonly build: (summary: UncertaintySummary, userN: number) => Series;
  readonly live: (series: Series) => LiveValues;
  readonly readout: (series: Series, index: number) => ReadoutContent | null;
  readonly csv: (series: Series, run: RunInfo) => string;
}

export function UncertaintyLiveChart<Series extends { readonly text: string }>({
  spec,
  summary,
  job,
}: UncertaintyChartProps & { readonly spec: UncertaintyChartSpec<Series> }): ReactElement {
  // The N in use: the slider's, or derived from the field (model/years.ts).
  const userN = effectiveNeutral(job.scenario);
  const series = useMemo(() => spec.build(summary, userN), [spec, summary, userN]);
  const values = useMemo(() => spec.live(series), [spec, series]);
  const describe = useCallback((index: number) => spec.readout(series, index), [spec, series]);
  const csv = useCallback(
    () =>
      spec.csv(series, {
        scenario: job.scenario,
        link: scenarioLink(),
        samples: summary.samples,
        seed: summary.seed,
      }),
    [spec, series, job, summary],
  );
  return (
    <LiveChartFigure
      title={spec.title}
      text={series.text}
      height={CHART_HEIGHT}
      csv={csv}
      frame={spec.frame}
      legend={spec.legend}
      values={values}
      describe={describe}
      keyboardLabel={spec.keyboardLabel}
    />
  );
}
