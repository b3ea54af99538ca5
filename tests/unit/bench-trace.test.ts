/**
 * The benchmark's JavaScript-per-input analysis (scripts/bench/trace-js-time.mjs) on a small
 * made-up trace: what counts as the page's work, what is the harness's, and where an input's
 * window ends.
 */
import { describe, expect, it } from 'vitest';
import {
  harnessOnlyCallbacks,
  jsTimePerInput,
  type TraceEvent,
} from '../../scripts/bench/trace-js-time.mjs';

const THREAD = { pid: 1, tid: 1 };

/** A complete event from `start` to `end` (microseconds), the same on both clocks. */
function span(name: string, start: number, end: number, functionName?: string): TraceEvent {
  return {
    ...THREAD,
    name,
    ph: 'X',
    ts: start,
    dur: end - start,
    tts: start,
    tdur: end - start,
    ...(functionName === undefined ? {} : { args: { data: { functionName } } }),
  };
}

function mark(name: string, at: number): TraceEvent {
  return { ...THREAD, name, ph: 'R', ts: at, tts: at };
}

describe('jsTimePerInput', () => {
  const events: TraceEvent[] = [
    mark('bench:input:1', 1_000),
    // The input's own dispatch: 2 ms.
    span('EventDispatch', 1_100, 3_100),
    // A frame callback of the harness alone: all of it is the harness's, wrapper included.
    span('FireAnimationFrame', 5_000, 5_300),
    span('FunctionCall', 5_050, 5_250, '__benchOverheadFrame'),
    // A frame callback of the page: 0.4 ms.
    span('FireAnimationFrame', 6_000, 6_400),
    span('FunctionCall', 6_050, 6_350, 'tick'),
    // A timer of the page (the debounced address-bar update): 1 ms.
    span('TimerFire', 8_000, 9_000),
    span('FunctionCall', 8_010, 8_990, ''),
    mark('bench:done:1', 20_000),
    // After the done mark: the harness resolving its promise, Playwright sending the next move.
    span('RunMicrotasks', 20_100, 21_100),
    span('FunctionCall', 22_000, 23_000, 'S'),
    mark('bench:input:2', 30_000),
    span('EventDispatch', 30_100, 30_600),
    mark('bench:end', 40_000),
  ];

  it("counts the page's dispatch, frame callbacks and timers up to the done mark", () => {
    const times = jsTimePerInput(events);
    expect(times.get(1)?.jsMs).toBeCloseTo(3.4, 6);
    expect(times.get(1)?.jsCpuMs).toBeCloseTo(3.4, 6);
  });

  it("starts at the input's dispatch, not at the harness's mark before it", () => {
    // As the harness does it: its function sets the mark (0.3 ms here), dispatches the input
    // and then notes the dispatch's time (0.05 ms); a microtask of the page follows (0.1 ms).
    const harnessFirst: TraceEvent[] = [
      span('TimerFire', 700, 3_250),
      span('FunctionCall', 750, 3_150, '__benchInput'),
      span('RunMicrotasks', 3_150, 3_250),
      ...events,
    ];
    expect(jsTimePerInput(harnessFirst).get(1)?.jsMs).toBeCloseTo(3.5, 6);
    expect(jsTimePerInput(harnessFirst).get(1)?.jsCpuMs).toBeCloseTo(3.5, 6);
  });

  it('without a done mark, an input runs until the next mark', () => {
    expect(jsTimePerInput(events).get(2)?.jsMs).toBeCloseTo(0.5, 6);
  });

  it("leaves out a Web Worker's thread: the sampling is not main-thread JavaScript", () => {
    const worker = { pid: THREAD.pid, tid: 2 };
    const sampling: TraceEvent[] = [
      // The Monte Carlo run in the worker, 8 ms inside input 1's window, on its own thread.
      { ...span('FunctionCall', 10_000, 18_000, 'runUncertainty'), ...worker },
      { ...span('RunMicrotasks', 18_000, 18_500), ...worker },
    ];
    const times = jsTimePerInput([...events, ...sampling]);
    expect(times.get(1)?.jsMs).toBeCloseTo(3.4, 6);
    expect(times.get(1)?.mainThreadMs).toBe(jsTimePerInput(events).get(1)?.mainThreadMs);
  });
});

describe('garbage collection per input', () => {
  it("adds up the main thread's collections inside the window, not a worker's", () => {
    const events: TraceEvent[] = [
      mark('bench:input:1', 1_000),
      span('EventDispatch', 1_100, 6_100),
      // A young-generation collection during the page's render, 2.5 ms, and an incremental
      // marking step inside it (counted once).
      span('MinorGC', 2_000, 4_500),
      span('V8.GC_MC_INCREMENTAL', 3_000, 3_500),
      // The worker's own collection: another thread.
      { ...span('MinorGC', 4_000, 9_000), tid: 2 },
      mark('bench:done:1', 10_000),
      // After the window.
      span('MajorGC', 11_000, 15_000),
      mark('bench:end', 20_000),
    ];
    expect(jsTimePerInput(events).get(1)?.gcMs).toBeCloseTo(2.5, 6);
  });
});

describe("an input's busiest frame", () => {
  /** The end of a frame's rendering, as Chromium traces it (an async event's end). */
  const frameEnd = (at: number): TraceEvent => ({
    ...THREAD,
    name: 'AnimationFrame',
    ph: 'e',
    ts: at,
  });
  /**
   * An input on a page with ranges: its own task (the harness's function dispatching it, with
   * React's render inside the dispatch, `dispatchMs` long) and a harness-only frame callback, in
   * the frame that ends at 14 ms; then, in the frame that ends at 45 ms, the worker's summary
   * (0.5 ms) and its bands with the render (3 ms), two tasks.
   */
  const trace = (dispatchMs: number, frames = true): TraceEvent[] => [
    frameEnd(500),
    span('ThreadControllerImpl::RunTask', 600, 10_000),
    span('TimerFire', 700, 9_950),
    // The harness's 0.35 ms before the dispatch and its time after it are not the page's.
    span('FunctionCall', 750, 9_900, '__benchInput'),
    mark('bench:input:1', 800),
    span('EventDispatch', 1_100, 1_100 + dispatchMs * 1_000),
    span('ThreadControllerImpl::RunTask', 12_000, 12_400),
    span('FireAnimationFrame', 12_000, 12_300),
    span('FunctionCall', 12_050, 12_250, '__benchOverheadFrame'),
    ...(frames ? [frameEnd(14_000)] : []),
    span('ThreadControllerImpl::RunTask', 30_000, 30_500),
    span('FunctionCall', 30_000, 30_500, 'onmessage'),
    span('ThreadControllerImpl::RunTask', 40_000, 43_500),
    span('FunctionCall', 40_100, 42_600, 'onmessage'),
    span('RunMicrotasks', 42_600, 43_100),
    ...(frames ? [frameEnd(45_000)] : []),
    mark('bench:done:1', 60_000),
    // After the window: a busy frame that is no input's.
    span('ThreadControllerImpl::RunTask', 61_000, 70_000),
    span('FunctionCall', 61_000, 70_000, 'later'),
    frameEnd(71_000),
    mark('bench:end', 80_000),
  ];

  it("is the reply's frame, both its tasks, when that carries the most; the input's JS adds all", () => {
    // The input's frame: its 2 ms dispatch and the timer's 0.05 ms after the harness's function.
    const time = jsTimePerInput(trace(2)).get(1);
    expect(time?.busiestFrameJsMs).toBeCloseTo(3.5, 6);
    expect(time?.jsMs).toBeCloseTo(5.55, 6);
  });

  it("counts the input's own frame from the dispatch on, without the harness's part", () => {
    expect(jsTimePerInput(trace(4)).get(1)?.busiestFrameJsMs).toBeCloseTo(4.05, 6);
  });

  it('is the whole window in a trace without frames', () => {
    const time = jsTimePerInput(trace(2, false)).get(1);
    expect(time?.busiestFrameJsMs).toBeCloseTo(5.55, 6);
  });
});

describe('harnessOnlyCallbacks', () => {
  it('keeps a callback only when every call inside it is the harness’s', () => {
    const onlyHarness = span('FireIdleCallback', 0, 100);
    const mixed = span('FireAnimationFrame', 200, 400);
    const empty = span('TimerFire', 500, 600);
    const calls = [
      span('FunctionCall', 10, 90, '__benchOverheadIdle'),
      span('FunctionCall', 210, 290, '__benchOverheadFrame'),
      span('FunctionCall', 300, 390, 'render'),
    ];
    expect(harnessOnlyCallbacks([onlyHarness, mixed, empty], calls)).toEqual([onlyHarness]);
  });
});
