/**
 * Colours of an exported chart picture. The page draws with `var(--chart-…)` references, which
 * the browser resolves for the page's current theme; a picture file must carry plain colours,
 * and in the theme the reader asked for (light by default), not the one the page happens to show.
 * Pure: the palette comes from src/theme/colors.ts, the single source of the chart colours.
 */
import {
  CHART_PALETTES,
  chartColorProperty,
  type ChartColorKey,
  type ChartPalette,
} from '../theme/colors';

export type ExportScheme = keyof typeof CHART_PALETTES;

/** The picture's own background: white (light) or the dark chart background. */
const PAGE_BACKGROUND: Record<ExportScheme, string> = {
  light: '#ffffff',
  dark: CHART_PALETTES.dark.background,
};

/**
 * The chart palette for a picture in `scheme`. The background is the picture's own (white in
 * the light theme), so the halo drawn behind labels and markers matches what is around it.
 */
export function exportPalette(scheme: ExportScheme = 'light'): ChartPalette {
  return { ...CHART_PALETTES[scheme], background: PAGE_BACKGROUND[scheme] };
}

/** Text colours of the parts the export adds (title, legend, note, source line). */
export function exportTextColors(palette: ChartPalette): {
  readonly title: string;
  readonly body: string;
} {
  return { title: palette.current, body: palette.axis };
}

const PROPERTY_KEYS: ReadonlyMap<string, ChartColorKey> = new Map(
  (Object.keys(CHART_PALETTES.light) as ChartColorKey[]).map((key) => [
    chartColorProperty(key),
    key,
  ]),
);

/** `var(--name)` or `var(--name, fallback)` with a fallback that has no parentheses of its own. */
const VAR_REFERENCE = /var\(\s*(--[A-Za-z0-9-]+)\s*(?:,\s*([^()]*?))?\s*\)/g;

/**
 * `value` with every `var(--chart-…)` replaced by that colour of `palette`. A reference to any
 * other custom property becomes its fallback, or "none" without one: a renderer that does not
 * know the page's CSS would otherwise drop the whole attribute and draw black.
 */
export function resolveChartColors(value: string, palette: ChartPalette): string {
  let resolved = value;
  // Innermost references first: `var(--chart-background, var(--surface, #fff))` takes two
  // passes. A few passes cover any nesting the stylesheets use.
  for (let pass = 0; pass < 4 && resolved.includes('var('); pass += 1) {
    resolved = resolved.replace(
      VAR_REFERENCE,
      (_match, name: string, fallback: string | undefined) => {
        const key = PROPERTY_KEYS.get(name);
        if (key !== undefined) return palette[key];
        return fallback !== undefined && fallback !== '' ? fallback : 'none';
      },
    );
  }
  return resolved;
}
