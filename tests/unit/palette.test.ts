// @vitest-environment jsdom -- builds SVG / reads document and matchMedia.
/**
 * The chart palette against WCAG AA in both themes, and distinguishable without colour: lines
 * that share a dash pattern must differ clearly in lightness, and markers differ by shape.
 */
import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  CHART_DASHES,
  CHART_MARKERS,
  CHART_PALETTES,
  REGION_OPACITY,
  chartColorProperty,
  type ChartColorKey,
  type ChartPalette,
} from '../../src/theme/colors';

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(match[i] ?? '0', 16)) as unknown as Rgb;
}

/** WCAG 2 relative luminance. */
function luminance(color: Rgb): number {
  const [r, g, b] = color.map((channel) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function over(color: Rgb, alpha: number, under: Rgb): Rgb {
  return color.map((c, i) => c * alpha + (under[i] ?? 0) * (1 - alpha)) as unknown as Rgb;
}

const THEMES = Object.keys(CHART_PALETTES) as (keyof typeof CHART_PALETTES)[];
const KEYS = Object.keys(CHART_PALETTES.light) as ChartColorKey[];
/** Grid lines are a reading aid, not information (WCAG 1.4.11 exempts them). */
const DECORATIVE: readonly ChartColorKey[] = ['background', 'grid'];
/**
 * Every other colour is also drawn as text: line and region labels, tick labels, and legend
 * entries, which recharts writes in their series' colour. So all of them need 4.5 : 1, above the
 * 3 : 1 that lines and markers need.
 */
const DRAWN = KEYS.filter((key) => !DECORATIVE.includes(key));

describe.each(THEMES)('the %s chart palette', (theme) => {
  const palette: ChartPalette = CHART_PALETTES[theme];
  const background = rgb(palette.background);

  it.each(DRAWN)(
    '%s reaches 4.5 : 1 (text) and so 3 : 1 (lines) on the chart background',
    (key) => {
      const ratio = contrast(rgb(palette[key]), background);
      expect(ratio).toBeGreaterThanOrEqual(3);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['positiveRegion', 'negativeRegion'] as const)(
    'the %s label stays at 4.5 : 1 on its own shaded region',
    (key) => {
      const tinted = over(rgb(palette[key]), REGION_OPACITY, background);
      expect(contrast(rgb(palette[key]), tinted)).toBeGreaterThanOrEqual(4.5);
    },
  );

  /**
   * The lines each chart draws together. Two lines with the same dash pattern must differ in
   * lightness by at least 2.5 : 1, so they stay apart in greyscale and for readers who cannot
   * tell the hues apart.
   */
  const CHART_LINES: Record<string, ReadonlyArray<{ key: ChartColorKey; dash: string }>> = {
    'field ratio': [
      { key: 'series', dash: '' },
      { key: 'fieldNow', dash: CHART_DASHES.fieldNow },
    ],
    'new researchers': [
      { key: 'series', dash: '' },
      { key: 'neutral10', dash: CHART_DASHES.neutral10 },
      { key: 'neutral100', dash: CHART_DASHES.neutral100 },
      { key: 'neutralUser', dash: CHART_DASHES.neutralUser },
    ],
    'net impact': [
      { key: 'neutral10', dash: CHART_DASHES.neutral10 },
      { key: 'neutral100', dash: CHART_DASHES.neutral100 },
      { key: 'neutralUser', dash: CHART_DASHES.neutralUser },
      { key: 'current', dash: CHART_DASHES.currentCohort },
    ],
  };

  it.each(Object.entries(CHART_LINES))(
    'the %s chart lines differ by dash pattern or by lightness',
    (_chart, lines) => {
      for (const [i, a] of lines.entries()) {
        for (const b of lines.slice(i + 1)) {
          if (a.dash !== b.dash) continue;
          const ratio = contrast(rgb(palette[a.key]), rgb(palette[b.key]));
          expect(ratio, `${a.key} and ${b.key} share a dash pattern`).toBeGreaterThanOrEqual(2.5);
        }
      }
    },
  );
});

describe('markers and references', () => {
  it('every marker has its own shape, including the two drawn in the same colour', () => {
    const shapes = Object.values(CHART_MARKERS);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('every dash pattern is distinct', () => {
    const dashes = Object.values(CHART_DASHES);
    expect(new Set(dashes).size).toBe(dashes.length);
  });

  it('both themes define the same colours, and components see only var() references', () => {
    expect(Object.keys(CHART_PALETTES.dark).sort()).toEqual(KEYS.slice().sort());
    for (const key of KEYS) {
      expect(CHART_COLORS[key]).toBe(`var(${chartColorProperty(key)})`);
    }
    expect(chartColorProperty('neutralUser')).toBe('--chart-neutral-user');
  });
});
