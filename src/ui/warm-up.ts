/**
 * Warms the code of a slider step while the freshly loaded page is idle, so a reader's first
 * moves cost what later ones do.
 *
 * Why: a fresh page runs the step's code in V8's interpreter until it has been called often
 * enough to be compiled, and its first moves allocate into a young heap that has not grown yet.
 * In the benchmark the first steps after a load cost about twice a later one (CPU 4–6 ms against
 * 2–3 ms), and they set most sliders' p95; at a phone's 4× slowdown that is the difference between
 * a step inside a frame and a dropped one. A step's pure work (the years model, every slider's
 * flip points, the series of the three charts and of the three years charts) is run here on scenarios a step away from the current
 * one, in slices of a few milliseconds of idle time. Nothing is stored: the results are dropped,
 * and the store, the URL and the page are untouched.
 *
 * It starts once the hydrated page has committed (App's effect) and ends after WARM_UP_STEPS
 * steps, or at the reader's first press, key or input: from then on real steps warm the code.
 */
import { buildAlumniYearsSeries } from '../charts/data/alumni-years-series';
import { buildFieldRatioSeries } from '../charts/data/field-ratio-series';
import { buildFieldYearsSeries } from '../charts/data/field-years-series';
import { buildNetImpactSeries } from '../charts/data/net-impact-series';
import { buildNetImpactYearsSeries } from '../charts/data/net-impact-years-series';
import { buildNewResearchersSeries } from '../charts/data/new-researchers-series';
import { allFlipPoints, withInputMoved } from '../model/flip-points';
import { INPUT_KEYS, INPUT_SPECS, type Scenario } from '../model/inputs';
import { calculateYears } from '../model/years';

/** Steps run: a few for every slider, about as many as a short drag. */
export const WARM_UP_STEPS = 36;
/** Longest slice of work in one idle period (ms), far from a long task even on a slow phone. */
const SLICE_MS = 4;
/** Idle time a slice needs before it starts (ms). */
const MIN_IDLE_MS = 6;
const STOP_EVENTS = ['pointerdown', 'keydown', 'input'] as const;

/** One step's pure work, at the `index`-th scenario a step away from `base`. */
export function warmUpStep(base: Scenario, index: number): void {
  const key = INPUT_KEYS[index % INPUT_KEYS.length] ?? 'cohort';
  const spec = INPUT_SPECS[key];
  // A different place on each slider's track every round (the golden ratio's spread).
  const fraction = (0.25 + index * 0.618) % 1;
  const scenario = withInputMoved(base, key, spec.min + fraction * (spec.max - spec.min));
  calculateYears(scenario);
  allFlipPoints(scenario);
  buildFieldRatioSeries(scenario);
  buildNewResearchersSeries(scenario);
  buildNetImpactSeries(scenario);
  buildFieldYearsSeries(scenario);
  buildAlumniYearsSeries(scenario);
  buildNetImpactYearsSeries(scenario);
}

interface IdleScheduler {
  readonly request: (callback: (deadline: IdleDeadline) => void) => number;
  readonly cancel: (handle: number) => void;
  readonly now: () => number;
}

const browserScheduler = (): IdleScheduler | null =>
  typeof requestIdleCallback === 'function'
    ? {
        request: (callback) => requestIdleCallback(callback),
        cancel: (handle) => cancelIdleCallback(handle),
        now: () => performance.now(),
      }
    : null;

/**
 * Starts the warm-up over the scenario `current()` gives at each slice; returns a function that
 * stops it. Without idle callbacks (an old browser) it does nothing.
 */
export function startWarmUp(
  current: () => Scenario,
  target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
  scheduler: IdleScheduler | null = browserScheduler(),
  steps = WARM_UP_STEPS,
): () => void {
  if (scheduler === null) return () => {};
  let done = 0;
  let handle: number | null = null;
  const stop = () => {
    if (handle !== null) scheduler.cancel(handle);
    handle = null;
    for (const type of STOP_EVENTS) target.removeEventListener(type, stop, true);
  };
  const slice = (deadline: IdleDeadline) => {
    handle = null;
    if (deadline.timeRemaining() >= MIN_IDLE_MS) {
      const end = scheduler.now() + SLICE_MS;
      const base = current();
      do {
        warmUpStep(base, done);
        done += 1;
      } while (done < steps && scheduler.now() < end);
    }
    if (done < steps) handle = scheduler.request(slice);
    else stop();
  };
  for (const type of STOP_EVENTS) target.addEventListener(type, stop, true);
  handle = scheduler.request(slice);
  return stop;
}
