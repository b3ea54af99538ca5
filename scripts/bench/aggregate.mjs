/**
 * Turns raw samples from one or more runs into the figures that are printed and saved: per
 * slider, samples of all runs pooled (median, p95) and the spread of the per-run p95.
 */
import { percentile, range, round, summarise } from './stats.mjs';

/**
 * @typedef {object} Figure
 * @property {number} n Samples.
 * @property {number} median
 * @property {number} p95 Over all runs' samples pooled.
 * @property {number} max
 * @property {{ min: number, max: number }} p95Spread Smallest and largest per-run p95.
 */

/**
 * @param {number[][]} perRun Samples of one quantity, one array per run.
 * @returns {Figure}
 */
export function figure(perRun) {
  const pooled = summarise(perRun.flat());
  const spread = range(perRun.filter((r) => r.length > 0).map((r) => summarise(r).p95));
  return {
    n: pooled.n,
    median: round(pooled.median),
    p95: round(pooled.p95),
    max: round(pooled.max),
    p95Spread: { min: round(spread.min), max: round(spread.max) },
  };
}

/**
 * @typedef {object} SliderFigures
 * @property {string} slider
 * @property {Figure} jsMs
 * @property {Figure} jsCpuMs
 * @property {Figure} latencyMs
 * @property {Figure} mainThreadMs
 * @property {Figure} syncMs
 * @property {number} unchanged
 * @property {Figure} [chancesMs] Input → chances updated on screen (a page with ranges only).
 * @property {Figure} [bandsMs] Input → a chart shows the run's 90 % bands (the same pages).
 * @property {number} [chancesMissed] Moves whose chances never showed their summary.
 * @property {GcFigures} gc Inputs with a main-thread garbage collection inside them.
 * @property {Figure} [busiestFrameMs] JavaScript in each input's busiest animation frame (where
 *   jsMs adds up all of an input's frames): the pages with ranges are judged on it.
 */

/** A collection at least this long counts (shorter incremental marking steps are everywhere). */
export const GC_MIN_MS = 0.5;

/**
 * @typedef {object} GcFigures
 * @property {number} inputs Measured inputs.
 * @property {number} withGc Inputs with at least GC_MIN_MS of main-thread garbage collection.
 * @property {number} jsP95Without JavaScript per input, p95, of the other inputs: how much of the
 *   p95 the collections make (a diagnosis; the budget is on all inputs).
 */

/**
 * @param {Array<import('./slider-inputs.mjs').SliderSamples | undefined>} samples
 * @returns {GcFigures}
 */
function gcFigures(samples) {
  let inputs = 0;
  let withGc = 0;
  /** @type {number[]} */
  const without = [];
  for (const s of samples) {
    s?.jsMs.forEach((js, index) => {
      inputs += 1;
      if ((s.gcMs?.[index] ?? 0) >= GC_MIN_MS) withGc += 1;
      else without.push(js);
    });
  }
  return { inputs, withGc, jsP95Without: round(percentile(without, 95)) };
}

/**
 * The busiest frame's JavaScript, where the samples have it (samples saved before it was measured
 * do not).
 *
 * @param {Array<Array<import('./slider-inputs.mjs').SliderSamples | undefined>>} perRun Each
 *   run's samples of the row (one slider's, or all sliders').
 * @returns {{ busiestFrameMs?: Figure }}
 */
function busiestFrame(perRun) {
  const samples = perRun.flat();
  if (!samples.some((s) => s?.busiestFrameMs !== undefined)) return {};
  return {
    busiestFrameMs: figure(perRun.map((run) => run.flatMap((s) => s?.busiestFrameMs ?? []))),
  };
}

/**
 * @param {import('./slider-inputs.mjs').SliderSamples[][]} runs One array of slider samples per run.
 * @returns {SliderFigures[]} One row per slider, then "all sliders".
 */
export function sliderFigures(runs) {
  const sliders = runs[0].map((s) => s.slider);
  // The input → chances time exists only on a page with ranges (five-ranges.mjs).
  const withChances = runs.some((run) => run.some((s) => s.chancesMs !== undefined));
  /** @param {Array<import('./slider-inputs.mjs').SliderSamples | undefined>} mine */
  const chances = (mine) =>
    withChances
      ? {
          chancesMs: figure(mine.map((s) => s?.chancesMs ?? [])),
          bandsMs: figure(mine.map((s) => s?.bandsMs ?? [])),
          chancesMissed: mine.reduce((sum, s) => sum + (s?.chancesMissed ?? 0), 0),
        }
      : {};
  const rows = sliders.map((slider) => {
    const mine = runs.map((run) => run.find((s) => s.slider === slider));
    return {
      slider,
      jsMs: figure(mine.map((s) => s?.jsMs ?? [])),
      jsCpuMs: figure(mine.map((s) => s?.jsCpuMs ?? [])),
      latencyMs: figure(mine.map((s) => s?.latencyMs ?? [])),
      mainThreadMs: figure(mine.map((s) => s?.mainThreadMs ?? [])),
      syncMs: figure(mine.map((s) => s?.syncMs ?? [])),
      unchanged: mine.reduce((sum, s) => sum + (s?.unchanged ?? 0), 0),
      ...chances(mine),
      gc: gcFigures(mine),
      ...busiestFrame(mine.map((s) => [s])),
    };
  });
  const all = (key) => runs.map((run) => run.flatMap((s) => s[key] ?? []));
  rows.push({
    slider: 'all sliders',
    jsMs: figure(all('jsMs')),
    jsCpuMs: figure(all('jsCpuMs')),
    latencyMs: figure(all('latencyMs')),
    mainThreadMs: figure(all('mainThreadMs')),
    syncMs: figure(all('syncMs')),
    unchanged: rows.reduce((sum, row) => sum + row.unchanged, 0),
    ...(withChances
      ? {
          chancesMs: figure(all('chancesMs')),
          bandsMs: figure(all('bandsMs')),
          chancesMissed: rows.reduce((sum, row) => sum + (row.chancesMissed ?? 0), 0),
        }
      : {}),
    gc: gcFigures(runs.flat()),
    ...busiestFrame(runs),
  });
  return rows;
}

/**
 * @typedef {object} DragRow
 * @property {string} slider
 * @property {number} longTasks Summed over the runs.
 * @property {number} longestMs Longest over the runs.
 * @property {number} blockingMs Summed over the runs.
 */

/**
 * One row per dragged slider, over all runs.
 *
 * @param {import('./long-tasks.mjs').DragResult[][]} runs One array of drags per run.
 * @returns {DragRow[]}
 */
export function dragRows(runs) {
  return runs[0].map((first) => {
    const mine = runs.map((r) => r.find((d) => d.slider === first.slider));
    return {
      slider: first.slider,
      longTasks: mine.reduce((sum, d) => sum + (d?.longTasks ?? 0), 0),
      longestMs: round(Math.max(...mine.map((d) => d?.longestMs ?? 0)), 1),
      blockingMs: round(
        mine.reduce((sum, d) => sum + (d?.blockingMs ?? 0), 0),
        1,
      ),
    };
  });
}

/**
 * @param {import('./slider-inputs.mjs').SliderSamples[]} run
 * @returns {import('./slider-inputs.mjs').SliderSamples[]} Samples rounded to 0.01 ms for the file.
 */
export function roundedSamples(run) {
  const r = (values) => values.map((v) => round(v));
  return run.map((s) => ({
    ...s,
    jsMs: r(s.jsMs),
    jsCpuMs: r(s.jsCpuMs),
    mainThreadMs: r(s.mainThreadMs),
    ...(s.gcMs ? { gcMs: r(s.gcMs) } : {}),
    ...(s.busiestFrameMs ? { busiestFrameMs: r(s.busiestFrameMs) } : {}),
    latencyMs: r(s.latencyMs),
    syncMs: r(s.syncMs),
    ...(s.chancesMs ? { chancesMs: r(s.chancesMs) } : {}),
    ...(s.bandsMs ? { bandsMs: r(s.bandsMs) } : {}),
  }));
}
