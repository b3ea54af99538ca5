/**
 * Phrases the three "Over the years" charts share in their "In words" text: the program's pace
 * and the field's growth. Pure.
 */
import { formatCount, formatPercent } from '../../format/format';
import type { Scenario } from '../../model/inputs';

/** "1 year", "12 years". */
export function yearsPhrase(years: number): string {
  return years === 1 ? '1 year' : `${formatCount(years)} years`;
}

/** "one cohort of 1,000 people a year", "2 cohorts of 100 people a year". */
export function pacePhrase(s: Pick<Scenario, 'perYear' | 'cohort'>): string {
  const people = `${formatCount(s.cohort)} ${s.cohort === 1 ? 'person' : 'people'}`;
  return s.perYear === 1
    ? `one cohort of ${people} a year`
    : `${formatCount(s.perYear)} cohorts of ${people} a year`;
}

/** "a year", "per year" rates: "21 % a year", "−5 % a year". */
export function ratePhrase(percent: number): string {
  return `${formatPercent(percent).replace(/^-/, '−')} a year`;
}
