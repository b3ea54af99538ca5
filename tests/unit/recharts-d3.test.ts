/**
 * The build gives recharts a d3-scale without the time scales, and its own d3-shape
 * (vite-plugins/recharts-d3.ts), so what only recharts uses stays out of the page's first load.
 * recharts picks a scale by name from that module; one it cannot find there silently becomes
 * `point`, so every other scale recharts accepts must still be there, and be d3-scale's own; and
 * every d3-shape function recharts imports must still be exported.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as d3Scale from 'd3-scale';
import type { RechartsScaleType } from 'recharts/types/util/types';
import { describe, expect, it } from 'vitest';
import {
  isRechartsCopy,
  RECHARTS_D3_SCALES,
  rechartsD3,
  rechartsD3ScaleSource,
  rechartsD3ShapeSource,
} from '../../vite-plugins/recharts-d3';

// Every scale type recharts accepts; `satisfies` and the check below keep this list exactly
// recharts' own when recharts adds one.
const RECHARTS_SCALE_TYPES = [
  'linear',
  'pow',
  'sqrt',
  'log',
  'symlog',
  'identity',
  'time',
  'band',
  'point',
  'ordinal',
  'quantile',
  'quantize',
  'utc',
  'sequential',
  'threshold',
] as const satisfies readonly RechartsScaleType[];
type Missing = Exclude<RechartsScaleType, (typeof RECHARTS_SCALE_TYPES)[number]>;
const noneMissing: [Missing] extends [never] ? true : Missing = true;

/** recharts' own lookup: "linear" → "scaleLinear" (combineConfiguredScale.js). */
const d3Name = (type: string) => `scale${type.charAt(0).toUpperCase()}${type.slice(1)}`;

describe('recharts’ own d3', () => {
  it('offers every scale recharts accepts but time and utc, each d3-scale’s own', () => {
    expect(noneMissing).toBe(true);
    const wanted = RECHARTS_SCALE_TYPES.filter((type) => type !== 'time' && type !== 'utc')
      .map(d3Name)
      .sort();
    expect([...RECHARTS_D3_SCALES].sort()).toEqual(wanted);
    for (const name of RECHARTS_D3_SCALES) {
      expect(typeof (d3Scale as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('leaves the time scales out of the d3-scale recharts gets', () => {
    const source = rechartsD3ScaleSource();
    expect(source).not.toMatch(/scaleTime|scaleUtc|\*/);
    expect(source).toContain("from 'd3-scale';");
  });

  it('gives recharts every d3-shape function it imports, from its own d3-shape', async () => {
    // recharts' own imports, read from its ES build.
    const wanted = new Set<string>();
    const visit = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await visit(path);
        else if (entry.name.endsWith('.js')) {
          const text = await readFile(path, 'utf8');
          for (const match of text.matchAll(
            /import \{([^}]*)\} from 'victory-vendor\/d3-shape'/g,
          )) {
            for (const name of (match[1] ?? '').split(','))
              wanted.add(name.trim().split(' ')[0] ?? '');
          }
          expect(text).not.toMatch(/import \* as \w+ from 'victory-vendor\/d3-shape'/);
        }
      }
    };
    await visit(join(process.cwd(), 'node_modules/recharts/es6'));
    expect(wanted.size).toBeGreaterThan(10);
    const d3Shape = (await import('d3-shape')) as Record<string, unknown>;
    for (const name of wanted) expect(d3Shape[name], name).toBeDefined();
    // All of them, since recharts' copy re-exports the whole module.
    expect(rechartsD3ShapeSource()).toBe("export * from 'd3-shape?recharts';\n");
  });

  it('replaces only recharts’ imports, and only in the build', async () => {
    const plugin = rechartsD3();
    expect(plugin.apply).toBe('build');
    const resolve = plugin.resolveId as unknown as (
      this: { resolve: (id: string) => Promise<{ id: string } | null> },
      id: string,
      importer?: string,
    ) => Promise<string | undefined>;
    const load = plugin.load as unknown as (id: string) => Promise<unknown>;
    const context = { resolve: async (id: string) => ({ id: `/node_modules/${id}/index.mjs` }) };
    const scale = await resolve.call(context, 'victory-vendor/d3-scale');
    const shape = await resolve.call(context, 'victory-vendor/d3-shape');
    expect(await load(scale ?? '')).toBe(rechartsD3ScaleSource());
    expect(await load(shape ?? '')).toBe(rechartsD3ShapeSource());
    const copy = await resolve.call(context, 'd3-shape?recharts');
    expect(copy).toBe('/node_modules/d3-shape/index.mjs?recharts');
    expect(isRechartsCopy(copy ?? '')).toBe(true);
    // The page's own imports are left to Vite.
    expect(await resolve.call(context, 'd3-scale')).toBeUndefined();
    expect(await resolve.call(context, 'd3-shape')).toBeUndefined();
    expect(isRechartsCopy('/node_modules/d3-scale/index.mjs')).toBe(false);
  });
});
