/**
 * The words of "Over the years" (issue 12) under the headline figures: which year a field ratio
 * is read at and what "without the program" leaves in. With the defaults (one year) the field
 * after reads exactly as before the years model.
 */
import type { Scenario } from '../model/inputs';
import type { YearsResults } from '../model/years';
import { formatCount, formatNumber, formatPercent } from './format';
import { formatInputValue } from './input-format';

type FieldFacts = Pick<YearsResults, 'years' | 'fieldAfter' | 'fieldWithout' | 'anyway'>;

function atEnd(years: number): string {
  return years === 1 ? '' : ` at the end of year ${formatCount(years)}`;
}

/** "capabilities : safety, 10,500 : 1,500"; after several years "… at the end of year 10, …". */
export function fieldAfterDetail(r: FieldFacts): string {
  const { capabilities, safety } = r.fieldAfter;
  return `capabilities : safety${atEnd(r.years)}, ${formatCount(capabilities)} : ${formatCount(safety)}`;
}

/**
 * "the same field with only the 30 % of alumni who would have entered anyway, 10,150 : 1,150";
 * with `anyway` at 0 "the same field with no alumni, 10,000 : 1,000" (short, so the card keeps to one line).
 */
export function fieldWithoutDetail(r: FieldFacts): string {
  const { capabilities, safety } = r.fieldWithout;
  const who =
    r.anyway === 0
      ? 'no alumni'
      : r.anyway === 100
        ? 'every alumnus, all of whom would have entered anyway'
        : `only the ${formatPercent(r.anyway)} of alumni who would have entered anyway`;
  return `the same field${atEnd(r.years)} with ${who}, ${formatCount(capabilities)} : ${formatCount(safety)}`;
}

type YearsFacts = Pick<
  Scenario,
  | 'years'
  | 'perYear'
  | 'safGrowth'
  | 'capGrowth'
  | 'drift'
  | 'pivot'
  | 'anyway'
  | 'capBoost'
  | 'nFrom'
  | 'importance'
  | 'cap'
  | 'saf'
>;

/** True when the program runs as the one-cohort model: one cohort, once, into a frozen field. */
export function isOneCohort(s: YearsFacts): boolean {
  // Moves happen before a year's cohorts are placed, so in a single year nobody moves.
  return s.years === 1 && s.perYear === 1 && s.safGrowth === 0 && s.capGrowth === 0;
}

/** "21 % a year", "shrinking 5 % a year". */
function growthPhrase(percent: number): string {
  if (percent < 0) return `shrinking ${formatPercent(-percent)} a year`;
  return `growing ${formatPercent(percent)} a year`;
}

/**
 * The program over the years, as one sentence without a full stop: "Run for 10 years at 2
 * cohorts a year, with the safety field growing 21 % a year and capabilities growing 10 % a
 * year, and 3 % of the safety alumni moving to capabilities each year, …". Null for the
 * one-cohort model, whose sentences already say it all.
 */
export function programPhrase(s: YearsFacts): string | null {
  if (isOneCohort(s)) return null;
  const runs =
    s.years === 1
      ? `Run for one year at ${formatInputValue('perYear', s.perYear)}`
      : `Run for ${formatCount(s.years)} years at ${formatInputValue('perYear', s.perYear)}`;
  const growth =
    s.safGrowth === 0 && s.capGrowth === 0
      ? 'into a field that does not grow'
      : `with the safety field ${s.safGrowth === 0 ? 'not growing' : growthPhrase(s.safGrowth)} and capabilities ${s.capGrowth === 0 ? 'not growing' : growthPhrase(s.capGrowth)}`;
  const moves: string[] = [];
  if (s.drift > 0)
    moves.push(`${formatPercent(s.drift)} of the safety alumni moving to capabilities`);
  if (s.pivot > 0)
    moves.push(`${formatPercent(s.pivot)} of the capabilities alumni moving to safety`);
  const moving = moves.length > 0 ? `, and each year ${moves.join(' and ')}` : '';
  return `${runs}, ${growth}${moving}`;
}

/**
 * What the verdicts count besides headcounts: "The program is credited only with the 70 % of
 * alumni who would not have entered anyway, and each capabilities alumnus counts as 1.5
 * capabilities researchers." Null when both are at their defaults.
 */
export function creditSentence(s: YearsFacts): string | null {
  const parts: string[] = [];
  if (s.anyway === 100) {
    parts.push(
      'Every alumnus would have entered the same roles anyway, so the program caused nothing: net impact is exactly 0 and every verdict is net neutral',
    );
  } else if (s.anyway > 0) {
    parts.push(
      `The verdicts credit the program only with the ${formatPercent(100 - s.anyway)} of alumni who would not have entered anyway`,
    );
  }
  if (s.capBoost > 0 && s.anyway < 100) {
    const times = formatNumber(1 + s.capBoost / 100);
    parts.push(
      `${parts.length > 0 ? 'and ' : 'The verdicts count '}each capabilities alumnus as ${times} capabilities researchers (${formatPercent(s.capBoost)} extra output)`,
    );
  }
  return parts.length > 0 ? `${parts.join(', ')}.` : null;
}

/** "derived from the field: 10 × 10,000 / 1,000", or null when N is the slider's. */
export function derivedNeutralPhrase(s: YearsFacts): string | null {
  if (s.nFrom !== 'field') return null;
  return `derived from the field as importance × C/S = ${formatNumber(s.importance)} × ${formatCount(s.cap)} / ${formatCount(s.saf)}`;
}

/**
 * True when people were placed but the program caused nothing (`anyway` = 100 %): the break-even
 * ratio then says so in its own words, not "no one placed".
 */
export function causedNothing(r: Pick<YearsResults, 'anyway' | 'placements'>): boolean {
  return r.anyway === 100 && (r.placements.newSafety > 0 || r.placements.newCapabilities > 0);
}
