/**
 * Keeps the Monte Carlo summary in step with the store (issue 11): whenever the scenario, its
 * ranges or the sampling settings change and at least one input is a range, the worker is asked
 * again (monte-carlo-client.ts: latest wins, so a drag follows at the worker's pace); with no
 * range there is nothing to sample and the summary is `none`. The store holds inputs only; this
 * holds the one result that is computed off the main thread, with the job it answers, so the page
 * can tell a current summary from one a step behind.
 *
 * The run's bands (the 90 % bands around the charts' lines) usually come with its summary (the
 * client hands them over just before it: monte-carlo-client.ts), and both are then stored before
 * listeners hear of either, so the page renders them in one commit; during a drag a summary may
 * come alone and its bands after it. They are held apart from the summary (`getBands`): the
 * charts alone follow them, and the figures do not render again when bands come later.
 *
 * The page reads both through src/ui/use-uncertainty.ts.
 */
import type { CurveBands } from '../model/curve-bands';
import type { InputKey, Scenario } from '../model/inputs';
import type { ScenarioRanges } from '../model/ranges';
import { rangesInUse } from '../model/ranges-in-use';
import type { UncertaintySummary } from '../model/uncertainty';
import { useScenarioStore, type ScenarioState } from '../store/scenario-store';
import type { MonteCarloClient, MonteCarloJob } from './monte-carlo-client';
import { retryingImport } from './retry-import';

// After a failure, the next run asks for the client at a new address (retry-import.ts).
const importClient = retryingImport(() => import('./monte-carlo-client'));

export type UncertaintyState =
  /** No input is a range: every figure is a point. */
  | { readonly status: 'none' }
  /** Ranges, and no summary yet (the worker is loading or running the first time). */
  | { readonly status: 'running'; readonly summary: null; readonly current: false }
  /**
   * A summary; `current` is false while a newer job (the store moved on) is running, so the
   * page may show the summary a step behind, marked as updating. `run` numbers the requests
   * (1, 2, …, one per change of the store while ranges exist) and says which one this summary
   * answers: a later run's summary always has a larger number, so "the figures for the change
   * I just made are on screen" is `current` with a `run` above the one shown before the change
   * (the benchmark reads both from the chances row; chance-figures.tsx).
   */
  | {
      readonly status: 'ready';
      readonly summary: UncertaintySummary;
      readonly job: MonteCarloJob;
      readonly run: number;
      readonly current: boolean;
    }
  | { readonly status: 'failed'; readonly message: string };

export const NO_UNCERTAINTY: UncertaintyState = Object.freeze({ status: 'none' });
const FIRST_RUN: UncertaintyState = Object.freeze({
  status: 'running',
  summary: null,
  current: false,
});

/**
 * The bands of the last run whose bands came, with what the charts need to place and describe
 * them. While a newer run goes they stay (as the chances do), a step behind; they carry their own
 * x samples, so the charts still draw them where they were computed.
 */
export interface RunBands {
  readonly bands: CurveBands;
  /** The scenario the run answers: its points set the bands' x samples. */
  readonly scenario: Scenario;
  readonly ranged: readonly InputKey[];
  readonly samples: number;
  readonly seed: number;
  /** The run they belong to (UncertaintyState's `run`). */
  readonly run: number;
}

type Store = typeof useScenarioStore;

export interface UncertaintyRuns {
  readonly getState: () => UncertaintyState;
  /** The last run's bands, or null (no ranges, no run answered yet, or a failure). */
  readonly getBands: () => RunBands | null;
  /**
   * The last run whose bands the worker could not compute (its charts draw no band), or null: so
   * whoever waits for a run's bands (current-uncertainty.ts) stops waiting for them.
   */
  readonly bandsFailedRun: () => number | null;
  readonly subscribe: (listener: () => void) => () => void;
  readonly stop: () => void;
}

function hasRanges(ranges: ScenarioRanges): boolean {
  return Object.keys(ranges).length > 0;
}

/**
 * The run of the state: with only the ranges the model uses (model/ranges-in-use.ts), so a range
 * kept for "Your slider" while N comes from the field neither starts a run nor enters one.
 */
export function jobOf(
  state: Pick<ScenarioState, 'scenario' | 'ranges' | 'sampling'>,
): MonteCarloJob {
  return {
    scenario: state.scenario,
    ranges: rangesInUse(state.scenario, state.ranges),
    sampling: state.sampling,
  };
}

function sameJob(a: MonteCarloJob, b: MonteCarloJob): boolean {
  return a.scenario === b.scenario && a.ranges === b.ranges && a.sampling === b.sampling;
}

/**
 * The page's client, whose code (like the worker's) loads with the first run: most readers never
 * make a range. Runs asked for meanwhile go to it in order once it is here; a client that could
 * not load fails those runs (the page shows the failure) and is fetched again by the next one.
 */
export function clientOnFirstRun(
  load: () => Promise<MonteCarloClient> = () =>
    importClient().then((module) => module.createMonteCarloClient()),
): MonteCarloClient {
  let client: Promise<MonteCarloClient> | null = null;
  // Runs asked for before a dispose() never reach the client.
  let generation = 0;
  return {
    run(job, onBands) {
      const asked = generation;
      client ??= load().catch((error: unknown) => {
        client = null;
        throw error;
      });
      return client.then((loaded) => (asked === generation ? loaded.run(job, onBands) : null));
    },
    dispose() {
      generation += 1;
      void client?.then(
        (loaded) => loaded.dispose(),
        () => {},
      );
    },
  };
}

export function startUncertaintyRuns(
  store: Store = useScenarioStore,
  client: MonteCarloClient = clientOnFirstRun(),
): UncertaintyRuns {
  let state: UncertaintyState = NO_UNCERTAINTY;
  let bands: RunBands | null = null;
  let bandsFailed: number | null = null;
  let latest: MonteCarloJob | null = null;
  let requests = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const set = (next: UncertaintyState) => {
    state = next;
    // No bands without a summary: none with no ranges, before the first answer, or after a failure.
    if (next.status !== 'ready') bands = null;
    notify();
  };

  const request = (job: MonteCarloJob) => {
    latest = job;
    requests += 1;
    const run = requests;
    // A summary already a step behind stays as it is: during a drag every step starts a run, and
    // a new state object would re-render every figure for nothing.
    if (state.status === 'ready') {
      if (state.current) set({ ...state, current: false });
    } else if (state.status !== 'running') set(FIRST_RUN);
    let answered: UncertaintySummary | null = null;
    /** Bands heard before the summary (the client's usual order): kept for it. */
    let early: CurveBands | null | undefined;
    const keepBands = (runBands: CurveBands | null, summary: UncertaintySummary) => {
      if (runBands === null) bandsFailed = run;
      bands =
        runBands === null
          ? null
          : {
              bands: runBands,
              scenario: job.scenario,
              ranged: summary.ranged,
              samples: summary.samples,
              seed: summary.seed,
              run,
            };
    };
    const receiveBands = (runBands: CurveBands | null) => {
      if (answered === null) {
        early = runBands;
        return;
      }
      // Bands after the ranges were all turned off, or after a failure, have nothing to go with.
      if (latest === null || state.status !== 'ready') return;
      keepBands(runBands, answered);
      notify();
    };
    client.run(job, receiveBands).then(
      (summary) => {
        // Superseded (null), or answered after the ranges were all turned off: nothing to show.
        if (summary === null || latest === null) return;
        answered = summary;
        // The summary and its bands together: the page renders them in one commit.
        if (early !== undefined) keepBands(early, summary);
        set({ status: 'ready', summary, job, run, current: sameJob(job, latest) });
      },
      (error: unknown) => {
        if (latest === null) return;
        set({
          status: 'failed',
          message: error instanceof Error ? error.message : 'The sampling failed.',
        });
      },
    );
  };

  const follow = (now: ScenarioState, before: ScenarioState | null) => {
    if (
      before !== null &&
      now.scenario === before.scenario &&
      now.ranges === before.ranges &&
      now.sampling === before.sampling
    ) {
      return;
    }
    const job = jobOf(now);
    if (!hasRanges(job.ranges)) {
      latest = null;
      if (state.status !== 'none') set(NO_UNCERTAINTY);
      return;
    }
    request(job);
  };

  follow(store.getState(), null);
  const unsubscribe = store.subscribe((now, before) => follow(now, before));
  return {
    getState: () => state,
    getBands: () => bands,
    bandsFailedRun: () => bandsFailed,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      unsubscribe();
      client.dispose();
      listeners.clear();
    },
  };
}

/**
 * The page's runs, started by main.tsx (like the URL sync); none before that (the prerender).
 * Component tests start them with a client that runs the worker's handler in the test itself.
 */
let pageRuns: UncertaintyRuns | null = null;

export function startPageUncertaintyRuns(
  ...args: Parameters<typeof startUncertaintyRuns>
): UncertaintyRuns {
  pageRuns ??= startUncertaintyRuns(...args);
  return pageRuns;
}

export function stopPageUncertaintyRuns(): void {
  pageRuns?.stop();
  pageRuns = null;
}

export function pageUncertaintyRuns(): UncertaintyRuns | null {
  return pageRuns;
}
