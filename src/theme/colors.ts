/**
 * Every colour the charts use, in one place. Based on the Okabe–Ito palette (distinguishable with
 * the common colour-vision deficiencies), darkened where needed for 3 : 1 contrast against the
 * background; lines also differ by dash pattern so they survive greyscale printing.
 */
export const CHART_COLORS = {
  safety: '#0072B2',
  capabilities: '#B34700',
  current: '#1a1a1a',
  /** The main data line of the field-ratio and new-researchers charts. */
  series: '#0072B2',
  fieldNow: '#6b6b6b',
  neutral10: '#007A5A',
  neutral100: '#A0527E',
  neutralUser: '#1a1a1a',
  positiveRegion: '#0072B2',
  negativeRegion: '#D55E00',
  surveyPoint: '#7A5C00',
  longitudinalPoint: '#5a3d8a',
  grid: '#d0d0d0',
  axis: '#4a4a4a',
} as const;

/** Dash patterns paired with the colours above (solid for the user's own line). */
export const CHART_DASHES = {
  neutral10: '6 3',
  neutral100: '2 3',
  neutralUser: '',
  fieldNow: '4 4',
  /** Vertical marker at the current cohort size. */
  currentCohort: '1 3',
} as const;

/** Opacity of the shaded net-positive / net-negative regions. */
export const REGION_OPACITY = 0.08;
