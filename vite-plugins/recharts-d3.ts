/**
 * recharts' d3: its d3-scale without the time scales, and its own instance of d3-shape.
 *
 * recharts reads its scales from `import * as d3Scales from 'victory-vendor/d3-scale'` (which is
 * `export * from 'd3-scale'`) and picks one by name, so a bundler must keep every export of
 * d3-scale, and with the time scales come d3-time and d3-time-format. In the build, that import
 * resolves here instead: every scale recharts can be asked for (its `RechartsScaleType`) but
 * `time` and `utc`. Our frames' axes are numbers on recharts' `auto` scale, which is `linear`
 * (FRAME_AXIS in src/ui/charts/chart-parts.ts); a scale name missing here makes recharts fall
 * back to `point`, as for any name d3-scale lacks. The page itself draws no d3-scale
 * (src/charts/data/axis.ts), so d3-scale and what it brings load with recharts.
 *
 * d3-shape is published as one module, which keeps its areas, curves and stacks whatever is used
 * of it (they are set up by top-level statements). The page draws its plots' previews with its
 * `line` and symbols before the first paint (src/charts/data/marks.ts); recharts uses much more
 * of it. So recharts' import resolves to an instance of its own (`d3-shape?recharts`), which
 * loads with recharts, in its chunk (vite.config.ts): the page's first load keeps about 2 KiB
 * gzip less, and recharts' chunk carries its own copy of the few functions both use.
 *
 * Tests (vitest) load recharts from node_modules as it is; the e2e tests draw the built plots.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** Marks recharts' own instance of a d3 module. */
export const RECHARTS_COPY = '?recharts';

const SCALE_ID = 'victory-vendor/d3-scale';
const SHAPE_ID = 'victory-vendor/d3-shape';
const SCALE_RESOLVED = '\0recharts-d3-scale';
const SHAPE_RESOLVED = '\0recharts-d3-shape';

/** The d3-scale exports recharts may use: its scale types but the time scales. */
export const RECHARTS_D3_SCALES = [
  'scaleBand',
  'scaleIdentity',
  'scaleLinear',
  'scaleLog',
  'scaleOrdinal',
  'scalePoint',
  'scalePow',
  'scaleQuantile',
  'scaleQuantize',
  'scaleSequential',
  'scaleSqrt',
  'scaleSymlog',
  'scaleThreshold',
] as const;

export function rechartsD3ScaleSource(): string {
  return `export { ${RECHARTS_D3_SCALES.join(', ')} } from 'd3-scale';\n`;
}

export function rechartsD3ShapeSource(): string {
  return `export * from 'd3-shape${RECHARTS_COPY}';\n`;
}

/** Whether a module id is recharts' own instance of a d3 module. */
export function isRechartsCopy(id: string): boolean {
  return id.endsWith(RECHARTS_COPY);
}

export function rechartsD3(): Plugin {
  return {
    name: 'recharts-d3',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === SCALE_ID) return SCALE_RESOLVED;
      if (id === SHAPE_ID) return SHAPE_RESOLVED;
      if (!isRechartsCopy(id)) return undefined;
      // `d3-shape?recharts`: the module d3-shape resolves to, as another instance.
      const resolved = await this.resolve(id.slice(0, -RECHARTS_COPY.length), importer, {
        skipSelf: true,
      });
      return resolved ? `${resolved.id}${RECHARTS_COPY}` : undefined;
    },
    async load(id) {
      if (id === SCALE_RESOLVED) return rechartsD3ScaleSource();
      if (id === SHAPE_RESOLVED) return rechartsD3ShapeSource();
      if (!isRechartsCopy(id)) return undefined;
      const code = await readFile(id.slice(0, -RECHARTS_COPY.length), 'utf8');
      return { code, moduleType: 'js' };
    },
  };
}
