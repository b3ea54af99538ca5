/**
 * Common random numbers (docs/model.md, "Ranges and sampling"): every input draws from its own
 * stream of standard normals, determined by the run's seed and the input's key alone. Changing one
 * input's range, or making another input a range, never changes an input's draws, so figures move
 * smoothly while a range end is dragged; the same seed gives the same draws on every machine.
 *
 * The generator is pure-rand's xoroshiro128+ (32-bit arithmetic only, so identical everywhere),
 * seeded with 128 bits hashed from (seed, key); uniforms are pure-rand's 53-bit `uniformFloat64`
 * and normals d3-random's `randomNormal` (Marsaglia's polar method) on that source.
 */
import { randomNormal } from 'd3-random';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** FNV-1a: a stable 32-bit hash of the input's key, so a stream belongs to a name, not an order. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit finaliser (lowbias32): nearby seeds give unrelated states. */
function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The generator's 128-bit state for (seed, key): four mixed words, never all zero. */
function streamState(seed: number, key: string): number[] {
  let x = mix32(seed) ^ hashKey(key);
  const words: number[] = [];
  for (let index = 0; index < 4; index += 1) {
    x = (x + 0x9e3779b9) >>> 0;
    words.push(mix32(x) | 0);
  }
  if (!words.some((word) => word !== 0)) words[0] = 1;
  return words;
}

/** A generator of standard normals for one input of one run. */
export function normalStream(seed: number, key: string): () => number {
  const generator = xoroshiro128plusFromState(streamState(seed, key));
  return randomNormal.source(() => uniformFloat64(generator))(0, 1);
}

/** The first `count` draws of an input's stream: sample i's draw is the same for every count. */
export function normalDraws(seed: number, key: string, count: number): Float64Array {
  const next = normalStream(seed, key);
  const draws = new Float64Array(count);
  for (let index = 0; index < count; index += 1) draws[index] = next();
  return draws;
}

/**
 * The draws of the most recent seed, kept per input (about 0.8 MB per input at 100,000
 * samples): a run while a range end is dragged reuses them instead of drawing again. A shorter
 * request reads a prefix, which holds the same numbers (a sample's draw does not depend on the
 * count); each length is handed out as the same array object, so callers can memoise on it.
 */
const drawCache = {
  seed: -1,
  draws: new Map<string, { all: Float64Array; views: Map<number, Float64Array> }>(),
};

export function cachedNormalDraws(seed: number, key: string, count: number): Float64Array {
  if (drawCache.seed !== seed) {
    drawCache.seed = seed;
    drawCache.draws.clear();
  }
  let entry = drawCache.draws.get(key);
  if (!entry || entry.all.length < count) {
    entry = { all: normalDraws(seed, key, count), views: new Map() };
    drawCache.draws.set(key, entry);
  }
  let view = entry.views.get(count);
  if (!view) {
    view = entry.all.subarray(0, count);
    entry.views.set(count, view);
  }
  return view;
}
