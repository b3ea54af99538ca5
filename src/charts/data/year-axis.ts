/**
 * The x axis of the three "Over the years" charts: years 0 (today) to Y, the `years` input, with
 * whole-year ticks only, Y among them. The model steps whole years, so there is one sample per year and a tick
 * between two years ("2.5") would name a point that does not exist. With Y = 1 the axis still
 * spans today → year 1, ticked 0 and 1.
 */
import { formatCount } from '../../format/format';
import { fixedAxis, type AxisSpec } from './axis';

/** About five ticks, never more than one a year: then d3's step is a whole number of years. */
const YEAR_TICKS = 5;

/**
 * Y is always a tick, as the last year is where the headline reads the figures: when d3's round
 * steps stop short of it (15 years in steps of 2 end at 14), Y is added, in place of the last
 * round tick if that is within half a step of it (0, 2, … 12, 15).
 */
export function yearAxis(years: number): AxisSpec {
  const end = Math.max(1, Math.floor(years));
  const axis = fixedAxis('linear', [0, end], formatCount, Math.min(YEAR_TICKS, end));
  const last = axis.ticks[axis.ticks.length - 1] ?? 0;
  if (last === end) return axis;
  const step = (axis.ticks[1] ?? end) - (axis.ticks[0] ?? 0);
  const kept = end - last <= step / 2 ? axis.ticks.slice(0, -1) : axis.ticks;
  return { ...axis, ticks: [...kept, end] };
}

/** The x value of each sample: 0, 1, … Y (the model's series has one value per year). */
export function yearSamples(length: number): number[] {
  return Array.from({ length }, (_, year) => year);
}

/** Readout heading: "Today", "End of year 1". */
export function yearHeading(year: number): string {
  return year === 0 ? 'Today' : `End of year ${formatCount(year)}`;
}
