/**
 * The median of several Lighthouse runs (pure, so the unit tests can check it). Lighthouse's own
 * advice is to judge a page by the median of several runs: one run varies with the machine.
 */
import { percentile } from './stats.mjs';

/**
 * @typedef {object} LighthouseSeries
 * @property {import('./lighthouse.mjs').LighthouseSummary[]} runs Every run, in order.
 * @property {{ scores: Record<string, number | null>, metrics: import('./lighthouse.mjs').LighthouseSummary['metrics'] }} median
 *   The median of each score and each metric over the runs (Lighthouse's own advice: judge a page
 *   by the median of several runs, since one run varies with the machine).
 * @property {import('./lighthouse.mjs').LighthouseSummary} medianRun The run with the median performance score, whose
 *   failing audits are reported.
 */

/**
 * The median of each score and metric over several Lighthouse runs.
 *
 * @param {readonly import('./lighthouse.mjs').LighthouseSummary[]} runs At least one.
 * @returns {LighthouseSeries}
 */
export function summariseLighthouseRuns(runs) {
  if (runs.length === 0) throw new Error('no Lighthouse runs to summarise');
  const median = (values) => percentile(values, 50);
  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const category of Object.keys(runs[0].scores)) {
    const values = runs.map((run) => run.scores[category]).filter((v) => typeof v === 'number');
    scores[category] = values.length === runs.length ? median(values) : null;
  }
  const metric = (key) => median(runs.map((run) => run.metrics[key]));
  const byPerformance = [...runs].sort(
    (a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1),
  );
  return {
    runs: [...runs],
    median: {
      scores,
      metrics: {
        fcpMs: metric('fcpMs'),
        lcpMs: metric('lcpMs'),
        tbtMs: metric('tbtMs'),
        cls: metric('cls'),
      },
    },
    medianRun: byPerformance[Math.floor((byPerformance.length - 1) / 2)],
  };
}
