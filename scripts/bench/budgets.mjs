/**
 * The budgets and goals the benchmark reports against. They are printed, never enforced: the
 * benchmark exits 0 whatever the figures are.
 */

export const BUDGETS = Object.freeze({
  /** Main-thread JavaScript per slider input event, p95 (ms). */
  inputJsP95Ms: 8,
  /** Input event to the frame after its last DOM change, p95 (ms). */
  inputToFrameP95Ms: 25,
  /** Goal under 4× CPU slowdown: JavaScript per input event, p95 (ms). */
  throttledInputJsP95Ms: 16,
  /** Long tasks (> 50 ms) during a 60-step mouse drag. */
  dragLongTasks: 0,
  /** Initial JavaScript, gzip level 9 (KiB). */
  initialJsGzipKiB: 200,
  /** Cold load to the first chart's line painted (ms). */
  firstChartMs: 1000,
  /** JavaScript heap growth after 2,000 slider changes, after GC (MB = 10⁶ bytes). */
  heapGrowthMB: 5,
  /**
   * On the five-range link (five-ranges.mjs; issue 11): main-thread JavaScript per input, p95
   * (ms), in the input's busiest frame (`judgedJs` below). The sampling runs in a Web Worker,
   * whose thread the trace analysis does not count.
   */
  rangesInputJsP95Ms: 8,
  /** On the five-range link: input → chances of net positive updated on screen, p95 (ms). */
  rangesChancesP95Ms: 100,
  /** On the five-range link: long tasks (> 50 ms) during a 60-step mouse drag. */
  rangesDragLongTasks: 0,
  /**
   * On the years link (years.mjs; issue 12): 30 years of four cohorts, every years input set.
   * Main-thread JavaScript per input, p95 (ms).
   */
  yearsInputJsP95Ms: 8,
  /** On the years link: long tasks (> 50 ms) during a 60-step mouse drag. */
  yearsDragLongTasks: 0,
  /**
   * On the years link with three ranges: main-thread JavaScript per input, p95 (ms), in the
   * input's busiest frame as on the five-range link.
   */
  yearsRangesInputJsP95Ms: 8,
  /** On the years link with three ranges: input → chances updated on screen, p95 (ms). */
  yearsRangesChancesP95Ms: 100,
});

/**
 * The JavaScript figure a slider row's budget is judged on. On a page without ranges an input
 * renders once, in one frame, and the figure is all of its JavaScript (`jsMs`). On a page with
 * ranges an input renders twice, about 40 ms apart: at once for the slider, and again when the
 * worker's run comes back. The 8 ms budget (half a frame at 60 Hz) is there so that no frame waits
 * for the page's JavaScript, so there it is judged on the input's busiest frame
 * (`busiestFrameMs`, trace-js-time.mjs), and the sum of both renders is printed beside it
 * (docs/performance.md, "How the budget is read"). Samples saved before frames were measured have
 * only the sum, which is then judged.
 *
 * @param {import('./aggregate.mjs').SliderFigures} row
 * @param {boolean} ranges Whether the row was measured on a page with ranges.
 * @returns {import('./aggregate.mjs').Figure}
 */
export function judgedJs(row, ranges) {
  return ranges && row.busiestFrameMs ? row.busiestFrameMs : row.jsMs;
}

/**
 * First load, Lighthouse 12's default mobile profile, median of the runs (issue 10): a score at
 * least `min`, a metric at most `max`.
 */
export const LIGHTHOUSE_BUDGETS = Object.freeze({
  performance: { min: 95 },
  accessibility: { min: 100 },
  'best-practices': { min: 100 },
  seo: { min: 100 },
  fcpMs: { max: 1800 },
  lcpMs: { max: 2500 },
  tbtMs: { max: 200 },
  cls: { max: 0 },
});

/** CPU slowdown for the throttled run (CDP Emulation.setCPUThrottlingRate). */
export const CPU_SLOWDOWN = 4;

/**
 * @param {number} value
 * @param {number} budget
 * @returns {'PASS' | 'OVER' | 'N/A'}
 */
export function verdict(value, budget) {
  if (!Number.isFinite(value)) return 'N/A';
  return value <= budget ? 'PASS' : 'OVER';
}

/**
 * @param {number | null | undefined} value
 * @param {number} minimum
 * @returns {'PASS' | 'UNDER' | 'N/A'}
 */
export function atLeast(value, minimum) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'N/A';
  return value >= minimum ? 'PASS' : 'UNDER';
}

/**
 * @param {number} value
 * @param {number} goal
 * @returns {'GOAL MET' | 'OVER GOAL' | 'N/A'}
 */
export function goalVerdict(value, goal) {
  if (!Number.isFinite(value)) return 'N/A';
  return value <= goal ? 'GOAL MET' : 'OVER GOAL';
}
