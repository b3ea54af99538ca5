/**
 * "Download the samples per input as CSV" (issue 11): one row per input that is a range, with
 * its ends (the 90 % interval asked for), family, fitted median and what the samples show of it
 * (5th, 50th, 95th percentile, mean), so a reader can check that the sampled percentiles match
 * the ends. From UncertaintySummary.inputs; pure text.
 */
import { formatRangeFamily } from '../format/range-format';
import { formatSampling } from '../format/uncertainty-format';
import { INPUT_SPECS, type Scenario } from '../model/inputs';
import type { UncertaintySummary } from '../model/uncertainty';
import { csvText, scenarioComments } from './csv';

export function sampledInputsCsv(
  summary: UncertaintySummary,
  scenario: Scenario,
  link: string,
): string {
  return csvText(
    [
      'Samples of each input that is a range, safety vs capabilities ratio explorer.',
      `${formatSampling(summary.samples, summary.seed)}. range_low and range_high are the 5th and 95th percentiles asked for; sampled_* are the samples' own; point_value is the middle of the range, which the sliders and the point figures use.`,
      `Samples whose shares summed past 100 % and were scaled down: ${summary.sharesScaled}.`,
      ...scenarioComments(scenario, link),
    ],
    [
      'input',
      'label',
      'unit',
      'family',
      'range_low',
      'range_high',
      'point_value',
      'fitted_median',
      'sampled_p5',
      'sampled_median',
      'sampled_p95',
      'sampled_mean',
    ],
    summary.inputs.map((input) => [
      input.key,
      INPUT_SPECS[input.key].label,
      INPUT_SPECS[input.key].unit,
      formatRangeFamily(input.family),
      input.lo,
      input.hi,
      scenario[input.key],
      input.median,
      input.sampled.p5,
      input.sampled.median,
      input.sampled.p95,
      input.mean,
    ]),
  );
}
