/**
 * What the Monte Carlo worker does with one message, as a pure function, so Node tests run
 * exactly the worker's code path (tests/unit/monte-carlo-worker.test.ts). The request comes from
 * our own page, but it is still checked: a malformed one gets an error reply, never a throw that
 * would leave the page waiting.
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
import type { MonteCarloReply, MonteCarloRequest } from '../model/monte-carlo-messages';
import {
  DEFAULT_SAMPLING,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type InputRange,
  type SamplingSettings,
  type ScenarioRanges,
} from '../model/ranges';
import { runUncertainty } from '../model/uncertainty';

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

/** Runs one request; every reply carries the request's id (or −1 when it had none). */
export function handleMonteCarloRequest(message: unknown): MonteCarloReply {
  const request: Partial<Record<keyof MonteCarloRequest, unknown>> = isRecord(message)
    ? message
    : {};
  const id = typeof request.id === 'number' ? request.id : -1;
  const scenario = checkScenario(request.scenario);
  if (!scenario.ok) return { id, ok: false, error: scenario.error };
  const ranges = checkRanges(request.ranges);
  if (!ranges.ok) return { id, ok: false, error: ranges.error };
  try {
    const started = performance.now();
    const summary = runUncertainty(scenario.value, ranges.value, checkSampling(request.sampling));
    return { id, ok: true, summary, elapsedMs: performance.now() - started };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
