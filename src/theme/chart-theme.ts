/**
 * Applies the colour theme: marks <html> with `data-theme="light" | "dark"`, which selects the
 * page's own colours (styles.css) and the chart palette's `--chart-…` custom properties (the
 * stylesheet built from colors.ts by vite-plugins/chart-palette-css.ts). A link's
 * `theme=light|dark` fixes the theme; without it ('auto') it follows the reader's
 * `prefers-color-scheme`, again whenever it changes, without re-rendering the charts.
 *
 * The attribute, not a media query, decides the dark colours, so that a theme chosen in an embed
 * link can override the reader's setting.
 *
 * Only the attribute: the palette used to be written here as inline properties on <html> too, but
 * the stylesheet already holds it (the prerendered page needs it at its first paint), and
 * rewriting root custom properties after that paint made the browser restyle the whole page
 * during the page's first script (about 10 ms on a desktop, four times that on a phone).
 */
import { CHART_PALETTES } from './colors';

export type ColorScheme = keyof typeof CHART_PALETTES;

const DARK_QUERY = '(prefers-color-scheme: dark)';
export const THEME_ATTRIBUTE = 'data-theme';

/** The page's colours and the chart palette of one scheme (index.html's head script set it first). */
function writeTheme(target: HTMLElement, scheme: ColorScheme): void {
  if (target.getAttribute(THEME_ATTRIBUTE) !== scheme) target.setAttribute(THEME_ATTRIBUTE, scheme);
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
