/**
 * Where a slider step's main-thread CPU goes, per function: `npm run profile-cpu -- [page]
 * [slider] [moves]`. A development tool beside `npm run profile-renders` (React's render phase
 * per component) and `npm run bench` (which measures): this one also sees React's commit, the
 * DOM calls, the store's listeners, the worker's reply handler and garbage collection.
 *
 * Builds the production app unminified (so functions keep their names), opens one of the
 * benchmark's pages in Debian's Chromium as the benchmark does, makes the benchmark's five
 * warm-up moves, then records a sampling CPU profile (20 µs) of `moves` measured moves through
 * the benchmark's harness, and prints self time per step: by script file, by what started the
 * task (the input event and the render it runs, the worker's reply and the render after it,
 * timers, garbage collection), then by function.
 * The harness's own functions (`__bench…`, and the DOM queries they make) are listed but are not
 * the page's; `(program)` is the browser's own work outside JavaScript (style, layout, paint,
 * idle waits between tasks) and is left out of the totals.
 *
 *   page    plain (the default scenario), five-ranges, years, years-ranges (default: five-ranges)
 *   slider  a slider's accessible name (default: "Capabilities roles" on plain, "Capabilities
 *           roles, high end" on five-ranges, "Years" on the years pages)
 *   moves   measured moves (default 40, as the benchmark)
 *
 * A sampling profile is a statistical picture: compare functions with each other, and builds
 * with each other on the same machine, not with the benchmark's budgets.
 */
import { profileArguments, withProfiledPage } from './bench/profile-page.mjs';

/**
 * Where the profile names no script: the browser's built-ins (DOM calls, `postMessage`, GC) and
 * the harness's functions, which page.evaluate runs without a file.
 */
const NO_FILE = '(no file)';
/** Rows printed per table. */
const TOP_FILES = 12;
const TOP_FUNCTIONS = 40;
const TOP_TASKS = 12;
/** Not JavaScript of any script: left out of the totals. */
const NOT_SCRIPT = new Set(['(program)', '(idle)', '(root)']);

const { pageName, chosen, slider, moves } = profileArguments({ page: 'five-ranges', moves: 40 });

/**
 * What started the work a node belongs to: the outermost JavaScript frame of its stack, with the
 * next one's name when that frame is anonymous (React's microtask, for one, is an anonymous
 * function calling processRootScheduleInMicrotask). Built-ins outside JavaScript keep their own
 * name: "(garbage collector)" is its own row.
 *
 * @param {number} id
 * @param {Map<number, { callFrame: { functionName: string, url: string, lineNumber: number } }>} nodes
 * @param {Map<number, number>} parents
 */
function startedBy(id, nodes, parents) {
  /** @type {number[]} */
  const stack = [];
  for (let node = id; node !== undefined; node = parents.get(node)) stack.unshift(node);
  const frames = stack
    .map((node) => nodes.get(node)?.callFrame)
    .filter((frame) => frame !== undefined && !NOT_SCRIPT.has(frame.functionName));
  const [outer, next] = frames;
  if (!outer) return '?';
  const where = (frame) =>
    `${frame.functionName || '(anonymous)'}${frame.url ? `  ${frame.url.split('/').pop()}` : ''}`;
  return outer.functionName || !next ? where(outer) : `${where(outer)} → ${where(next)}`;
}

/**
 * Self time in microseconds per profile node: each sample's time is the delta to the next one.
 *
 * @param {{ samples: number[], timeDeltas: number[] }} profile
 */
function selfTimes(profile) {
  /** @type {Map<number, number>} */
  const self = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const id = profile.samples[index];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  }
  return self;
}

/**
 * @param {Map<string, number>} totals Microseconds by name.
 * @param {number} rows
 * @param {number} steps
 */
function printTable(totals, rows, steps) {
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(us / 1000 / steps).toFixed(3).padStart(7)}  ${name}`);
  }
}

await withProfiledPage(
  { what: 'unminified', target: { chosen, slider } },
  async ({ cdp, warmUp, measuredMoves }) => {
    await warmUp();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    const changed = await measuredMoves(moves);
    const { profile } = await cdp.send('Profiler.stop');

    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    /** @type {Map<number, number>} */
    const parents = new Map();
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parents.set(child, node.id);
    }
    /** @type {Map<string, number>} */
    const byTask = new Map();
    /** @type {Map<string, number>} */
    const byFile = new Map();
    /** @type {Map<string, number>} */
    const byFunction = new Map();
    let total = 0;
    for (const [id, us] of selfTimes(profile)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || NOT_SCRIPT.has(frame.functionName)) continue;
      const file = frame.url ? (frame.url.split('/').pop() ?? frame.url) : NO_FILE;
      const name = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
      byFile.set(file, (byFile.get(file) ?? 0) + us);
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      const task = startedBy(id, nodes, parents);
      byTask.set(task, (byTask.get(task) ?? 0) + us);
      total += us;
    }
    const steps = Math.max(1, changed);
    console.log(
      `\n${pageName}, "${slider}": ${changed} steps that changed the page; ` +
        `${(total / 1000 / steps).toFixed(2)} ms of JavaScript self time per step ` +
        '(the harness included; see the rows named __bench… and the DOM queries under them)',
    );
    console.log(
      `\n  ms/step  script file (${NO_FILE}: built-ins such as DOM calls and GC, and the harness)`,
    );
    printTable(byFile, TOP_FILES, steps);
    console.log(
      '\n  ms/step  started by (__benchInput: the input event and the render it runs; ' +
        "processRootScheduleInMicrotask: a render after a promise, such as a run's reply)",
    );
    printTable(byTask, TOP_TASKS, steps);
    console.log('\n  ms/step  function  file:line');
    printTable(byFunction, TOP_FUNCTIONS, steps);
  },
);
