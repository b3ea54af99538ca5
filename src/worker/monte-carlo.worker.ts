/**
 * The Monte Carlo worker: the page sends a MonteCarloRequest, the worker replies with the run's
 * summary (src/model/uncertainty.ts), and its bands when the page asks (./monte-carlo-handler.ts). Sampling 10,000–100,000 scenarios takes tens of
 * milliseconds, so it runs here, off the main thread, and a drag never waits for it. Loaded by
 * src/app/monte-carlo-client.ts the first time a range needs it.
 */
import { createMonteCarloHandler } from './monte-carlo-handler';

// The worker's global scope; typed by hand because the app is compiled with the DOM library.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

const handle = createMonteCarloHandler();
scope.onmessage = (event) => {
  handle(event.data, (reply) => scope.postMessage(reply));
};
