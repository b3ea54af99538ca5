/**
 * Main-thread JavaScript time per slider input, from a Chromium trace.
 *
 * What is counted: on the renderer main thread only (not a Web Worker's thread), the union of the intervals of the trace events
 * DevTools files under "Scripting" (event dispatch with its listeners, function calls from
 * timers, message ports, observers and frame callbacks, microtasks, script evaluation). Work that
 * JavaScript forces synchronously (layout read inside a function call, GC during it) falls inside
 * those intervals and counts; style, layout and paint of the frame itself do not (they are in
 * `mainThreadMs`, the union of all main-thread tasks).
 *
 * Each input owns the time from its input event's dispatch (the first `EventDispatch` on the main
 * thread at or after its `bench:input:N` mark) until its `bench:done:N` mark, which the
 * harness sets once the page has been idle for two frames and at least 130 ms have passed, so
 * deferred renders the input schedules are included (the address bar waits until a change has
 * rested 800 ms, so it updates after the last move, not inside a window). (Traces
 * without done marks fall back to the next input's mark.)
 *
 * The harness's own work is subtracted. The input is dispatched from a harness function,
 * `__benchInput`, that first sets the input's mark: the window starts at the dispatch, not the
 * mark, and what that function does after the dispatch is the harness's too. (From the mark to the
 * dispatch is the harness's `performance.mark`, about 0.1 ms at the median and 0.3 ms at p95 while
 * tracing, which before 2026-12-03 counted as the page's. Microtasks that run once the function
 * has returned, such as React's, are the page's and count.) Its callbacks are named
 * `__benchOverhead…`, and when
 * every function call inside a timer, frame or idle callback is the harness's, the
 * whole callback counts as harness time, including the browser's cost of invoking it. (Before
 * 2026-11-27 only the named function calls were subtracted, so the invocation cost of the
 * harness's ~9 frame and idle callbacks per input, about 0.5 ms, was counted as the page's.)
 *
 * Garbage collection on the main thread inside the window (V8's young- and old-generation
 * collections and its incremental marking steps, wherever they run) is also given on its own,
 * `gcMs` (wall clock): a collection of 2–9 ms falls inside a few inputs of forty and is
 * counted in their JavaScript when a script's allocation set it off, so it explains much of a
 * p95 (docs/performance.md).
 *
 * The page's JavaScript in the input's busiest animation frame is also given on its own,
 * `busiestFrameJsMs` (wall clock, the harness's part subtracted as above). Chromium traces each
 * frame the main thread renders (the `AnimationFrame` events behind the Long Animation Frames
 * API): a frame holds every task from the end of the previous frame's rendering to the end of its
 * own, so its JavaScript is what stood between the page and that frame. On a page with ranges an
 * input runs two renders about 40 ms apart, in two frames (the input's, and the one after the
 * worker's reply): `jsMs` adds both up, this figure says how much one frame had to carry, which
 * is what the 8 ms budget of the pages with ranges is judged on (docs/performance.md, "How the
 * budget is read"). A trace without frame events gives the whole window, as `jsMs`.
 *
 * Each figure is computed twice: on the wall clock (`ts`/`dur`: what the user waits) and on the
 * main thread's CPU clock (`tts`/`tdur`: without the time the OS gave to other processes, so it
 * varies much less on a busy machine).
 */

import { bisector } from 'd3-array';

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
/** A frame of the main thread (async 'b'/'e' pairs): its end is where the next frame's work starts. */
const FRAME_EVENT = 'AnimationFrame';
/** V8's collections and incremental marking steps, as the `devtools.timeline` category names them. */
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL']);
/** Callbacks the browser invokes; each wraps the FunctionCall events of the JavaScript it runs. */
// (Not RunMicrotasks: promise jobs run without FunctionCall events, so a microtask checkpoint that
// shows only a harness call may still hold the page's work.)
const CALLBACK_EVENTS = new Set(['TimerFire', 'FireAnimationFrame', 'FireIdleCallback']);
const OVERHEAD_PREFIX = '__benchOverhead';
/** The harness function that sets an input's mark and dispatches the input event. */
const INPUT_FUNCTION = '__benchInput';

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

/** @param {TraceEvent} e */
function isOverhead(e) {
  return e.args?.data?.functionName?.startsWith(OVERHEAD_PREFIX) ?? false;
}

/**
 * The callbacks whose function calls are all the harness's (at least one).
 *
 * @param {TraceEvent[]} callbacks
 * @param {TraceEvent[]} calls FunctionCall events of the same thread.
 * @returns {TraceEvent[]}
 */
export function harnessOnlyCallbacks(callbacks, calls) {
  const sortedCalls = [...calls].sort((a, b) => a.ts - b.ts);
  const result = [];
  for (const callback of callbacks) {
    const end = callback.ts + (callback.dur ?? 0);
    let first = eventsFrom(sortedCalls, callback.ts);
    let any = false;
    let all = true;
    for (; first < sortedCalls.length && sortedCalls[first].ts < end; first += 1) {
      const call = sortedCalls[first];
      if (call.ts + (call.dur ?? 0) > end) continue;
      any = true;
      if (!isOverhead(call)) {
        all = false;
        break;
      }
    }
    if (any && all) result.push(callback);
  }
  return result;
}

/** Index of the first event starting at or after a time, in events sorted by start. */
const eventsFrom = bisector((/** @type {TraceEvent} */ e) => e.ts).left;
/** Index of the first frame end after a time, in ascending frame ends. */
const framesFrom = bisector((/** @type {number} */ at) => at).right;

/**
 * @typedef {object} InputTime
 * @property {number} jsMs JavaScript, wall clock.
 * @property {number} jsCpuMs JavaScript, main-thread CPU clock.
 * @property {number} mainThreadMs All main-thread tasks, wall clock.
 * @property {number} gcMs Main-thread garbage collection, wall clock (see the top of the file).
 * @property {number} busiestFrameJsMs JavaScript in the window's busiest animation frame, wall clock.
 */

/**
 * @param {TraceEvent[]} events All events of one trace.
 * @returns {Map<number, InputTime>} By input sequence number.
 */
export function jsTimePerInput(events) {
  const marks = events
    .filter((e) => e.name.startsWith('bench:input:') || e.name === 'bench:end')
    .sort((a, b) => a.ts - b.ts);
  /** @type {Map<number, TraceEvent>} */
  const doneMarks = new Map();
  for (const e of events) {
    if (e.name.startsWith('bench:done:'))
      doneMarks.set(Number(e.name.slice('bench:done:'.length)), e);
  }
  /** @type {Map<number, InputTime>} */
  const result = new Map();
  if (marks.length === 0) return result;
  // Only the renderer's main thread: the thread that set the harness's marks. The Monte Carlo
  // sampling runs in a Web Worker (src/worker/), a thread of its own in the same process, so its
  // work never counts as the page's main-thread JavaScript (nor do other processes' threads);
  // the main thread's handling of the worker's reply (message event, React render) does.
  const { pid, tid } = marks[0];

  /** @typedef {{ wall: Array<[number, number]>, cpu: Array<[number, number]> }} Intervals */
  /** @returns {Intervals} */
  const intervals = () => ({ wall: [], cpu: [] });
  const script = intervals();
  const tasks = intervals();
  const overhead = intervals();
  const gc = intervals();
  /**
   * @param {Intervals} into
   * @param {TraceEvent} e
   */
  const add = (into, e) => {
    into.wall.push([e.ts, e.ts + (e.dur ?? 0)]);
    if (e.tts !== undefined && e.tdur !== undefined) into.cpu.push([e.tts, e.tts + e.tdur]);
  };
  /** @type {TraceEvent[]} */
  const dispatches = [];
  /** @type {TraceEvent[]} */
  const inputCalls = [];
  /** @type {TraceEvent[]} */
  const callbacks = [];
  /** @type {TraceEvent[]} */
  const calls = [];
  /** @type {number[]} */
  const frameEnds = [];
  for (const e of events) {
    if (e.pid === pid && e.tid === tid && e.name === FRAME_EVENT && e.ph === 'e') {
      frameEnds.push(e.ts);
    }
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.dur === undefined) continue;
    if (SCRIPT_EVENTS.has(e.name)) {
      add(script, e);
      if (e.name === 'EventDispatch') dispatches.push(e);
      if (e.name === 'FunctionCall') {
        calls.push(e);
        if (e.args?.data?.functionName === INPUT_FUNCTION) inputCalls.push(e);
        if (isOverhead(e)) add(overhead, e);
      }
      if (CALLBACK_EVENTS.has(e.name)) callbacks.push(e);
    } else if (TASK_EVENTS.has(e.name)) {
      add(tasks, e);
    } else if (GC_EVENTS.has(e.name)) {
      add(gc, e);
    }
  }
  for (const callback of harnessOnlyCallbacks(callbacks, calls)) add(overhead, callback);
  // A loop, not Math.max(...events): a long trace has more events than a call has arguments.
  let lastEvent = Number.NEGATIVE_INFINITY;
  let lastThreadTime = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    lastEvent = Math.max(lastEvent, e.ts + (e.dur ?? 0));
    if (e.tid === tid && e.tts !== undefined) {
      lastThreadTime = Math.max(lastThreadTime, e.tts + (e.tdur ?? 0));
    }
  }

  const sortedDispatches = [...dispatches].sort((a, b) => a.ts - b.ts);
  // The harness's input function after its dispatch: computing its sync time, asking for a frame.
  for (const call of inputCalls) {
    const callEnd = call.ts + (call.dur ?? 0);
    const inside = sortedDispatches.filter(
      (d) => d.ts >= call.ts && d.ts + (d.dur ?? 0) <= callEnd,
    );
    const last = inside[inside.length - 1];
    if (last === undefined) continue;
    overhead.wall.push([last.ts + (last.dur ?? 0), callEnd]);
    if (last.tts !== undefined && last.tdur !== undefined && call.tts !== undefined) {
      overhead.cpu.push([last.tts + last.tdur, call.tts + (call.tdur ?? 0)]);
    }
  }
  frameEnds.sort((a, b) => a - b);
  /** The page's JavaScript in [a, b), in microseconds. */
  const pageJs = (a, b) => unionLength(script.wall, a, b) - unionLength(overhead.wall, a, b);
  /**
   * The most JavaScript of the page in any one frame inside the window, in microseconds: the
   * window cut at the ends of the frames' rendering. The input's own frame began before the window
   * (with the harness's work that sets the slider): only its part from the dispatch on counts.
   *
   * @param {number} start
   * @param {number} end
   */
  const busiestFrame = (start, end) => {
    let busiest = 0;
    let from = start;
    for (let index = framesFrom(frameEnds, start); from < end; index += 1) {
      const cut = Math.min(frameEnds[index] ?? end, end);
      busiest = Math.max(busiest, pageJs(from, cut));
      from = cut;
    }
    return busiest;
  };
  marks.forEach((mark, index) => {
    if (mark.name === 'bench:end') return;
    const seq = Number(mark.name.slice('bench:input:'.length));
    const next = doneMarks.get(seq) ?? marks[index + 1];
    const end = next ? next.ts : lastEvent;
    // The window opens at the input event's dispatch (the module comment); at the mark when the
    // trace has no dispatch before the window's end.
    const dispatch = sortedDispatches[eventsFrom(sortedDispatches, mark.ts)];
    const opener = dispatch !== undefined && dispatch.ts < end ? dispatch : mark;
    const start = opener.ts;
    const [cpuStart, cpuEnd] = [opener.tts ?? mark.tts ?? 0, next?.tts ?? lastThreadTime];
    const overheadWall = unionLength(overhead.wall, start, end);
    const overheadCpu = unionLength(overhead.cpu, cpuStart, cpuEnd);
    result.set(seq, {
      jsMs: Math.max(0, unionLength(script.wall, start, end) - overheadWall) / 1000,
      jsCpuMs: Math.max(0, unionLength(script.cpu, cpuStart, cpuEnd) - overheadCpu) / 1000,
      mainThreadMs: Math.max(0, unionLength(tasks.wall, start, end) - overheadWall) / 1000,
      gcMs: unionLength(gc.wall, start, end) / 1000,
      busiestFrameJsMs: Math.max(0, busiestFrame(start, end)) / 1000,
    });
  });
  return result;
}
