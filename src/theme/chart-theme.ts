/**
 * Writes the chart palette for the reader's colour scheme into the `--chart-…` custom properties
 * on <html>, and again whenever `prefers-color-scheme` changes, so the charts follow the page's
 * own dark theme (styles.css) without re-rendering.
 *
 * Done from script rather than in a stylesheet so the hex values live only in colors.ts. It sets
 * properties through the CSSOM (style.setProperty), which a Content-Security-Policy without
 * 'unsafe-inline' allows, unlike a <style> element or a style="" attribute in markup.
 */
import { CHART_PALETTES, chartColorProperty, type ChartColorKey } from './colors';

export type ColorScheme = keyof typeof CHART_PALETTES;

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function writeChartPalette(target: HTMLElement, scheme: ColorScheme): void {
  const palette = CHART_PALETTES[scheme];
  for (const key of Object.keys(palette) as ChartColorKey[]) {
    target.style.setProperty(chartColorProperty(key), palette[key]);
  }
}

/** Applies the palette now and on every scheme change; returns a function that stops listening. */
export function applyChartTheme(target: HTMLElement, view: Pick<Window, 'matchMedia'>): () => void {
  // No matchMedia (very old browsers, some test environments): the light palette, which is also
  // what the page's own styles fall back to.
  if (typeof view.matchMedia !== 'function') {
    writeChartPalette(target, 'light');
    return () => {};
  }
  const query = view.matchMedia(DARK_QUERY);
  const update = () => writeChartPalette(target, query.matches ? 'dark' : 'light');
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
