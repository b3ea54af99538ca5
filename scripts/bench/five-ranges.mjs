/**
 * The link the benchmark opens to measure the page with ranges (issue 11, "Measured"): five
 * inputs are ranges, so every step runs the seeded Monte Carlo (10,000 samples, the default) in
 * the worker and redraws the chances, the medians and their intervals.
 *
 * It is the preset "The thread's disagreements" (src/model/presets.ts: toSafety 41 %, toIndep 9 %,
 * your ratio 1 : 10 to 1 : 100, capabilities roles 1.4–50 %, independents counted 0–100 %) plus
 * two more ranges a reader of the thread would try: non-generalizing alignment 0–30 % (the
 * thread's "might well be primarily made of backfire", as a judgement) and a cohort of 500–2,000
 * people (how large the program's next cohort will be). Written in the canonical form the page
 * itself writes, so it opens with no notice (tests/unit/bench-five-ranges.test.ts).
 */

export const FIVE_RANGES_QUERY =
  '?v=1&cohort=500~2000&toSafety=41&toIndep=9&toCap=1.4~50&indepWeight=0~100&nonGen=0~30&neutral=10~100';

/** The inputs that are ranges on the link, in page order. */
export const FIVE_RANGE_KEYS = Object.freeze([
  'cohort',
  'toCap',
  'indepWeight',
  'nonGen',
  'neutral',
]);

/**
 * Measured one by one: both ends of every range (each end is a slider of its own) and two point
 * sliders (a share, whose move rescales the others, and a field size), by accessible name.
 */
export const FIVE_RANGE_SLIDERS = Object.freeze([
  'Cohort size, low end',
  'Cohort size, high end',
  'Capabilities roles, low end',
  'Capabilities roles, high end',
  'Independents counted as safety, low end',
  'Independents counted as safety, high end',
  'Non-generalizing alignment, low end',
  'Non-generalizing alignment, high end',
  'Your net-neutral ratio, low end',
  'Your net-neutral ratio, high end',
  'Safety roles',
  'Capabilities researchers',
]);

/** --quick, and the mouse drags: an end of each of the two most disputed ranges and a share. */
export const FIVE_RANGE_KEY_SLIDERS = Object.freeze([
  'Your net-neutral ratio, low end',
  'Capabilities roles, high end',
  'Safety roles',
]);
