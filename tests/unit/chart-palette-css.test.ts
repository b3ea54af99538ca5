/**
 * The chart palette as a stylesheet (vite-plugins/chart-palette-css.ts): the prerendered page's
 * first paint draws the plots' previews in chart colours before any script has run, so the
 * stylesheet must hold every colour of both themes, with colors.ts's values.
 */
import { describe, expect, it } from 'vitest';
import { chartPaletteStylesheet } from '../../vite-plugins/chart-palette-css';
import { CHART_PALETTES, chartColorProperty, type ChartColorKey } from '../../src/theme/colors';

function block(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    body
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => line.split(':').map((part) => part.trim()) as [string, string]),
  );
}

describe('chart palette stylesheet', () => {
  it.each([
    ['light', ":root, [data-theme='light']"],
    ['dark', "[data-theme='dark']"],
  ] as const)('gives the %s theme every chart colour', (scheme, selector) => {
    const declared = block(chartPaletteStylesheet(), selector);
    const palette = CHART_PALETTES[scheme];
    const keys = Object.keys(palette) as ChartColorKey[];
    expect(declared.size).toBe(keys.length);
    for (const key of keys) expect(declared.get(chartColorProperty(key))).toBe(palette[key]);
  });
});
