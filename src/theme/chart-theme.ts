/**
 * Applies the colour theme: writes the chart palette into the `--chart-…` custom properties on
 * <html> and marks <html> with `data-theme="light" | "dark"`, which selects the page's own colours
 * (styles.css). A link's `theme=light|dark` fixes the theme; without it ('auto') both follow the
 * reader's `prefers-color-scheme`, again whenever it changes, without re-rendering the charts.
 *
 * The attribute, not a media query, decides the page's dark colours, so that a theme chosen in
 * an embed link can override the reader's setting while the dark values stay written once.
 *
 * Done from script rather than in a stylesheet so the hex values live only in colors.ts. It sets
 * properties through the CSSOM (style.setProperty), which a Content-Security-Policy without
 * 'unsafe-inline' allows, unlike a <style> element or a style="" attribute in markup.
 */
import { CHART_PALETTES, chartColorProperty, type ChartColorKey } from './colors';

export type ColorScheme = keyof typeof CHART_PALETTES;

const DARK_QUERY = '(prefers-color-scheme: dark)';
export const THEME_ATTRIBUTE = 'data-theme';

export function writeChartPalette(target: HTMLElement, scheme: ColorScheme): void {
  const palette = CHART_PALETTES[scheme];
  for (const key of Object.keys(palette) as ChartColorKey[]) {
    target.style.setProperty(chartColorProperty(key), palette[key]);
  }
}

/** The chart palette and the page's colours of one scheme. */
function writeTheme(target: HTMLElement, scheme: ColorScheme): void {
  writeChartPalette(target, scheme);
  target.setAttribute(THEME_ATTRIBUTE, scheme);
}

/**
 * Applies the theme now and, for 'auto', on every scheme change; returns a function that stops
 * listening.
 */
export function applyChartTheme(
  target: HTMLElement,
  view: Pick<Window, 'matchMedia'>,
  // Spelled here rather than imported from the link codec, which would make `theme` depend on
  // `url` (docs/architecture.md, "Layers"); main.tsx passes the link's ThemeChoice, so tsc still
  // fails if the two ever disagree.
  choice: ColorScheme | 'auto' = 'auto',
): () => void {
  if (choice !== 'auto') {
    writeTheme(target, choice);
    return () => {};
  }
  // No matchMedia (very old browsers, some test environments): the light palette, which is also
  // what the page's own styles fall back to.
  if (typeof view.matchMedia !== 'function') {
    writeTheme(target, 'light');
    return () => {};
  }
  const query = view.matchMedia(DARK_QUERY);
  const update = () => writeTheme(target, query.matches ? 'dark' : 'light');
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
