/**
 * One chunk for the page's own code that loads before the first paint.
 *
 * Rolldown puts a module that both the entry and a lazily loaded chunk import into a common
 * chunk of its own unless it can merge it into the entry without a cycle between chunks, which
 * with several lazy sections it often cannot. The page then loaded its first-paint code as
 * eight small files, each compressed apart (about 1.5 KiB more gzip than one file) and each a
 * request. This group gathers every module of the app that the entry imports statically,
 * at any depth, into one chunk; what only lazy chunks import stays with them.
 */
import type { Rolldown } from 'vite';

type NameFunction = (id: string, ctx: Rolldown.ChunkingContext) => string | null;

/** Libraries with chunks of their own (vite.config.ts); zustand (1 KiB) is the app's. */
const LIBRARY = /node_modules[\\/](?!zustand[\\/])/;

/** Every module `entry` imports statically, at any depth (itself included). */
export function staticallyReached(
  entry: string,
  ctx: Pick<Rolldown.ChunkingContext, 'getModuleInfo'>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * A chunk of the modules that `entry` imports statically and `test` accepts.
 *
 * @param entry Absolute id of the entry module (src/main.tsx).
 * @param name The chunk's name.
 */
export function initialChunk(
  entry: string,
  name: string,
  test: (id: string) => boolean,
): NameFunction {
  let initial: Set<string> | null = null;
  return (id, ctx) => {
    initial ??= staticallyReached(entry, ctx);
    // The entry itself stays in the entry chunk: an entry chunk left empty is dropped from the
    // build (index.html then loads the chunks one by one), which the bundle benchmark would miss.
    return id !== entry && initial.has(id) && test(id) ? name : null;
  };
}

/** The app's own modules (and zustand) that load before the first paint. */
export function initialAppChunk(entry: string, name: string): NameFunction {
  return initialChunk(entry, name, (id) => !LIBRARY.test(id));
}
