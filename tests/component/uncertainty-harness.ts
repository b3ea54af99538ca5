/**
 * Monte Carlo clients for component tests: the worker's own handler run in the test, answered at
 * once (`instantClient`) or when the test says so (`manualClient`), so a test sees exactly the
 * summary the worker would send.
 */
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import { handleMonteCarloRequest } from '../../src/worker/monte-carlo-handler';

let nextId = 0;

function summaryOf(job: MonteCarloJob): UncertaintySummary {
  nextId += 1;
  const reply = handleMonteCarloRequest({ id: nextId, ...job });
  if (!reply.ok) throw new Error(reply.error);
  return reply.summary;
}

export function instantClient(): MonteCarloClient {
  return { run: (job) => Promise.resolve(summaryOf(job)), dispose: () => {} };
}

export interface PendingRun {
  readonly job: MonteCarloJob;
  readonly answer: () => void;
  readonly fail: (message: string) => void;
}

export function manualClient(pending: PendingRun[]): MonteCarloClient {
  return {
    run: (job) =>
      new Promise<UncertaintySummary | null>((resolve, reject) => {
        pending.push({
          job,
          answer: () => resolve(summaryOf(job)),
          fail: (message) => reject(new Error(message)),
        });
      }),
    dispose: () => {},
  };
}
