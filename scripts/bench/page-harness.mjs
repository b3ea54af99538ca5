/* global window, document, requestAnimationFrame, requestIdleCallback, MutationObserver, HTMLInputElement -- used by code that runs in the page */
/**
 * Code that runs inside the page (passed to page.evaluate, so each function is self-contained).
 *
 * A slider move is driven the way a browser delivers one: the range input's value is set with
 * the native value setter (so React's value tracker sees a change) and an `input` event is
 * dispatched, from a timer task of its own. The harness then watches the DOM:
 *
 * - a MutationObserver on document.body records when the last DOM change happened;
 * - every animation frame is noted (its requestAnimationFrame callback), and a message posted
 *   from that callback notes when the frame's rendering work (style, layout, paint) is done;
 * - an idle-callback loop notes when the main thread last had nothing to do;
 * - once the DOM has been quiet for `quietMs` (about two frames) AND the main thread has been
 *   idle since the last DOM change (React renders a deferred update in slices without touching
 *   the DOM until it commits, so a quiet DOM alone does not mean the work is done), the move is
 *   finished. Its input-to-frame latency is the time from the input event until the end of the
 *   first frame whose rAF callback ran after the last DOM change. Deferred chart renders
 *   (useDeferredValue, effects, recharts' own animation-frame updates) therefore count.
 * - the move's window in the trace runs from its `bench:input:N` mark to its `bench:done:N`
 *   mark, set when it is finished; what the harness and Playwright do after that (resolving the
 *   promise, sending the next move) is outside every window.
 *
 * - with `timing.chances` (a page with ranges, issue 11), the move also waits until the chances
 *   of net positive show the figures for THIS input: the chances row carries the number of the
 *   Monte Carlo request its figures answer and whether that is the scenario as it is now
 *   (`data-summary-run`, `data-summary-current`; src/ui/chance-figures.tsx). The number shown
 *   before the input is noted; the first DOM change after which the row is current with a larger
 *   number is the commit of this input's summary (the input starts the request synchronously,
 *   and a later request always has a larger number). Its input-to-chances time runs to the end
 *   of the first frame whose rAF callback ran after that commit, as the input-to-frame time does.
 *   The run's 90 % bands come with its figures, or after them in a fast drag
 *   (src/app/monte-carlo-client.ts), and their render is part of the move too: the move is not finished before a chart figure shows the
 *   bands of that run (`data-band-run`, src/ui/charts/chart-figure.tsx). Its input-to-bands time
 *   runs to the end of the first frame whose rAF callback ran after the first DOM change after
 *   which a chart shows the bands of that run or a later one.
 *
 * Harness callbacks are named `__benchOverhead…`, so the trace analysis can subtract them from
 * the page's JavaScript time.
 */

/** Installs `window.__bench`. Idempotent. */
export function installHarness() {
  if (window.__bench) return;
  const state = {
    lastMutation: 0,
    mutations: 0,
    seq: 0,
    lastIdle: 0,
    /** With `timing.chances`: the summary number shown before the input (-1: not waiting). */
    runBefore: -1,
    /** When the chances row first showed the current summary of a later run (0: not yet). */
    chancesAt: 0,
    /** The run whose summary that was. */
    chancesRun: 0,
    /** When a chart first showed the bands of that run or a later one (0: not yet). */
    bandsAt: 0,
  };
  /** The largest run whose bands a chart shows (0: none). */
  function shownBandRun() {
    let largest = 0;
    for (const figure of document.querySelectorAll('[data-band-run]')) {
      largest = Math.max(largest, Number(figure.getAttribute('data-band-run')) || 0);
    }
    return largest;
  }
  /** The chances row's summary number, and whether it answers the scenario as it is now. */
  function shownSummary() {
    const row = document.querySelector('[data-summary-run]');
    return {
      run: Number(row?.getAttribute('data-summary-run') ?? 0),
      current: row?.getAttribute('data-summary-current') === 'true',
    };
  }
  requestIdleCallback(function __benchOverheadIdle() {
    state.lastIdle = performance.now();
    requestIdleCallback(__benchOverheadIdle);
  });
  new MutationObserver(function __benchOverheadMutation() {
    state.lastMutation = performance.now();
    state.mutations += 1;
    if (state.runBefore >= 0 && state.chancesAt === 0) {
      const shown = shownSummary();
      if (shown.current && shown.run > state.runBefore) {
        state.chancesAt = state.lastMutation;
        state.chancesRun = shown.run;
      }
    }
    if (state.chancesAt > 0 && state.bandsAt === 0 && shownBandRun() >= state.chancesRun) {
      state.bandsAt = state.lastMutation;
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;

  /** @param {string} label */
  function slider(label) {
    for (const input of document.querySelectorAll('input[type="range"]')) {
      const name = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '';
      if (name.trim() === label) return input;
    }
    throw new Error(`No slider named "${label}"`);
  }

  /**
   * @param {string} label
   * @returns {{ min: number, max: number, step: number, value: number }}
   */
  function range(label) {
    const input = slider(label);
    return {
      min: Number(input.min),
      max: Number(input.max),
      step: Number(input.step) || 1,
      value: Number(input.value),
    };
  }

  /**
   * Sets the slider and dispatches `input`, synchronously; returns the time it was dispatched.
   *
   * @param {HTMLInputElement} input
   * @param {number} position
   */
  function dispatch(input, position) {
    valueSetter.call(input, String(position));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /**
   * One measured move.
   *
   * @param {string} label
   * @param {number} position Range-input position (not the model value).
   * @param {{ quietMs: number, minSpacingMs: number, timeoutMs: number, chances?: boolean }} timing
   *   `chances`: also wait for (and time) the chances of net positive of this input.
   * @returns {Promise<{ seq: number, latencyMs: number | null, rafLatencyMs: number | null,
   *   chancesMs: number | null, bandsMs: number | null, chancesRun: boolean, syncMs: number,
   *   mutations: number }>}
   *   `chancesRun`: with `timing.chances`, the input started a Monte Carlo run (false when it
   *   left the scenario as it was, so there were no new chances to wait for).
   */
  function move(label, position, timing) {
    const input = slider(label);
    state.seq += 1;
    const seq = state.seq;
    return new Promise((resolve) => {
      /** @type {Array<{ raf: number, done: number }>} */
      const frames = [];
      const channel = new MessageChannel();
      /** @type {Array<{ raf: number, done: number }>} */
      const rendering = [];
      channel.port1.onmessage = function __benchOverheadFrameDone() {
        const frame = rendering.shift();
        if (frame) frame.done = performance.now();
      };
      let started = 0;
      let syncMs = 0;
      /**
       * A move that leaves the scenario as it was (a share held by the share rule, a value that
       * rounds to the same) starts no Monte Carlo run. A run, once started, marks the row not
       * current until a summary of a later run arrives, so a row that is current with the number
       * shown before the input, once the page has settled, means no run was started.
       */
      const noRunStarted = function __benchOverheadNoRun() {
        const shown = shownSummary();
        return shown.current && shown.run === state.runBefore;
      };

      const finish = function __benchOverheadFinish() {
        performance.mark(`bench:done:${seq}`);
        channel.port1.close();
        const chancesAt = state.chancesAt;
        const bandsAt = state.bandsAt;
        const chancesRun = timing.chances === true && !noRunStarted();
        state.runBefore = -1;
        if (state.mutations === 0) {
          resolve({
            seq,
            latencyMs: null,
            rafLatencyMs: null,
            chancesMs: null,
            bandsMs: null,
            chancesRun,
            syncMs,
            mutations: 0,
          });
          return;
        }
        const frame = frames.find((f) => f.raf > state.lastMutation && f.done > 0);
        const chancesFrame =
          chancesAt > 0 ? frames.find((f) => f.raf > chancesAt && f.done > 0) : undefined;
        const bandsFrame =
          bandsAt > 0 ? frames.find((f) => f.raf > bandsAt && f.done > 0) : undefined;
        resolve({
          seq,
          latencyMs: frame ? frame.done - started : null,
          rafLatencyMs: frame ? frame.raf - started : null,
          chancesMs: chancesFrame ? chancesFrame.done - started : null,
          bandsMs: bandsFrame ? bandsFrame.done - started : null,
          chancesRun,
          syncMs,
          mutations: state.mutations,
        });
      };

      const onFrame = function __benchOverheadFrame() {
        const now = performance.now();
        const frame = { raf: now, done: 0 };
        frames.push(frame);
        rendering.push(frame);
        channel.port2.postMessage(0);
        const quiet =
          state.mutations > 0 &&
          now - state.lastMutation >= timing.quietMs &&
          state.lastIdle > state.lastMutation;
        const spaced = now - started >= timing.minSpacingMs;
        // With ranges the summary comes from the worker, maybe after the DOM has been quiet a
        // while: the move is not finished before it is on screen, or before it is clear that the
        // input started no run (unchanged).
        const chancesShown =
          !timing.chances ||
          (state.chancesAt > 0 && shownBandRun() >= shownSummary().run) ||
          noRunStarted();
        if ((quiet && spaced && chancesShown) || now - started >= timing.timeoutMs) {
          // One more frame, so the message posted from the frame after the last change has run.
          requestAnimationFrame(function __benchOverheadLastFrame() {
            setTimeout(finish, 0);
          });
        } else {
          requestAnimationFrame(onFrame);
        }
      };

      // The browser moves a dragged thumb natively, before it fires `input`; here the native
      // setter stands in for that, in a harness task of its own, so it is not counted as the
      // page's JavaScript. The input event then comes in the next task, as the browser's does.
      setTimeout(function __benchOverheadSetValue() {
        valueSetter.call(input, String(position));
        state.chancesAt = 0;
        state.chancesRun = 0;
        state.bandsAt = 0;
        state.runBefore = timing.chances ? shownSummary().run : -1;
        setTimeout(function __benchInput() {
          state.mutations = 0;
          state.lastMutation = 0;
          performance.mark(`bench:input:${seq}`);
          started = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          syncMs = performance.now() - started;
          requestAnimationFrame(onFrame);
        }, 0);
      }, 0);
    });
  }

  /**
   * Many unmeasured moves, one per animation frame (a fast drag), cycling through `labels`.
   *
   * @param {string[]} labels
   * @param {number} count
   */
  async function churn(labels, count) {
    const inputs = labels.map((label) => slider(label));
    for (let index = 0; index < count; index += 1) {
      const input = inputs[index % inputs.length];
      const min = Number(input.min);
      const max = Number(input.max);
      const step = Number(input.step) || 1;
      // A deterministic walk that visits the whole track: golden-ratio fractions.
      const fraction = (index * 0.6180339887) % 1;
      const position = min + Math.round((fraction * (max - min)) / step) * step;
      dispatch(input, position);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  }

  /** Marks the end of a traced sequence. */
  function end() {
    performance.mark('bench:end');
  }

  window.__bench = { range, move, churn, end };
}
