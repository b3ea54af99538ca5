/**
 * The benchmark judges the first load on the median of its Lighthouse runs
 * (scripts/bench/lighthouse-median.mjs): each score and metric is the median over the runs, and
 * the audits shown are those of the run with the median performance score.
 */
import { describe, expect, it } from 'vitest';
import {
  summariseLighthouseRuns,
  type LighthouseRun,
} from '../../scripts/bench/lighthouse-median.mjs';

const run = (
  performance: number | null,
  fcpMs: number,
  tbtMs: number,
  id: string,
): LighthouseRun => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: { fcpMs, lcpMs: fcpMs + 500, tbtMs, cls: 0 },
  failing: { performance: [id] },
  runWarnings: [],
});

describe('Lighthouse median of runs', () => {
  it('takes the median of each score and metric, not one run’s figures', () => {
    const series = summariseLighthouseRuns([
      run(90, 1200, 300, 'slow'),
      run(98, 800, 60, 'fast'),
      run(95, 1000, 250, 'middle'),
    ]);
    expect(series.median.scores.performance).toBe(95);
    expect(series.median.metrics).toEqual({ fcpMs: 1000, lcpMs: 1500, tbtMs: 250, cls: 0 });
    expect(series.medianRun.failing.performance).toEqual(['middle']);
    expect(series.runs).toHaveLength(3);
  });

  it('a single run is its own median; a run without a score leaves the median unknown', () => {
    expect(summariseLighthouseRuns([run(80, 900, 100, 'only')]).median.scores.performance).toBe(80);
    const broken = summariseLighthouseRuns([run(null, 900, 100, 'a'), run(96, 900, 100, 'b')]);
    expect(broken.median.scores.performance).toBeNull();
    expect(() => summariseLighthouseRuns([])).toThrow();
  });
});
