/**
 * The chart palette as a stylesheet (`import 'virtual:chart-palette.css'` in main.tsx), built from
 * src/theme/colors.ts, so the hex values still live in one place. It is the only place the page
 * gets them from: the prerendered page's first paint already draws in chart colours (the plots'
 * previews, src/ui/charts/plot-preview.tsx). index.html's head script sets `data-theme` before
 * that paint, which picks the block, and src/theme/chart-theme.ts keeps it current.
 */
import type { Plugin } from 'vite';
import { CHART_PALETTES, chartColorProperty, type ChartColorKey } from '../src/theme/colors.ts';

const ID = 'virtual:chart-palette.css';
const RESOLVED = `\0${ID}`;

export function chartPaletteStylesheet(): string {
  const block = (selector: string, scheme: keyof typeof CHART_PALETTES) => {
    const palette = CHART_PALETTES[scheme];
    const lines = (Object.keys(palette) as ChartColorKey[]).map(
      (key) => `  ${chartColorProperty(key)}: ${palette[key]};`,
    );
    return `${selector} {\n${lines.join('\n')}\n}\n`;
  };
  return block(":root, [data-theme='light']", 'light') + block("[data-theme='dark']", 'dark');
}

export function chartPaletteCss(): Plugin {
  return {
    name: 'chart-palette-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? chartPaletteStylesheet() : undefined),
  };
}
