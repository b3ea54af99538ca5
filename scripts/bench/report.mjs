/** Formats the results as the printed report: one aligned table per measurement. */
import { GC_MIN_MS } from './aggregate.mjs';
import { BUDGETS, CPU_SLOWDOWN, goalVerdict, judgedJs, verdict } from './budgets.mjs';
import { kib } from './bundle-size.mjs';
import { fixed, table } from './table.mjs';

/**
 * @param {import('./aggregate.mjs').Figure} f
 * @param {boolean} spread
 */
function spreadCell(f, spread) {
  return spread ? `${fixed(f.p95Spread.min)}–${fixed(f.p95Spread.max)}` : '';
}

/**
 * @param {import('./aggregate.mjs').SliderFigures[]} rows
 * @param {number} runs
 * @param {boolean} throttled
 */
function sliderTable(rows, runs, throttled) {
  const spread = runs > 1;
  const jsBudget = throttled ? BUDGETS.throttledInputJsP95Ms : BUDGETS.inputJsP95Ms;
  const headers = [
    'slider',
    'n',
    'JS med',
    'JS p95',
    ...(spread ? ['p95 spread'] : []),
    throttled ? 'goal' : 'budget',
    'verdict',
    'CPU p95',
    'handler p95',
    'frame med',
    'frame p95',
    ...(spread ? ['p95 spread'] : []),
    'budget',
    'verdict',
  ];
  const body = rows.map((row) => [
    row.slider,
    row.jsMs.n,
    fixed(row.jsMs.median),
    fixed(row.jsMs.p95),
    ...(spread ? [spreadCell(row.jsMs, true)] : []),
    `≤ ${jsBudget}`,
    throttled ? goalVerdict(row.jsMs.p95, jsBudget) : verdict(row.jsMs.p95, jsBudget),
    fixed(row.jsCpuMs.p95),
    fixed(row.syncMs.p95),
    fixed(row.latencyMs.median),
    fixed(row.latencyMs.p95),
    ...(spread ? [spreadCell(row.latencyMs, true)] : []),
    throttled ? '—' : `≤ ${BUDGETS.inputToFrameP95Ms}`,
    throttled ? 'info' : verdict(row.latencyMs.p95, BUDGETS.inputToFrameP95Ms),
  ]);
  const align = headers.map((h) => (h === 'slider' || h === 'verdict' ? 'l' : 'r')).join('');
  return [table(headers, body, align), gcLine(rows)].filter((line) => line !== null).join('\n');
}

/**
 * The "all sliders" row and the slider with the highest JS p95 (undefined without sliders).
 *
 * @param {any[]} rows sliderFigures rows, "all sliders" last.
 */
function allAndWorst(rows) {
  const sliders = rows.slice(0, -1);
  const worst =
    sliders.length === 0 ? undefined : sliders.reduce((a, b) => (b.jsMs.p95 > a.jsMs.p95 ? b : a));
  return { all: rows.at(-1), worst };
}

/**
 * How many inputs had a main-thread garbage collection inside them, and the JS p95 without those
 * inputs, for all sliders and for the slider with the highest JS p95: the collections land in a
 * few inputs of forty, which is where a p95 is read.
 *
 * @param {any[]} rows sliderFigures rows, "all sliders" last.
 * @returns {string | null}
 */
export function gcLine(rows) {
  const { all, worst } = allAndWorst(rows);
  if (!all?.gc || worst === undefined) return null;
  return (
    `  GC: a main-thread collection of ≥ ${GC_MIN_MS} ms inside ${all.gc.withGc} of ` +
    `${all.gc.inputs} inputs (worst slider: ${worst.gc.withGc} of ${worst.gc.inputs}). JS p95 ` +
    `of the other inputs: all ${fixed(all.gc.jsP95Without)} ms, worst slider ` +
    `${fixed(worst.gc.jsP95Without)} ms (a diagnosis; the budget is on all inputs).`
  );
}

/**
 * On a page with ranges, what the table's two JavaScript figures are: the budget is judged on an
 * input's busiest frame, and the JS columns add up all of its frames (both renders).
 *
 * @param {any[]} rows sliderFigures rows, "all sliders" last.
 * @returns {string | null}
 */
export function framesLine(rows) {
  const all = rows.at(-1);
  if (!all?.busiestFrameMs) return null;
  return (
    "  Busiest frame: the page's JavaScript in the one frame of an input that carried the most " +
    "(the budget is judged on it); JS med and p95 add up all of its frames, the input's render " +
    'and the render of its run\'s reply (docs/performance.md, "How the budget is read").'
  );
}

/** @param {any} r A measurement's results: a line instead of its table when it has none. */
function errorLine(r) {
  if (r && r.skipped) return '  skipped';
  return r && r.error ? `  could not measure: ${r.error}` : null;
}

/**
 * A table of JS per input against `budgets.jsMs` and, on a page with ranges (`budgets.chancesMs`
 * not null), input → chances on screen: the five-range page and the years links.
 *
 * @param {import('./aggregate.mjs').SliderFigures[]} rows
 * @param {number} runs
 * @param {{ jsMs: number, chancesMs: number | null }} budgets
 */
function sectionTable(rows, runs, budgets) {
  const spread = runs > 1;
  const withChances = budgets.chancesMs !== null;
  // A page with ranges is judged on each input's busiest frame (budgets.mjs, judgedJs).
  const onFrames = withChances && rows.every((row) => row.busiestFrameMs !== undefined);
  const headers = [
    'slider',
    'n',
    'JS med',
    'JS p95',
    ...(onFrames ? ['busiest frame med', 'busiest frame p95'] : []),
    ...(spread ? ['p95 spread'] : []),
    'budget',
    'verdict',
    'CPU p95',
    'frame p95',
    ...(withChances
      ? ['chances med', 'chances p95', ...(spread ? ['p95 spread'] : []), 'budget', 'verdict']
      : []),
    ...(withChances ? ['missed', 'bands med', 'bands p95'] : []),
  ];
  const chancesCells = (row) => [
    fixed(row.chancesMs?.median ?? Number.NaN),
    fixed(row.chancesMs?.p95 ?? Number.NaN),
    ...(spread && row.chancesMs ? [spreadCell(row.chancesMs, true)] : spread ? [''] : []),
    `≤ ${budgets.chancesMs}`,
    (row.chancesMissed ?? 0) > 0
      ? 'OVER'
      : verdict(row.chancesMs?.p95 ?? Number.NaN, budgets.chancesMs ?? Number.NaN),
    row.chancesMissed ?? 0,
    fixed(row.bandsMs?.median ?? Number.NaN),
    fixed(row.bandsMs?.p95 ?? Number.NaN),
  ];
  const body = rows.map((row) => {
    const judged = judgedJs(row, onFrames);
    return [
      row.slider,
      row.jsMs.n,
      fixed(row.jsMs.median),
      fixed(row.jsMs.p95),
      ...(onFrames
        ? [
            fixed(row.busiestFrameMs?.median ?? Number.NaN),
            fixed(row.busiestFrameMs?.p95 ?? Number.NaN),
          ]
        : []),
      ...(spread ? [spreadCell(judged, true)] : []),
      `≤ ${budgets.jsMs}`,
      verdict(judged.p95, budgets.jsMs),
      fixed(row.jsCpuMs.p95),
      fixed(row.latencyMs.p95),
      ...(withChances ? chancesCells(row) : []),
    ];
  });
  const align = headers.map((h) => (h === 'slider' || h === 'verdict' ? 'l' : 'r')).join('');
  return [table(headers, body, align), gcLine(rows), ...(onFrames ? [framesLine(rows)] : [])]
    .filter((line) => line !== null)
    .join('\n');
}

/**
 * @param {any} drag A drag section: rows of long tasks per slider.
 * @param {number} budget
 */
function dragTable(drag, budget) {
  return table(
    ['slider', 'long tasks', 'longest ms', 'blocking ms', 'budget', 'verdict'],
    drag.rows.map((row) => [
      row.slider,
      row.longTasks,
      fixed(row.longestMs),
      fixed(row.blockingMs),
      `≤ ${budget}`,
      verdict(row.longTasks, budget),
    ]),
    'lrrrrl',
  );
}

/**
 * @param {any} results
 * @returns {string}
 */
export function formatReport(results) {
  const out = [];
  const m = results.machine;
  const o = results.options;
  out.push('Ratio explorer benchmark');
  out.push(
    `Machine: ${m.cores} cores (${m.cpu}), Chromium ${m.chromium}, Node ${m.node}, ${m.platform}`,
  );
  out.push(
    `Date: ${m.date}   runs: ${o.runs}${o.quick ? ' (quick)' : ''}   values per slider: ${o.valuesPerSlider}   viewport: 1440×900`,
  );
  out.push('');

  out.push(
    '1. Slider input, no slowdown (ms). JS: main-thread JavaScript per input event until idle (wall clock;',
  );
  out.push(
    '   CPU: the same on the thread CPU clock). handler: the input event dispatch alone. frame: input → end',
  );
  out.push(
    '   of the frame after the last DOM change it causes (deferred chart redraws included).',
  );
  out.push(
    errorLine(results.sliderInputs) ?? sliderTable(results.sliderInputs.rows, o.runs, false),
  );
  out.push('');
  out.push(`2. Slider input, ${CPU_SLOWDOWN}× CPU slowdown (ms)`);
  out.push(
    errorLine(results.throttledInputs) ?? sliderTable(results.throttledInputs.rows, o.runs, true),
  );
  out.push('');

  out.push(
    `3. Long tasks (> 50 ms) during a ${results.drag.steps ?? 60}-step mouse drag (summed over runs; blocking = time beyond 50 ms)`,
  );
  out.push(errorLine(results.drag) ?? dragTable(results.drag, BUDGETS.dragLongTasks));
  out.push('');

  out.push('4. Bytes (gzip -9 of the built files; "fetched" = what the browser transferred)');
  if (results.bundle.error || results.bundle.skipped) out.push(errorLine(results.bundle));
  else {
    const fetched = new Map(
      (results.firstChart.transferred ?? []).map((t) => [
        t.file.replace(/^.*?assets\//, 'assets/'),
        t,
      ]),
    );
    out.push(
      table(
        ['file', 'initial', 'minified', 'gzip -9', 'fetched', 'contents'],
        results.bundle.assets.map((a) => [
          a.file,
          a.initial ? 'yes' : 'lazy',
          kib(a.bytes),
          kib(a.gzipBytes),
          fetched.has(a.file) ? kib(fetched.get(a.file).encodedBytes) : '—',
          a.contents,
        ]),
        'llrrrl',
      ),
    );
    out.push(
      table(
        ['initial', 'gzip -9', 'budget', 'verdict'],
        [
          [
            'JavaScript',
            kib(results.bundle.initialJsGzip),
            `≤ ${BUDGETS.initialJsGzipKiB} KiB`,
            verdict(results.bundle.initialJsGzip / 1024, BUDGETS.initialJsGzipKiB),
          ],
          ['CSS', kib(results.bundle.initialCssGzip), '—', 'info'],
        ],
        'lrrl',
      ),
    );
  }
  out.push('');

  out.push('5. Cold load, new context, no cache (ms from navigation start; medians)');
  const fc = results.firstChart;
  out.push(
    errorLine(fc) ??
      table(
        ['measure', 'n', 'median', 'max', 'budget', 'verdict'],
        [
          [
            'first chart painted (its data line)',
            fc.samples.length,
            fixed(fc.median.firstChartMs, 0),
            fixed(fc.max.firstChartMs, 0),
            `≤ ${BUDGETS.firstChartMs}`,
            verdict(fc.median.firstChartMs, BUDGETS.firstChartMs),
          ],
          [
            'first plot interactive (axes, labels, readout)',
            fc.samples.length,
            fixed(fc.median.plotDrawnMs, 0),
            fixed(fc.max.plotDrawnMs, 0),
            '—',
            'info',
          ],
          [
            'first contentful paint',
            fc.samples.length,
            fixed(fc.median.fcpMs, 0),
            fixed(fc.max.fcpMs, 0),
            '—',
            'info',
          ],
          [
            'largest contentful paint',
            fc.samples.length,
            fixed(fc.median.lcpMs, 0),
            fixed(fc.max.lcpMs, 0),
            '—',
            'info',
          ],
        ],
        'lrrrrl',
      ),
  );
  out.push('');

  const h = results.heap;
  out.push(
    `6. JavaScript heap after ${h.changes ?? 'the'} slider changes (after GC; MB = 10⁶ bytes)`,
  );
  out.push(
    errorLine(h) ??
      table(
        ['before', 'after', 'growth', 'budget', 'verdict'],
        [
          [
            `${fixed(h.beforeBytes / 1e6, 2)} MB`,
            `${fixed(h.afterBytes / 1e6, 2)} MB`,
            `${fixed(h.growthBytes / 1e6, 2)} MB`,
            `≤ ${BUDGETS.heapGrowthMB} MB`,
            verdict(h.growthBytes / 1e6, BUDGETS.heapGrowthMB),
          ],
        ],
        'rrrrl',
      ),
  );
  out.push('');

  const lh = results.lighthouse;
  out.push('7. Lighthouse (default mobile profile: simulated slow 4G, 4× CPU)');
  if (lh.skipped) out.push(o.only ? '  skipped' : '  skipped (--no-lighthouse)');
  else if (lh.error) out.push(errorLine(lh));
  else {
    const row = (name, scores, metrics) => [
      name,
      scores.performance ?? '—',
      scores.accessibility ?? '—',
      scores['best-practices'] ?? '—',
      scores.seo ?? '—',
      fixed(metrics.fcpMs, 0),
      fixed(metrics.lcpMs, 0),
      fixed(metrics.tbtMs, 0),
      fixed(metrics.cls, 3),
    ];
    out.push(
      table(
        [
          'run',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
        ],
        [
          ...lh.runs.map((run, index) => row(String(index + 1), run.scores, run.metrics)),
          ...(lh.runs.length > 1 ? [row('median', lh.median.scores, lh.median.metrics)] : []),
        ],
        'lrrrrrrrr',
      ),
    );
    const shown = lh.medianRun;
    if (lh.runs.length > 1)
      out.push('  audits below 1 in the run with the median performance score:');
    for (const [category, audits] of Object.entries(shown.failing)) {
      if (audits.length === 0) continue;
      out.push(`  below 100 in ${category}:`);
      for (const a of audits) {
        const weight = a.weight > 0 ? `weight ${a.weight}` : 'weight 0';
        const display = a.display ? `, ${a.display}` : '';
        out.push(`    - ${a.title} (score ${fixed(a.score, 2)}, ${weight}${display})`);
      }
    }
    for (const warning of new Set(lh.runs.flatMap((run) => run.runWarnings))) {
      out.push(`  warning: ${warning}`);
    }
  }
  out.push('');

  const fr = results.fiveRanges;
  out.push(
    `8. Five ranges (${fr?.link ? `${fr.link}; ` : ''}10,000 samples in the worker). JS as in 1 (the worker's`,
  );
  out.push(
    '   thread is not counted); chances: input → end of the frame in which the chances of net positive',
  );
  out.push(
    "   show this input's summary; missed: never within 5 s. Then long tasks in mouse drags there.",
  );
  if (!fr || fr.skipped || fr.error) out.push(errorLine(fr ?? { skipped: true }));
  else {
    const budgets = { jsMs: BUDGETS.rangesInputJsP95Ms, chancesMs: BUDGETS.rangesChancesP95Ms };
    out.push(errorLine(fr.inputs) ?? sectionTable(fr.inputs.rows, o.runs, budgets));
    out.push(errorLine(fr.drag) ?? dragTable(fr.drag, BUDGETS.rangesDragLongTasks));
  }
  out.push('');

  out.push(...yearsSection(results.years, o.runs));
  out.push('');

  out.push(o.runs > 1 ? 'Summary (p95 spread: smallest–largest p95 of the runs)' : 'Summary');
  out.push(
    table(
      ['budget', 'figure', ...(o.runs > 1 ? ['p95 spread'] : []), 'limit', 'verdict'],
      results.verdicts.map((v) => [
        v.name,
        v.figure,
        ...(o.runs > 1 ? [v.spread ?? ''] : []),
        v.limit,
        v.verdict,
      ]),
      o.runs > 1 ? 'lrrrl' : 'lrrl',
    ),
  );
  return out.join('\n');
}

/**
 * Item 9: the years model over 30 years (years.mjs), on its link of points and on its link with
 * three ranges.
 *
 * @param {any} section results.years
 * @param {number} runs
 * @returns {string[]}
 */
function yearsSection(section, runs) {
  const out = [
    `9. Over the years: 30 years, four cohorts a year, every years input set${section?.link ? ` (${section.link})` : ''}.`,
    '   Scrolled to the years charts. JS and frame as in 1; then long tasks in mouse drags there.',
  ];
  if (!section || section.skipped || section.error) {
    out.push(errorLine(section ?? { skipped: true }));
    return out;
  }
  const points = { jsMs: BUDGETS.yearsInputJsP95Ms, chancesMs: null };
  out.push(errorLine(section.inputs) ?? sectionTable(section.inputs.rows, runs, points));
  out.push(errorLine(section.drag) ?? dragTable(section.drag, BUDGETS.yearsDragLongTasks));
  const ranged = section.ranges;
  out.push(`   With three ranges (${ranged?.link ?? '?'}): chances as in 8.`);
  const budgets = {
    jsMs: BUDGETS.yearsRangesInputJsP95Ms,
    chancesMs: BUDGETS.yearsRangesChancesP95Ms,
  };
  out.push(
    errorLine(ranged?.inputs ?? { skipped: true }) ??
      sectionTable(ranged.inputs.rows, runs, budgets),
  );
  return out;
}
