/**
 * What a slider step allocates on the main thread, per function: `npm run profile-alloc --
 * [page] [slider] [moves]`. A development tool beside `npm run profile-cpu` (time) and
 * `npm run profile-renders` (React's render phase): every byte a step allocates brings the next
 * garbage collection nearer, and on the five-range link those collections (2.5–9 ms each, three
 * or four in the benchmark's 40 steps) are among the slowest steps (docs/architecture.md, "What
 * has been tried for a range page's step").
 *
 * Builds the production app unminified, opens one of the benchmark's pages as the benchmark
 * does, makes its five warm-up moves, then records V8's sampling heap profile (one sample per
 * 512 bytes on average, including what was collected since) over `moves` measured moves through
 * the benchmark's harness, and prints KiB allocated per step: in total, by function (self), and
 * by function with its callees (inclusive, the main thread's entry points first).
 *
 *   page    plain, five-ranges, years, years-ranges (default: five-ranges)
 *   slider  a slider's accessible name (default as profile-cpu)
 *   moves   measured moves (default 40, as the benchmark)
 *
 * The figures are samples: a function below about 1 KiB a step is noise. The harness's own
 * allocations (`__bench…`) are listed and are not the page's.
 */
import { profileArguments, withProfiledPage } from './bench/profile-page.mjs';

/** Bytes between samples, on average. */
const SAMPLING_INTERVAL = 512;
const TOP_SELF = 30;
const TOP_INCLUSIVE = 40;

const { pageName, chosen, slider, moves } = profileArguments({ page: 'five-ranges', moves: 40 });

/**
 * @typedef {{ callFrame: { functionName: string, url: string, lineNumber: number }, selfSize: number, children?: HeapNode[] }} HeapNode
 */

/** @param {HeapNode['callFrame']} frame */
function nameOf(frame) {
  const file = frame.url ? frame.url.split('/').pop() : '(no file)';
  return `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
}

/**
 * Bytes by function, self and inclusive (a function that appears twice in a stack counts once).
 *
 * @param {HeapNode} head
 */
function totals(head) {
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  let all = 0;
  /** @type {Array<{ node: HeapNode, stack: string[] }>} */
  const pending = [{ node: head, stack: [] }];
  while (pending.length > 0) {
    const { node, stack } = /** @type {{ node: HeapNode, stack: string[] }} */ (pending.pop());
    const name = nameOf(node.callFrame);
    const here = node.callFrame.functionName === '(root)' ? stack : [...stack, name];
    if (node.selfSize > 0) {
      all += node.selfSize;
      self.set(name, (self.get(name) ?? 0) + node.selfSize);
      for (const entry of new Set(here)) {
        inclusive.set(entry, (inclusive.get(entry) ?? 0) + node.selfSize);
      }
    }
    for (const child of node.children ?? []) pending.push({ node: child, stack: here });
  }
  return { self, inclusive, all };
}

/**
 * @param {Map<string, number>} bytes
 * @param {number} rows
 * @param {number} steps
 */
function printTable(bytes, rows, steps) {
  for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(size / 1024 / steps).toFixed(1).padStart(8)}  ${name}`);
  }
}

await withProfiledPage(
  { what: 'unminified', target: { chosen, slider } },
  async ({ cdp, warmUp, measuredMoves }) => {
    await warmUp();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: SAMPLING_INTERVAL,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const changed = await measuredMoves(moves);
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const steps = Math.max(1, changed);
    const { self, inclusive, all } = totals(profile.head);
    console.log(
      `\n${pageName}, "${slider}": ${changed} steps that changed the page; ` +
        `${(all / 1024 / steps).toFixed(1)} KiB allocated per step (the harness included)`,
    );
    console.log('\nKiB/step  function (self)');
    printTable(self, TOP_SELF, steps);
    console.log('\nKiB/step  function with its callees (inclusive)');
    printTable(inclusive, TOP_INCLUSIVE, steps);
  },
);
