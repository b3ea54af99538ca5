/**
 * The summary lines: one figure per budget, with its limit and verdict. For the slider budgets
 * the figure is the worst slider's p95 (all runs pooled). A section that failed or was left out
 * (`--only`) has no line.
 */
import {
  atLeast,
  BUDGETS,
  CPU_SLOWDOWN,
  goalVerdict,
  judgedJs,
  LIGHTHOUSE_BUDGETS,
  verdict,
} from './budgets.mjs';
import { kib } from './bundle-size.mjs';
import { DRAG_STEPS } from './long-tasks.mjs';

/**
 * The slider whose figure has the highest p95.
 *
 * @param {import('./aggregate.mjs').SliderFigures[]} rows
 * @param {'jsMs' | 'jsCpuMs' | 'latencyMs' | 'chancesMs'
 *   | ((row: import('./aggregate.mjs').SliderFigures) => import('./aggregate.mjs').Figure)} key
 *   A figure's key ('jsCpuMs': the same JS on the thread's CPU clock), or a function that picks it.
 */
function worst(rows, key) {
  const pick = typeof key === 'function' ? key : (row) => row[key];
  const sliders = rows.filter((row) => row.slider !== 'all sliders');
  return sliders.reduce((a, b) => (pick(b).p95 > pick(a).p95 ? b : a));
}

/** @param {any} section A measurement's results: false when it failed or was skipped. */
const measured = (section) => Boolean(section) && !section.error && !section.skipped;

/** @param {any} results */
export function verdicts(results) {
  const list = [];
  const ms = (value) => `${value.toFixed(1)} ms`;
  const runs = results.options.runs;
  /** @param {import('./aggregate.mjs').Figure} f */
  const spread = (f) =>
    runs > 1 ? `${f.p95Spread.min.toFixed(1)}–${f.p95Spread.max.toFixed(1)} ms` : '';
  if (measured(results.sliderInputs)) {
    const js = worst(results.sliderInputs.rows, 'jsMs');
    const frame = worst(results.sliderInputs.rows, 'latencyMs');
    list.push({
      name: `JS per input, p95 (worst: ${js.slider})`,
      figure: ms(js.jsMs.p95),
      spread: spread(js.jsMs),
      limit: `≤ ${BUDGETS.inputJsP95Ms} ms`,
      verdict: verdict(js.jsMs.p95, BUDGETS.inputJsP95Ms),
    });
    // The same JS on the main thread's CPU clock: it leaves out time the thread was descheduled,
    // which on a shared machine is much of the gap between median and p95. Shown for reading
    // the figure above; the budget's verdict stays on the wall clock.
    const cpu = worst(results.sliderInputs.rows, 'jsCpuMs');
    list.push({
      name: `  same on the thread CPU clock (worst: ${cpu.slider})`,
      figure: ms(cpu.jsCpuMs.p95),
      spread: spread(cpu.jsCpuMs),
      limit: '—',
      verdict: 'info',
    });
    list.push({
      name: `input → frame, p95 (worst: ${frame.slider})`,
      figure: ms(frame.latencyMs.p95),
      spread: spread(frame.latencyMs),
      limit: `≤ ${BUDGETS.inputToFrameP95Ms} ms`,
      verdict: verdict(frame.latencyMs.p95, BUDGETS.inputToFrameP95Ms),
    });
  }
  if (measured(results.throttledInputs)) {
    const js = worst(results.throttledInputs.rows, 'jsMs');
    list.push({
      name: `${CPU_SLOWDOWN}× slowdown: JS per input, p95 (worst: ${js.slider})`,
      figure: ms(js.jsMs.p95),
      spread: spread(js.jsMs),
      limit: `≤ ${BUDGETS.throttledInputJsP95Ms} ms`,
      verdict: goalVerdict(js.jsMs.p95, BUDGETS.throttledInputJsP95Ms),
    });
  }
  if (measured(results.drag)) {
    const count = results.drag.rows.reduce((sum, row) => sum + row.longTasks, 0);
    list.push({
      name: `long tasks during ${DRAG_STEPS}-step drags`,
      figure: String(count),
      limit: `≤ ${BUDGETS.dragLongTasks}`,
      verdict: verdict(count, BUDGETS.dragLongTasks),
    });
  }
  if (measured(results.bundle)) {
    list.push({
      name: 'initial JavaScript, gzip -9',
      figure: kib(results.bundle.initialJsGzip),
      limit: `≤ ${BUDGETS.initialJsGzipKiB} KiB`,
      verdict: verdict(results.bundle.initialJsGzip / 1024, BUDGETS.initialJsGzipKiB),
    });
  }
  if (measured(results.firstChart)) {
    list.push({
      name: 'cold load to first chart, median',
      figure: `${results.firstChart.median.firstChartMs.toFixed(0)} ms`,
      limit: `≤ ${BUDGETS.firstChartMs} ms`,
      verdict: verdict(results.firstChart.median.firstChartMs, BUDGETS.firstChartMs),
    });
  }
  if (measured(results.heap)) {
    const mb = results.heap.growthBytes / 1e6;
    list.push({
      name: `heap growth after ${results.heap.changes} changes`,
      figure: `${mb.toFixed(2)} MB`,
      limit: `≤ ${BUDGETS.heapGrowthMB} MB`,
      verdict: verdict(mb, BUDGETS.heapGrowthMB),
    });
  }
  const lh = results.lighthouse;
  if (measured(lh)) {
    const of = lh.runs.length > 1 ? `, median of ${lh.runs.length}` : '';
    for (const [key, budget] of Object.entries(LIGHTHOUSE_BUDGETS)) {
      if ('min' in budget) {
        list.push({
          name: `Lighthouse ${key.replace('-', ' ')}${of}`,
          figure: String(lh.median.scores[key] ?? '—'),
          limit: `≥ ${budget.min}`,
          verdict: atLeast(lh.median.scores[key], budget.min),
        });
      } else {
        const value = lh.median.metrics[key];
        const text = key === 'cls' ? value.toFixed(3) : `${value.toFixed(0)} ms`;
        list.push({
          name: `Lighthouse ${key.replace(/Ms$/, '').toUpperCase()}${of}`,
          figure: text,
          limit: key === 'cls' ? `≤ ${budget.max}` : `≤ ${budget.max} ms`,
          verdict: verdict(value, budget.max),
        });
      }
    }
  }
  list.push(...fiveRangeVerdicts(results.fiveRanges, spread));
  list.push(...yearsVerdicts(results.years, spread));
  return list;
}

/**
 * JS per input and, on a page with ranges, input → chances on screen, each the worst slider's
 * p95, with `prefix` before each name. With ranges the JS is judged in each input's busiest
 * frame, and the sum over its frames follows as a line of its own (budgets.mjs, `judgedJs`).
 *
 * @param {import('./aggregate.mjs').SliderFigures[]} rows
 * @param {string} prefix
 * @param {{ jsMs: number, chancesMs: number | null }} budgets chancesMs null: no ranges.
 * @param {(f: import('./aggregate.mjs').Figure) => string} spread
 */
function inputVerdicts(rows, prefix, budgets, spread) {
  const list = [];
  const ms = (value) => `${value.toFixed(1)} ms`;
  const ranges = budgets.chancesMs !== null;
  const onFrames = ranges && rows.every((row) => row.busiestFrameMs !== undefined);
  const judged = (row) => judgedJs(row, onFrames);
  const js = worst(rows, judged);
  list.push({
    name: `${prefix}: JS per input${onFrames ? ' in its busiest frame' : ''}, p95 (worst: ${js.slider})`,
    figure: ms(judged(js).p95),
    spread: spread(judged(js)),
    limit: `≤ ${budgets.jsMs} ms`,
    verdict: verdict(judged(js).p95, budgets.jsMs),
  });
  if (onFrames) {
    const sum = worst(rows, 'jsMs');
    list.push({
      name: `  JS per input, all its frames added up (worst: ${sum.slider})`,
      figure: ms(sum.jsMs.p95),
      spread: spread(sum.jsMs),
      limit: '—',
      verdict: 'info',
    });
  }
  if (!ranges) return list;
  const chances = worst(rows, 'chancesMs');
  const missed = rows.find((row) => row.slider === 'all sliders')?.chancesMissed ?? 0;
  list.push({
    name: `${prefix}: input → chances on screen, p95 (worst: ${chances.slider})`,
    figure: `${ms(chances.chancesMs.p95)} (median ${ms(chances.chancesMs.median)})`,
    spread: spread(chances.chancesMs),
    limit: `≤ ${budgets.chancesMs} ms`,
    // A summary that never reached the screen (5 s) is over budget whatever the p95 says.
    verdict: missed > 0 ? 'OVER' : verdict(chances.chancesMs.p95, budgets.chancesMs),
  });
  if (missed > 0) {
    list.push({
      name: `${prefix}: inputs whose chances never updated (5 s)`,
      figure: String(missed),
      spread: '',
      limit: '0',
      verdict: 'OVER',
    });
  }
  return list;
}

/**
 * @param {any} drag A drag section.
 * @param {string} prefix
 * @param {number} budget
 */
function dragVerdict(drag, prefix, budget) {
  const count = drag.rows.reduce((sum, row) => sum + row.longTasks, 0);
  return {
    name: `${prefix}: long tasks during ${DRAG_STEPS}-step drags`,
    figure: String(count),
    limit: `≤ ${budget}`,
    verdict: verdict(count, budget),
  };
}

/**
 * The page with five ranges (five-ranges.mjs): JS per input and input → chances on screen, each
 * the worst slider's p95, and long tasks in its drags.
 *
 * @param {any} section results.fiveRanges
 * @param {(f: import('./aggregate.mjs').Figure) => string} spread
 */
export function fiveRangeVerdicts(section, spread) {
  if (!measured(section)) return [];
  const list = [];
  if (measured(section.inputs)) {
    const budgets = { jsMs: BUDGETS.rangesInputJsP95Ms, chancesMs: BUDGETS.rangesChancesP95Ms };
    list.push(...inputVerdicts(section.inputs.rows, '5 ranges', budgets, spread));
  }
  if (measured(section.drag)) {
    list.push(dragVerdict(section.drag, '5 ranges', BUDGETS.rangesDragLongTasks));
  }
  return list;
}

/**
 * The years model over 30 years (years.mjs): JS per input and long tasks in drags on the link of
 * points; JS per input and input → chances on screen on the link with three ranges.
 *
 * @param {any} section results.years
 * @param {(f: import('./aggregate.mjs').Figure) => string} spread
 */
export function yearsVerdicts(section, spread) {
  if (!measured(section)) return [];
  const list = [];
  if (measured(section.inputs)) {
    const budgets = { jsMs: BUDGETS.yearsInputJsP95Ms, chancesMs: null };
    list.push(...inputVerdicts(section.inputs.rows, 'years', budgets, spread));
  }
  if (measured(section.drag)) {
    list.push(dragVerdict(section.drag, 'years', BUDGETS.yearsDragLongTasks));
  }
  const ranged = section.ranges;
  if (measured(ranged) && measured(ranged.inputs)) {
    const budgets = {
      jsMs: BUDGETS.yearsRangesInputJsP95Ms,
      chancesMs: BUDGETS.yearsRangesChancesP95Ms,
    };
    list.push(...inputVerdicts(ranged.inputs.rows, 'years, 3 ranges', budgets, spread));
  }
  return list;
}
