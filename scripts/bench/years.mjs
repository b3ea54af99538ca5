/**
 * The links the benchmark opens to measure the years model (issue 12, "Measured"): a program run
 * for 30 years with every input of "Over the years" set away from its default, so each slider
 * step steps the model through 30 years of four cohorts and redraws the three years charts.
 *
 * Both links are the preset "The program as it runs" (src/model/presets.ts: a 100,000 : 600
 * field growing 10 % and 21 % a year, two cohorts of 100 split 80 / 10) run for 30 years at
 * four cohorts a year (the inputs' maxima), with 5 % of safety alumni drifting to capabilities
 * and 10 % of capabilities alumni pivoting to safety each year, 30 % who would have entered
 * anyway, capabilities alumni 50 % more productive, and N from the field at safety importance 1
 * (the preset "Neglectedness sets N"), so Safety importance moves the figures too. The second
 * link makes three years inputs ranges (capabilities growth 5–30 %/yr, drift 2–20 %/yr, pivot
 * 5–30 %/yr), so every step also runs the Monte Carlo of the years model in the worker and
 * redraws the chances and the years charts' bands. Both are written in the canonical form the
 * page itself writes, so they open with no notice (tests/unit/bench-years.test.ts).
 */

export const YEARS_QUERY =
  '?v=1&cap=100000&saf=600&cohort=100&toSafety=80&toCap=10&years=30&perYear=4&safGrowth=21&capGrowth=10&drift=5&pivot=10&anyway=30&capBoost=50&importance=1&nFrom=field';

export const YEARS_RANGES_QUERY =
  '?v=1&cap=100000&saf=600&cohort=100&toSafety=80&toCap=10&years=30&perYear=4&safGrowth=21&capGrowth=5~30&drift=2~20&pivot=5~30&anyway=30&capBoost=50&importance=1&nFrom=field';

/** The inputs that are ranges on the second link, in page order. */
export const YEARS_RANGE_KEYS = Object.freeze(['capGrowth', 'drift', 'pivot']);

/**
 * Measured one by one on the first link: every numeric input of "Over the years", and two of the
 * first sliders (a share, whose move rescales the others, and a field size, which with N from
 * the field also moves N), by accessible name.
 */
export const YEARS_SLIDERS = Object.freeze([
  'Years',
  'Cohorts per year',
  'Safety field growth',
  'Capabilities field growth',
  'Safety alumni moving to capabilities',
  'Capabilities alumni moving to safety',
  'Would have entered anyway',
  "Capabilities alumni's extra output",
  'Safety importance',
  'Safety roles',
  'Capabilities researchers',
]);

/** --quick, and the mouse drags: the horizon, a movement between the sides and a field size. */
export const YEARS_KEY_SLIDERS = Object.freeze([
  'Years',
  'Safety alumni moving to capabilities',
  'Capabilities researchers',
]);

/** Measured on the second link: both ends of every range and one point slider (the horizon). */
export const YEARS_RANGE_SLIDERS = Object.freeze([
  'Capabilities field growth, low end',
  'Capabilities field growth, high end',
  'Safety alumni moving to capabilities, low end',
  'Safety alumni moving to capabilities, high end',
  'Capabilities alumni moving to safety, low end',
  'Capabilities alumni moving to safety, high end',
  'Years',
]);

/** --quick on the second link: an end of one range and the horizon. */
export const YEARS_RANGE_KEY_SLIDERS = Object.freeze([
  'Safety alumni moving to capabilities, high end',
  'Years',
]);
