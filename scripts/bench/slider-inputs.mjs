/* global window -- used by code that runs in the page */
/**
 * Per-slider input measurements: for each slider, a fresh load of the default scenario, a few
 * warm-up moves, then `values` distinct positions, each dispatched as one `input` event and
 * allowed to finish (DOM quiet for two frames, and at least 130 ms). The address bar follows an
 * uncommitted change only after it has rested 800 ms (src/app/url-sync.ts), longer than the
 * gap between these moves, so their windows hold no URL update (a commit costs one pushState,
 * and a replaceState only when a resting change had rewritten the address). A Chromium trace over the measured moves gives the
 * JavaScript time per input (trace-js-time.mjs); the in-page harness gives input-to-frame
 * latency (page-harness.mjs).
 */
import { freshPage, openApp, setCpuSlowdown } from './browser.mjs';
import { installHarness } from './page-harness.mjs';
import { jsTimePerInput } from './trace-js-time.mjs';

/** The nine sliders, by accessible name, in page order. */
export const ALL_SLIDERS = Object.freeze([
  'Capabilities researchers',
  'Safety researchers',
  'Cohort size',
  'Safety roles',
  'Independent safety research',
  'Capabilities roles',
  'Independents counted as safety',
  'Non-generalizing alignment',
  'Your net-neutral ratio',
]);

/** The sliders that move the most charts; used by --quick. */
export const KEY_SLIDERS = Object.freeze([
  'Cohort size',
  'Capabilities roles',
  'Capabilities researchers',
]);

const TIMING = Object.freeze({ quietMs: 34, minSpacingMs: 130, timeoutMs: 5000 });
/** The warm-up moves before each slider's measured ones, as fractions of its track. */
export const WARM_UP_FRACTIONS = Object.freeze([0.3, 0.7, 0.4, 0.6, 0.5]);
const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'];

/**
 * @param {{ min: number, max: number, step: number }} track
 * @param {number} fraction 0–1 along the track.
 */
export function positionAt(track, fraction) {
  return track.min + Math.round((fraction * (track.max - track.min)) / track.step) * track.step;
}

/**
 * `count` positions over 5–95 % of the track, as a drag would visit them: an upward sweep over
 * every other position, then a downward sweep over the rest. A track with fewer than `count`
 * steps there (the net-neutral ratio's ladder has about 20) is swept again, back and forth over
 * the same positions, so every slider's p95 comes from `count` moves; no move repeats the
 * position before it (it would change nothing).
 *
 * @param {{ min: number, max: number, step: number }} track
 * @param {number} count
 * @returns {number[]}
 */
export function plannedPositions(track, count) {
  const all = Array.from({ length: count }, (_, k) =>
    positionAt(track, 0.05 + (0.9 * k) / (count - 1)),
  );
  const up = all.filter((_, k) => k % 2 === 0);
  const down = all.filter((_, k) => k % 2 === 1).reverse();
  const seen = new Set();
  const distinct = [...up, ...down].filter((position) => !seen.has(position) && seen.add(position));
  const planned = [...distinct];
  let sweep = [...distinct].reverse();
  while (planned.length < count && distinct.length > 1) {
    for (const position of sweep) {
      if (planned.length === count) break;
      if (position !== planned[planned.length - 1]) planned.push(position);
    }
    sweep = [...sweep].reverse();
  }
  return planned;
}

/**
 * @typedef {object} SliderSamples
 * @property {string} slider
 * @property {number[]} jsMs JavaScript per input event (wall clock).
 * @property {number[]} jsCpuMs JavaScript per input event (main-thread CPU clock).
 * @property {number[]} mainThreadMs All main-thread work per input event.
 * @property {number[]} [gcMs] Main-thread garbage collection per input event (wall clock).
 * @property {number[]} [busiestFrameMs] JavaScript in each input's busiest animation frame.
 * @property {number[]} latencyMs Input to the end of the frame after the last DOM change.
 * @property {number[]} syncMs Synchronous part of the dispatch.
 * @property {number} unchanged Moves that changed nothing in the DOM (not counted).
 * @property {number[]} [chancesMs] With `plan.chances`: input to the end of the frame in which
 *   the chances of net positive show this input's summary.
 * @property {number[]} [bandsMs] With `plan.chances`: input to the end of the frame in which a
 *   chart first shows the bands of this input's run (they come after its summary).
 * @property {number} [chancesMissed] With `plan.chances`: moves that started a Monte Carlo run
 *   whose summary did not reach the screen within the harness's 5 s timeout.
 */

/**
 * @typedef {object} SliderPlan
 * @property {readonly string[]} sliders Measured, by accessible name.
 * @property {number} values Positions per slider.
 * @property {number} slowdown CPU slowdown (1 = none).
 * @property {(page: import('playwright-core').Page, url: string) => Promise<void>} [open] Opens
 *   the page for each slider (default: the default scenario, scrolled to the first chart).
 * @property {readonly string[]} [warmUpSliders] The sliders of the unmeasured first pass
 *   (default: all nine; a page with ranges has end sliders in place of some).
 * @property {boolean} [chances] The page has ranges: each move also waits for, and times, the
 *   chances of net positive for its input.
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {SliderPlan} plan
 * @returns {Promise<SliderSamples[]>}
 */
export async function measureSliderInputs(browser, url, plan) {
  const { context, page, cdp } = await freshPage(browser);
  /** @type {SliderSamples[]} */
  const results = [];
  try {
    // One unmeasured pass over every slider first: the browser has just started, and the first
    // slider measured would otherwise also pay for its start-up work.
    const open = plan.open ?? openApp;
    const timing = { ...TIMING, chances: plan.chances === true };
    await open(page, url);
    await page.evaluate(installHarness);
    await page.evaluate(
      (labels) => window.__bench.churn(labels, 60),
      [...(plan.warmUpSliders ?? ALL_SLIDERS)],
    );
    for (const slider of plan.sliders) {
      await setCpuSlowdown(cdp, 1);
      await open(page, url);
      await page.evaluate(installHarness);
      await setCpuSlowdown(cdp, plan.slowdown);
      const track = await page.evaluate((label) => window.__bench.range(label), slider);
      const move = (position) =>
        page.evaluate(
          ([label, p, timing]) => window.__bench.move(label, p, timing),
          [slider, position, timing],
        );
      for (const fraction of WARM_UP_FRACTIONS) {
        await move(positionAt(track, fraction));
      }

      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const moves = [];
      for (const position of plannedPositions(track, plan.values)) moves.push(await move(position));
      await page.evaluate(() => window.__bench.end());
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      const js = jsTimePerInput(trace.traceEvents ?? trace);

      /** @type {SliderSamples} */
      const samples = {
        slider,
        jsMs: [],
        jsCpuMs: [],
        mainThreadMs: [],
        gcMs: [],
        busiestFrameMs: [],
        latencyMs: [],
        syncMs: [],
        unchanged: 0,
        ...(timing.chances ? { chancesMs: [], bandsMs: [], chancesMissed: 0 } : {}),
      };
      for (const m of moves) {
        const time = js.get(m.seq);
        if (m.latencyMs === null || time === undefined) {
          samples.unchanged += 1;
          continue;
        }
        // A move that left the scenario as it was started no run: it has no chances to time.
        if (samples.chancesMs && m.chancesRun) {
          if (m.chancesMs === null) samples.chancesMissed += 1;
          else samples.chancesMs.push(m.chancesMs);
          if (m.bandsMs !== null) samples.bandsMs?.push(m.bandsMs);
        }
        samples.jsMs.push(time.jsMs);
        samples.jsCpuMs.push(time.jsCpuMs);
        samples.mainThreadMs.push(time.mainThreadMs);
        samples.gcMs?.push(time.gcMs);
        samples.busiestFrameMs?.push(time.busiestFrameJsMs);
        samples.latencyMs.push(m.latencyMs);
        samples.syncMs.push(m.syncMs);
      }
      results.push(samples);
    }
  } finally {
    await setCpuSlowdown(cdp, 1).catch(() => {});
    await context.close();
  }
  return results;
}
