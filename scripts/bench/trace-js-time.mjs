/**
 * Main-thread JavaScript time per slider input, from a Chromium trace.
 *
 * What is counted: on the renderer main thread, the union of the intervals of the trace events
 * DevTools files under "Scripting" (event dispatch with its listeners, function calls from
 * timers, message ports, observers and frame callbacks, microtasks, script evaluation). Work that
 * JavaScript forces synchronously (layout read inside a function call, GC during it) falls inside
 * those intervals and counts; style, layout and paint of the frame itself do not (they are in
 * `mainThreadMs`, the union of all main-thread tasks). Each input owns the time from its
 * `bench:input:N` mark until the next input's mark, so deferred renders and the debounced URL
 * update it schedules are included. The harness's own callbacks (`__benchOverhead…`) are
 * subtracted.
 *
 * Each figure is computed twice: on the wall clock (`ts`/`dur`: what the user waits) and on the
 * main thread's CPU clock (`tts`/`tdur`: without the time the OS gave to other processes, so it
 * varies much less on a busy machine).
 */

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'EventDispatch',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'FireIdleCallback',
  'v8.evaluateModule',
]);
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const OVERHEAD_PREFIX = '__benchOverhead';

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [cat]
 * @property {string} ph
 * @property {number} ts Microseconds.
 * @property {number} [dur] Microseconds.
 * @property {number} [tts] Thread-clock timestamp, microseconds.
 * @property {number} [tdur] Thread-clock duration, microseconds.
 * @property {number} pid
 * @property {number} tid
 * @property {{ data?: { functionName?: string } }} [args]
 */

/**
 * Total length of the union of intervals, clipped to [start, end).
 *
 * @param {Array<[number, number]>} intervals
 * @param {number} start
 * @param {number} end
 */
function unionLength(intervals, start, end) {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, start), Math.min(b, end)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let currentStart = -Infinity;
  let currentEnd = -Infinity;
  for (const [a, b] of clipped) {
    if (a > currentEnd) {
      total += currentEnd - currentStart > 0 ? currentEnd - currentStart : 0;
      currentStart = a;
      currentEnd = b;
    } else if (b > currentEnd) {
      currentEnd = b;
    }
  }
  total += currentEnd - currentStart > 0 ? currentEnd - currentStart : 0;
  return total;
}

/**
 * @typedef {object} InputTime
 * @property {number} jsMs JavaScript, wall clock.
 * @property {number} jsCpuMs JavaScript, main-thread CPU clock.
 * @property {number} mainThreadMs All main-thread tasks, wall clock.
 */

/**
 * @param {TraceEvent[]} events All events of one trace.
 * @returns {Map<number, InputTime>} By input sequence number.
 */
export function jsTimePerInput(events) {
  const marks = events
    .filter((e) => e.name.startsWith('bench:input:') || e.name === 'bench:end')
    .sort((a, b) => a.ts - b.ts);
  /** @type {Map<number, InputTime>} */
  const result = new Map();
  if (marks.length === 0) return result;
  const { pid, tid } = marks[0];

  /** @typedef {{ wall: Array<[number, number]>, cpu: Array<[number, number]> }} Intervals */
  /** @returns {Intervals} */
  const intervals = () => ({ wall: [], cpu: [] });
  const script = intervals();
  const tasks = intervals();
  const overhead = intervals();
  /**
   * @param {Intervals} into
   * @param {TraceEvent} e
   */
  const add = (into, e) => {
    into.wall.push([e.ts, e.ts + (e.dur ?? 0)]);
    if (e.tts !== undefined && e.tdur !== undefined) into.cpu.push([e.tts, e.tts + e.tdur]);
  };
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.dur === undefined) continue;
    if (SCRIPT_EVENTS.has(e.name)) {
      add(script, e);
      if (e.name === 'FunctionCall' && e.args?.data?.functionName?.startsWith(OVERHEAD_PREFIX)) {
        add(overhead, e);
      }
    } else if (TASK_EVENTS.has(e.name)) {
      add(tasks, e);
    }
  }
  const lastEvent = Math.max(...events.map((e) => e.ts + (e.dur ?? 0)));
  const lastThreadTime = Math.max(
    ...events.filter((e) => e.tid === tid && e.tts !== undefined).map((e) => e.tts + (e.tdur ?? 0)),
  );

  marks.forEach((mark, index) => {
    if (mark.name === 'bench:end') return;
    const seq = Number(mark.name.slice('bench:input:'.length));
    const next = marks[index + 1];
    const [start, end] = [mark.ts, next ? next.ts : lastEvent];
    const [cpuStart, cpuEnd] = [mark.tts ?? 0, next?.tts ?? lastThreadTime];
    const overheadWall = unionLength(overhead.wall, start, end);
    const overheadCpu = unionLength(overhead.cpu, cpuStart, cpuEnd);
    result.set(seq, {
      jsMs: Math.max(0, unionLength(script.wall, start, end) - overheadWall) / 1000,
      jsCpuMs: Math.max(0, unionLength(script.cpu, cpuStart, cpuEnd) - overheadCpu) / 1000,
      mainThreadMs: Math.max(0, unionLength(tasks.wall, start, end) - overheadWall) / 1000,
    });
  });
  return result;
}
