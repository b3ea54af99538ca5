/**
 * Every colour the charts use, in one place, for the light and the dark theme.
 *
 * Based on the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * darkened on the light background and lightened on the dark one until every colour drawn as
 * text (labels, legend, tooltip) reaches 4.5 : 1 and every line or marker 3 : 1 against the
 * chart background (tests/unit/palette.test.ts checks both themes). Lines also differ by dash
 * pattern and markers by shape, so they survive greyscale printing.
 *
 * The palettes below are the single source of truth. Components never see a hex value: they get
 * `var(--chart-…)` references (CHART_COLORS); a stylesheet built from these palettes
 * (vite-plugins/chart-palette-css.ts) defines those custom properties for each `data-theme`, which
 * `applyChartTheme` (chart-theme.ts) keeps on <html>. That way a theme change repaints the SVG
 * without re-rendering a single chart, and the module-level style objects of the charts stay
 * constant.
 */

export interface ChartPalette {
  /** Behind the plot (the chart figure's background); also the halo around labels and markers. */
  readonly background: string;
  readonly safety: string;
  readonly capabilities: string;
  /** The current-scenario marker and the "your cohort" line. */
  readonly current: string;
  /** The main data line of the field-ratio and new-researchers charts. */
  readonly series: string;
  readonly fieldNow: string;
  readonly neutral10: string;
  readonly neutral100: string;
  readonly neutralUser: string;
  readonly positiveRegion: string;
  readonly negativeRegion: string;
  readonly surveyPoint: string;
  readonly longitudinalPoint: string;
  /** The "Compare with" scenario's dash-dot line and cross marker. */
  readonly comparison: string;
  /** Decorative only (a reading aid, not information), so exempt from the 3 : 1 rule. */
  readonly grid: string;
  /** Axis lines, tick labels, axis titles, the zero line. */
  readonly axis: string;
  /** The chance-of-net-positive curve (uncertainty chart 1). */
  readonly chance: string;
  /** Histogram bins that straddle zero (uncertainty chart 2; the others take the region colours). */
  readonly distribution: string;
  /** Tornado bars of inputs that do not flip the verdict (uncertainty chart 3). */
  readonly sensitivity: string;
  /** Tornado bars of inputs that alone flip the verdict (also hatched and labelled). */
  readonly flip: string;
}

export type ChartColorKey = keyof ChartPalette;

export const CHART_PALETTES: { readonly light: ChartPalette; readonly dark: ChartPalette } = {
  light: {
    background: '#f6f7f9',
    safety: '#0072B2',
    capabilities: '#B34700',
    current: '#1a1a1a',
    series: '#0072B2',
    fieldNow: '#6b6b6b',
    neutral10: '#007A5A',
    neutral100: '#A0527E',
    neutralUser: '#1a1a1a',
    // Darker than the lines' blue and vermillion: their labels sit on the tinted region.
    positiveRegion: '#0068A3',
    negativeRegion: '#A84400',
    surveyPoint: '#7A5C00',
    longitudinalPoint: '#5a3d8a',
    comparison: '#6b4e2e',
    grid: '#d0d0d0',
    axis: '#4a4a4a',
    chance: '#00695C',
    distribution: '#55606E',
    sensitivity: '#3D5A99',
    flip: '#A3195B',
  },
  dark: {
    background: '#1c1f24',
    safety: '#56B4E9',
    capabilities: '#F08A4B',
    current: '#eceff3',
    // Darker than the sky blue of `safety`, so this solid line and the near-white solid line of
    // the user's ratio still differ in lightness (greyscale, colour-vision deficiencies).
    series: '#3E9BD6',
    fieldNow: '#9aa3ae',
    neutral10: '#2BB58C',
    neutral100: '#D98CBB',
    neutralUser: '#eceff3',
    positiveRegion: '#56B4E9',
    negativeRegion: '#F08A4B',
    surveyPoint: '#D9C24A',
    longitudinalPoint: '#B8A1E3',
    comparison: '#D8B98C',
    grid: '#3a4049',
    axis: '#B4BCC7',
    chance: '#4DD0C4',
    distribution: '#A3AEBD',
    sensitivity: '#8FA8E0',
    flip: '#F57EC0',
  },
};

/** The custom property holding one palette colour, e.g. `--chart-series`. */
export function chartColorProperty(key: ChartColorKey): `--chart-${string}` {
  return `--chart-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function references(): { readonly [K in ChartColorKey]: string } {
  const keys = Object.keys(CHART_PALETTES.light) as ChartColorKey[];
  return Object.fromEntries(keys.map((key) => [key, `var(${chartColorProperty(key)})`])) as Record<
    ChartColorKey,
    string
  >;
}

/**
 * What components pass to recharts: `var(--chart-…)` references, resolved by the browser for the
 * current theme (Chromium, Firefox and Safari resolve var() in SVG presentation attributes).
 */
export const CHART_COLORS = references();

/** Dash patterns paired with the colours above (solid for the main line and the user's own). */
export const CHART_DASHES = {
  neutral10: '6 3',
  neutral100: '2 3',
  neutralUser: '',
  fieldNow: '4 4',
  /** Vertical marker at the current cohort size. */
  currentCohort: '1 3',
  /** The comparison scenario: dash-dot, unlike every other line. */
  comparison: '10 4 2 4',
} as const;

/** Marker shapes: shape as well as colour tells the points apart. */
export const CHART_MARKERS = {
  current: 'circle',
  survey: 'diamond',
  longitudinal: 'square',
  comparison: 'cross',
} as const;

/** Opacity of the shaded net-positive / net-negative regions. */
export const REGION_OPACITY = 0.08;

/**
 * Opacity of a line's 90 % band (issue 11), filled in the line's own colour: light enough that the
 * lines, rules and grid read through it, dark enough to see where the band ends.
 */
export const BAND_OPACITY = 0.2;
