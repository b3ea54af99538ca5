/**
 * Monte Carlo clients for component tests: the worker's own handler run in the test, answered at
 * once (`instantClient`) or when the test says so (`manualClient`), so a test sees exactly the
 * summary the worker would send.
 */
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import type { CurveBands } from '../../src/model/curve-bands';
import { monteCarloReplies } from '../../src/worker/monte-carlo-handler';

let nextId = 0;

/** The worker's two replies to a job: its summary, and its bands (sent a task later, as a message). */
function repliesOf(job: MonteCarloJob): { summary: UncertaintySummary; bands: CurveBands } {
  nextId += 1;
  const replies = monteCarloReplies({ id: nextId, ...job });
  if (!replies.summary.ok) throw new Error(replies.summary.error);
  if (!replies.bands?.ok) throw new Error(replies.bands?.error ?? 'no bands');
  return { summary: replies.summary.summary, bands: replies.bands.bands };
}

export function instantClient(): MonteCarloClient {
  return {
    run: (job, onBands) => {
      const { summary, bands } = repliesOf(job);
      setTimeout(() => onBands?.(bands), 0);
      return Promise.resolve(summary);
    },
    dispose: () => {},
  };
}

export interface PendingRun {
  readonly job: MonteCarloJob;
  readonly answer: () => void;
  readonly fail: (message: string) => void;
}

export function manualClient(pending: PendingRun[]): MonteCarloClient {
  return {
    run: (job, onBands) =>
      new Promise<UncertaintySummary | null>((resolve, reject) => {
        pending.push({
          job,
          answer: () => {
            const { summary, bands } = repliesOf(job);
            resolve(summary);
            setTimeout(() => onBands?.(bands), 0);
          },
          fail: (message) => reject(new Error(message)),
        });
      }),
    dispose: () => {},
  };
}
