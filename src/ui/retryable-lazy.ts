/**
 * `React.lazy` for a section whose code loads after the first paint, with a second chance.
 *
 * React caches a lazy component's failed import for good, so a section whose chunk did not arrive
 * (a dropped connection, a deploy that removed the old chunks) could never be tried again. Here
 * the import is wrapped: a failure becomes a `SectionLoadError` (so the message can say "could not
 * load" rather than "could not be shown"), and `retry()`, called by the section's error boundary
 * before it renders again, starts a fresh import if, and only if, the last one failed (at a new
 * address: app/retry-import.ts).
 */
import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';
import { retryingImport } from '../app/retry-import';

/** The code of a section could not be fetched. */
export class SectionLoadError extends Error {
  override readonly name = 'SectionLoadError';
}

export type RetryableLazy<P extends object> = FunctionComponent<P> & {
  /** Fetch the section's code again on its next render, if the last fetch failed. */
  readonly retry: () => void;
};

/** `importModule` returns `import('./x')`; `pick` takes the section's component from the module. */
export function retryableLazy<M, P extends object>(
  importModule: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): RetryableLazy<P> {
  const load = retryingImport(importModule);
  let failed = false;
  const start = () =>
    lazy(() =>
      load().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          failed = true;
          throw new SectionLoadError(String(error), { cause: error });
        },
      ),
    );
  let Current = start();
  const Section = (props: P) => createElement(Current, props);
  return Object.assign(Section, {
    retry: () => {
      if (!failed) return;
      failed = false;
      Current = start();
    },
  });
}
