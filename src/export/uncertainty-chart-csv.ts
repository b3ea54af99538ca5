/**
 * CSVs of the three uncertainty charts' series (chance against N, the net impact histogram, the
 * tornado), with the same `#` comment lines naming the scenario, its ranges and the sampling as
 * the other chart CSVs, so each file reopens the run it came from.
 */
import type { ChanceCurveSeries } from '../charts/data/chance-curve-series';
import type { NetImpactHistogramSeries } from '../charts/data/net-impact-histogram-series';
import type { SensitivitySeries } from '../charts/data/sensitivity-series';
import type { Scenario } from '../model/inputs';
import { csvCell, scenarioComments } from './csv';

type Cell = string | number | null;

export interface RunInfo {
  readonly scenario: Scenario;
  readonly link: string;
  readonly samples: number;
  readonly seed: number;
}

function csvText(comments: readonly string[], header: readonly string[], rows: readonly Cell[][]) {
  const lines = [
    ...comments.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`),
    header.map(csvCell).join(','),
    ...rows.map((row) => row.map(csvCell).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function runComments(title: string, run: RunInfo): string[] {
  return [
    title,
    `Monte Carlo: ${run.samples} samples, seed ${run.seed}; ranges are in the scenario link.`,
    ...scenarioComments(run.scenario, run.link),
  ];
}

export function chanceCurveCsv(series: ChanceCurveSeries, run: RunInfo): string {
  return csvText(
    runComments('Chance of net positive against the net-neutral ratio 1 : N.', run),
    ['net_neutral_ratio_n', 'percent_of_samples_net_positive'],
    series.points.map((point) => [point.n, point.percent]),
  );
}

export function netImpactHistogramCsv(series: NetImpactHistogramSeries, run: RunInfo): string {
  return csvText(
    [
      ...runComments(
        `Distribution of net impact at your ratio 1 : ${series.userN}, in safety-researcher equivalents.`,
        run,
      ),
      `Percentiles: p5 ${series.p5}, median ${series.median}, p95 ${series.p95}.`,
      `Samples below the first bin: ${series.below}; above the last bin: ${series.above}.`,
    ],
    ['bin_from', 'bin_to', 'samples', 'percent_of_samples'],
    series.bars.map((bar) => [bar.x0, bar.x1, bar.count, bar.percent]),
  );
}

export function sensitivityCsv(series: SensitivitySeries, run: RunInfo): string {
  return csvText(
    [
      ...runComments(
        `Sensitivity of net impact at your ratio 1 : ${series.userN} to each range (others at their medians).`,
        run,
      ),
      `Net impact with every range at its median: ${series.base}.`,
    ],
    [
      'input',
      'label',
      'value_at_5th_percentile',
      'value_at_95th_percentile',
      'net_impact_at_5th',
      'net_impact_at_95th',
      'swing',
      'flips_verdict',
    ],
    series.rows.map((row) => [
      row.key,
      row.label,
      row.low,
      row.high,
      row.netImpactAtLow,
      row.netImpactAtHigh,
      row.swing,
      row.flips ? 'yes' : 'no',
    ]),
  );
}
