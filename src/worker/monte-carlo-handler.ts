/**
 * What the Monte Carlo worker does with one message, as a function of the message and where the
 * replies go, so Node tests run exactly the worker's code path (tests/unit/monte-carlo.test.ts).
 * The request comes from our own page, but it is still checked: a malformed one gets an error
 * reply, never a throw that would leave the page waiting.
 *
 * Two replies per run (src/model/monte-carlo-messages.ts): the summary as soon as it is ready,
 * and the bands when the page asks for them: at once, unless a newer run is waiting (a drag),
 * whose summary then comes first (src/app/monte-carlo-client.ts).
 */
import {
  CHOICE_KEYS,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  parseChoice,
  type MutableScenario,
  type Scenario,
} from '../model/inputs';
import { curveBands } from '../model/curve-bands';
import type {
  MonteCarloBandsReply,
  MonteCarloRequest,
  MonteCarloReply,
  MonteCarloSummaryReply,
} from '../model/monte-carlo-messages';
import { sampleScenario, type SampleSet } from '../model/monte-carlo';
import {
  DEFAULT_SAMPLING,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type InputRange,
  type SamplingSettings,
  type ScenarioRanges,
} from '../model/ranges';
import { summariseSamples } from '../model/uncertainty';

type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function checkScenario(value: unknown): Checked<Scenario> {
  if (!isRecord(value)) return { ok: false, error: 'the request has no scenario' };
  const scenario: MutableScenario = { ...DEFAULT_SCENARIO };
  for (const key of INPUT_KEYS) {
    const input = value[key];
    if (typeof input !== 'number' || !Number.isFinite(input)) {
      return { ok: false, error: `the scenario's ${key} is not a number` };
    }
    scenario[key] = input;
  }
  for (const key of CHOICE_KEYS) {
    const choice = parseChoice(key, value[key]);
    if (choice === null) return { ok: false, error: `the scenario's ${key} is not an option` };
    scenario[key] = choice;
  }
  return { ok: true, value: scenario };
}

function checkRanges(value: unknown): Checked<ScenarioRanges> {
  if (value === undefined) return { ok: true, value: {} };
  if (!isRecord(value)) return { ok: false, error: 'the ranges are not an object' };
  const ranges: { [key: string]: InputRange } = {};
  for (const key of INPUT_KEYS) {
    const range = value[key];
    if (range === undefined) continue;
    if (!isRecord(range) || typeof range.lo !== 'number' || typeof range.hi !== 'number') {
      return { ok: false, error: `the range of ${INPUT_SPECS[key].label} is not { lo, hi }` };
    }
    ranges[key] = { lo: range.lo, hi: range.hi };
  }
  return { ok: true, value: ranges };
}

/** Sample counts inside SAMPLES_MIN–SAMPLES_MAX, seeds whole numbers in 0–SEED_MAX. */
export function checkSampling(value: unknown): SamplingSettings {
  const sampling = isRecord(value) ? value : {};
  const samples = typeof sampling.samples === 'number' ? sampling.samples : Number.NaN;
  const seed = typeof sampling.seed === 'number' ? sampling.seed : Number.NaN;
  return {
    samples: Number.isFinite(samples)
      ? Math.min(SAMPLES_MAX, Math.max(SAMPLES_MIN, Math.round(samples)))
      : DEFAULT_SAMPLING.samples,
    seed: Number.isFinite(seed)
      ? Math.min(SEED_MAX, Math.max(0, Math.trunc(seed)))
      : DEFAULT_SAMPLING.seed,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A run's samples, kept from its summary until the page asks for its bands. */
interface KeptRun {
  readonly id: number;
  readonly set: SampleSet;
  readonly scenario: Scenario;
}

export type MonteCarloHandler = (message: unknown, post: (reply: MonteCarloReply) => void) => void;

/**
 * The worker's handler, holding the last run's samples: a run request gets its summary, and a
 * later bands request with the same id gets that run's bands (monte-carlo-client.ts says when the
 * page asks). A new run request drops the samples kept; a bands request
 * for any other run gets an error reply. Every reply carries the request's id (or −1 when it had
 * none).
 */
export function createMonteCarloHandler(): MonteCarloHandler {
  let kept: KeptRun | null = null;
  /** A run whose samples nobody reads any more: the next run writes over its arrays. */
  let spare: SampleSet | null = null;
  return (message, post) => {
    const request: Partial<Record<keyof MonteCarloRequest, unknown>> = isRecord(message)
      ? message
      : {};
    const id = typeof request.id === 'number' ? request.id : -1;
    if (request.kind === 'bands') {
      const run = kept;
      if (run === null || run.id !== id) {
        post({ id, kind: 'bands', ok: false, error: 'the worker has no samples of that run' });
        return;
      }
      kept = null;
      try {
        const started = performance.now();
        const bands = curveBands(run.set, run.scenario);
        post({ id, kind: 'bands', ok: true, bands, elapsedMs: performance.now() - started });
      } catch (error) {
        post({ id, kind: 'bands', ok: false, error: messageOf(error) });
      }
      // Posted as a copy (structured clone), so the samples are free for the next run.
      spare = run.set;
      return;
    }
    if (kept !== null) spare = kept.set;
    kept = null;
    const scenario = checkScenario(request.scenario);
    if (!scenario.ok) return post({ id, kind: 'summary', ok: false, error: scenario.error });
    const ranges = checkRanges(request.ranges);
    if (!ranges.ok) return post({ id, kind: 'summary', ok: false, error: ranges.error });
    try {
      const started = performance.now();
      const recycled = spare;
      spare = null;
      const set = sampleScenario(
        scenario.value,
        ranges.value,
        checkSampling(request.sampling),
        recycled,
      );
      const summary = summariseSamples(set, scenario.value, ranges.value);
      kept = { id, set, scenario: scenario.value };
      post({ id, kind: 'summary', ok: true, summary, elapsedMs: performance.now() - started });
    } catch (error) {
      post({ id, kind: 'summary', ok: false, error: messageOf(error) });
    }
  };
}

/**
 * A run's two replies, as the worker gives them when the page asks for the bands at once: for
 * tests, which compare them with a direct call, and stand in for the worker.
 */
export function monteCarloReplies(message: unknown): {
  readonly summary: MonteCarloSummaryReply;
  readonly bands: MonteCarloBandsReply | null;
} {
  const handle = createMonteCarloHandler();
  const replies: MonteCarloReply[] = [];
  const push = (reply: MonteCarloReply) => replies.push(reply);
  handle(message, push);
  const [summary] = replies;
  if (summary?.kind !== 'summary') throw new Error('the handler posted no summary');
  if (!summary.ok) return { summary, bands: null };
  handle({ kind: 'bands', id: summary.id }, push);
  const bands = replies[1];
  return { summary, bands: bands?.kind === 'bands' ? bands : null };
}
