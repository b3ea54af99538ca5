/**
 * `npm run bench`: builds the app, serves the build with `vite preview` on 127.0.0.1:4180, and
 * measures slider responsiveness (with and without 4× CPU slowdown), long tasks during a mouse
 * drag, initial bytes, cold load to the first chart, heap growth, Lighthouse, and the page with
 * five ranges (JS per input, input → chances updated, long tasks in a drag), and the years model
 * run for 30 years with every input set (the same, with and without ranges). Prints each
 * figure with its budget and PASS / OVER and writes the same figures to
 * bench-results/latest.json. Budgets are reported, never enforced: the exit code is 0 unless the
 * benchmark could not run at all. Not part of `npm test`. See README "Benchmark".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dragRows, roundedSamples, sliderFigures } from './bench/aggregate.mjs';
import { BUDGETS, CPU_SLOWDOWN } from './bench/budgets.mjs';
import { launchBrowser, openFiveRanges, openYears, openYearsRanges } from './bench/browser.mjs';
import { buildApp } from './bench/build.mjs';
import { measureBundle } from './bench/bundle-size.mjs';
import { measureFirstChart } from './bench/first-chart.mjs';
import {
  FIVE_RANGE_KEY_SLIDERS,
  FIVE_RANGE_KEYS,
  FIVE_RANGE_SLIDERS,
  FIVE_RANGES_QUERY,
} from './bench/five-ranges.mjs';
import { measureHeapGrowth } from './bench/heap.mjs';
import { runLighthouseSeries } from './bench/lighthouse.mjs';
import { DRAG_STEPS, measureDragLongTasks } from './bench/long-tasks.mjs';
import { machineFacts } from './bench/machine.mjs';
import { OptionsError, parseOptions, USAGE } from './bench/options.mjs';
import { formatReport } from './bench/report.mjs';
import { PORT, startPreview } from './bench/server.mjs';
import { ALL_SLIDERS, KEY_SLIDERS, measureSliderInputs } from './bench/slider-inputs.mjs';
import { percentile, round } from './bench/stats.mjs';
import { verdicts } from './bench/verdicts.mjs';
import {
  YEARS_KEY_SLIDERS,
  YEARS_QUERY,
  YEARS_RANGE_KEY_SLIDERS,
  YEARS_RANGE_KEYS,
  YEARS_RANGE_SLIDERS,
  YEARS_RANGES_QUERY,
  YEARS_SLIDERS,
} from './bench/years.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Not dist/: a benchmark must not replace the files a Playwright run is serving. BENCH_OUT_DIR
 * and BENCH_PORT move the build and the server, for a run beside other work (another worktree
 * sharing node_modules, another server on 4180).
 */
const OUT_DIR = process.env.BENCH_OUT_DIR
  ? resolve(process.env.BENCH_OUT_DIR)
  : join(ROOT, 'node_modules', '.cache', 'bench-dist');
const SERVER_PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : PORT;
/** What a measurement left out by `--only` records, in the results and the report. */
const SKIPPED = Object.freeze({ skipped: true });
const RESULTS_FILE = join(ROOT, 'bench-results', 'latest.json');

/** @param {string} text */
const log = (text) => process.stderr.write(`[bench] ${text}\n`);

/**
 * Runs one measurement; a failure is reported and recorded, and the others still run.
 *
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} run
 * @returns {Promise<T | { error: string }>}
 */
async function attempt(name, run) {
  const started = performance.now();
  log(`${name}…`);
  try {
    const result = await run();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`${name} FAILED: ${message}`);
    // Where it failed, for whoever fixes the benchmark (the report keeps the message only).
    if (error instanceof Error && error.stack) console.error(error.stack);
    return { error: message };
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const plan = {
    sliders: options.quick ? KEY_SLIDERS : ALL_SLIDERS,
    valuesPerSlider: options.quick ? 12 : 40,
    dragSliders: KEY_SLIDERS,
    coldLoads: options.quick ? 3 : 5,
    heapChanges: options.quick ? 500 : 2000,
    // Issue 10's first-load budgets are judged on the median of three runs.
    lighthouseRuns: options.quick ? 1 : 3,
    rangeSliders: options.quick ? FIVE_RANGE_KEY_SLIDERS : FIVE_RANGE_SLIDERS,
    rangeDragSliders: FIVE_RANGE_KEY_SLIDERS,
    yearsSliders: options.quick ? YEARS_KEY_SLIDERS : YEARS_SLIDERS,
    yearsDragSliders: YEARS_KEY_SLIDERS,
    yearsRangeSliders: options.quick ? YEARS_RANGE_KEY_SLIDERS : YEARS_RANGE_SLIDERS,
  };
  const everything = options.only === null;
  const fiveRanges = everything || options.only === 'five-ranges';
  const years = everything || options.only === 'years';
  const firstLoad = everything || options.only === 'first-load';
  const sliders = everything || options.only === 'sliders';

  log(`building into ${OUT_DIR}…`);
  const built = await buildApp(OUT_DIR);
  log(`built in ${(built.ms / 1000).toFixed(1)} s`);
  const bundle = firstLoad
    ? await attempt('bytes', () => measureBundle(OUT_DIR, built.chunks))
    : SKIPPED;

  const server = await startPreview(OUT_DIR, SERVER_PORT);
  /** @type {import('playwright-core').Browser | null} */
  let browser = null;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  const onSignal = (signal) => {
    log(`${signal}: stopping`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    browser = await launchBrowser();
    const machine = machineFacts(browser);
    const sliderRuns = [];
    const throttledRuns = [];
    const dragRuns = [];
    const rangeRuns = [];
    const rangeDragRuns = [];
    const yearsRuns = [];
    const yearsDragRuns = [];
    const yearsRangeRuns = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const tag = options.runs > 1 ? ` (run ${run}/${options.runs})` : '';
      const values = plan.valuesPerSlider;
      if (sliders) {
        sliderRuns.push(
          await attempt(`slider inputs${tag}`, () =>
            measureSliderInputs(browser, server.url, {
              sliders: plan.sliders,
              values,
              slowdown: 1,
            }),
          ),
        );
        throttledRuns.push(
          await attempt(`slider inputs at ${CPU_SLOWDOWN}× slowdown${tag}`, () =>
            measureSliderInputs(browser, server.url, {
              sliders: plan.sliders,
              values,
              slowdown: CPU_SLOWDOWN,
            }),
          ),
        );
        dragRuns.push(
          await attempt(`mouse drags${tag}`, () =>
            measureDragLongTasks(browser, server.url, plan.dragSliders),
          ),
        );
      }
      if (fiveRanges) {
        rangeRuns.push(
          await attempt(`five ranges: slider inputs${tag}`, () =>
            measureSliderInputs(browser, server.url, {
              sliders: plan.rangeSliders,
              values,
              slowdown: 1,
              open: openFiveRanges,
              warmUpSliders: FIVE_RANGE_SLIDERS,
              chances: true,
            }),
          ),
        );
        rangeDragRuns.push(
          await attempt(`five ranges: mouse drags${tag}`, () =>
            measureDragLongTasks(browser, server.url, plan.rangeDragSliders, openFiveRanges),
          ),
        );
      }
      if (years) {
        yearsRuns.push(
          await attempt(`years: slider inputs${tag}`, () =>
            measureSliderInputs(browser, server.url, {
              sliders: plan.yearsSliders,
              values,
              slowdown: 1,
              open: openYears,
              warmUpSliders: YEARS_SLIDERS,
            }),
          ),
        );
        yearsDragRuns.push(
          await attempt(`years: mouse drags${tag}`, () =>
            measureDragLongTasks(browser, server.url, plan.yearsDragSliders, openYears),
          ),
        );
        yearsRangeRuns.push(
          await attempt(`years with ranges: slider inputs${tag}`, () =>
            measureSliderInputs(browser, server.url, {
              sliders: plan.yearsRangeSliders,
              values,
              slowdown: 1,
              open: openYearsRanges,
              warmUpSliders: YEARS_RANGE_SLIDERS,
              chances: true,
            }),
          ),
        );
      }
    }
    const firstChart = !firstLoad
      ? SKIPPED
      : await attempt('cold loads', async () => {
          const samples = await measureFirstChart(browser, server.url, plan.coldLoads);
          const stat = (p) => ({
            firstChartMs: round(
              percentile(
                samples.map((s) => s.firstChartMs),
                p,
              ),
              1,
            ),
            plotDrawnMs: round(
              percentile(
                samples.map((s) => s.plotDrawnMs),
                p,
              ),
              1,
            ),
            fcpMs: round(
              percentile(
                samples.map((s) => s.fcpMs),
                p,
              ),
              1,
            ),
            lcpMs: round(
              percentile(
                samples.map((s) => s.lcpMs),
                p,
              ),
              1,
            ),
          });
          return {
            samples: samples.map((s) => ({
              firstChartMs: s.firstChartMs,
              plotDrawnMs: s.plotDrawnMs,
              fcpMs: s.fcpMs,
              lcpMs: s.lcpMs,
            })),
            median: stat(50),
            max: stat(100),
            transferred: samples[0].transferred,
          };
        });
    const heap = everything
      ? await attempt(`heap over ${plan.heapChanges} changes`, () =>
          measureHeapGrowth(browser, server.url, ALL_SLIDERS, plan.heapChanges),
        )
      : SKIPPED;
    await browser.close();
    browser = null;
    const lighthouse =
      options.lighthouse && firstLoad
        ? await attempt('lighthouse', () =>
            runLighthouseSeries(server.url, plan.lighthouseRuns, log),
          )
        : { skipped: true };

    const failed = (runs) => runs.find((r) => 'error' in r);
    const sliderSection = (runs) =>
      runs.length === 0
        ? SKIPPED
        : (failed(runs) ?? { rows: sliderFigures(runs), samples: runs.map(roundedSamples) });
    const dragSection = (runs) =>
      runs.length === 0
        ? SKIPPED
        : (failed(runs) ?? { steps: DRAG_STEPS, runs, rows: dragRows(runs) });

    const results = {
      machine,
      options: { ...options, valuesPerSlider: plan.valuesPerSlider, sliders: plan.sliders },
      budgets: BUDGETS,
      cpuSlowdown: CPU_SLOWDOWN,
      sliderInputs: sliderSection(sliderRuns),
      throttledInputs: sliderSection(throttledRuns),
      drag: dragSection(dragRuns),
      bundle,
      firstChart,
      heap,
      lighthouse,
      fiveRanges: fiveRanges
        ? {
            link: FIVE_RANGES_QUERY,
            ranges: FIVE_RANGE_KEYS,
            sliders: plan.rangeSliders,
            inputs: sliderSection(rangeRuns),
            drag: dragSection(rangeDragRuns),
          }
        : SKIPPED,
      years: years
        ? {
            link: YEARS_QUERY,
            sliders: plan.yearsSliders,
            inputs: sliderSection(yearsRuns),
            drag: dragSection(yearsDragRuns),
            ranges: {
              link: YEARS_RANGES_QUERY,
              ranges: YEARS_RANGE_KEYS,
              sliders: plan.yearsRangeSliders,
              inputs: sliderSection(yearsRangeRuns),
            },
          }
        : SKIPPED,
    };
    results.verdicts = verdicts(results);
    process.stdout.write(`${formatReport(results)}\n`);
    await mkdir(dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`figures written to ${RESULTS_FILE}`);
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const detail = error instanceof OptionsError ? error.message : (error?.stack ?? error);
    process.stderr.write(`[bench] could not run: ${detail}\n`);
    process.exit(1);
  },
);
