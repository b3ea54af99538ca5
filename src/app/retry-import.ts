/**
 * A second chance for a chunk of the app's code that did not arrive (a dropped connection).
 *
 * A browser keeps a module whose fetch failed as failed: the HTML standard's module map holds the
 * failure, and Chromium 150 (the version the tests run in) rejects a second import of the same
 * address at once, without asking the network. Earlier versions fetched it again, so the
 * sections' "Try again" worked there and silently stopped working here. A second try therefore
 * asks at a new address: the failed one with a query (`?retry=1`), which a static server answers
 * with the same file. The module loaded there is a copy of its own, but everything it imports
 * keeps the addresses the page has already loaded, so it shares React, the store and the rest of
 * the page's state.
 *
 * The failed address is read from the error, which Chromium and Firefox name in its message
 * ("Failed to fetch dynamically imported module: https://…/assets/x.js"). It is used only if it is
 * a script of this page's own origin. Where the message names none (Safari), the next try simply
 * imports the same way again, as before.
 */

const NAMED_ADDRESS = /dynamically imported module:\s*(\S+)/;

/** The address of the module that failed, if the error names one of `origin`'s scripts. */
export function failedModuleAddress(error: unknown, origin: string): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const named = NAMED_ADDRESS.exec(message)?.[1];
  if (named === undefined) return null;
  try {
    const address = new URL(named, origin);
    if (address.origin !== origin || !/\.[cm]?[jt]sx?$/.test(address.pathname)) return null;
    address.search = '';
    address.hash = '';
    return address.href;
  } catch {
    return null;
  }
}

/** The failed address asked for anew: `attempt` makes each try's address its own. */
export function retryAddress(address: string, attempt: number): string {
  return `${address}?retry=${attempt}`;
}

const importAddress = (address: string): Promise<unknown> => import(/* @vite-ignore */ address);

/**
 * `load` (a function returning `import('./x')`) with the second chance above: the returned
 * function imports the module; after a failure that named the module's address, it imports
 * that address with a fresh query instead.
 */
export function retryingImport<T>(
  load: () => Promise<T>,
  importFresh: (address: string) => Promise<unknown> = importAddress,
  origin: string = globalThis.location?.origin ?? '',
): () => Promise<T> {
  let failed: string | null = null;
  let attempts = 0;
  return () => {
    const attempt =
      failed === null ? load() : (importFresh(retryAddress(failed, (attempts += 1))) as Promise<T>);
    return attempt.catch((error: unknown) => {
      failed = failedModuleAddress(error, origin) ?? failed;
      throw error;
    });
  };
}
