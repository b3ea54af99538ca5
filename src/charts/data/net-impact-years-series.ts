/**
 * "Net impact by year" (issue 12): what the program caused by the end of each year, at 1 : 10,
 * 1 : 100 and your N (model/years.ts, `netImpactAt10`, `netImpactAt100`, `netImpactAtUser`):
 * (1 − anyway) × (alumni in safety − alumni in capabilities × (1 + capBoost) ÷ N), in
 * safety-researcher equivalents. Year 0 is 0: nothing is placed yet. The last point is the
 * headline's net impact; its sign is the verdict.
 */
import type { NSource, Scenario } from '../../model/inputs';
import type { YearsResults } from '../../model/years';
import type { VerdictOutcome } from '../../model/calculate';
import { formatNetImpact, formatNeutral, formatPercent } from '../../format/format';
import type { AxisSpec } from './axis';
import { netImpactAxis } from './net-impact-series';
import { yearAxis, yearSamples } from './year-axis';
import { yearsResultsOf } from './years-results';
import { yearsPhrase } from './years-words';

export type NetImpactYearsKey = 'n10' | 'n100' | 'user';

export interface NetImpactYearsLine {
  readonly key: NetImpactYearsKey;
  readonly n: number;
  /** Legend and readout name. */
  readonly name: string;
}

export interface NetImpactYearsSeries {
  readonly years: number;
  readonly xs: readonly number[];
  readonly values: { readonly [K in NetImpactYearsKey]: readonly number[] };
  readonly lines: readonly NetImpactYearsLine[];
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly text: string;
}

// Same N and source, same array, so the legend keeps its props while other sliders move.
const linesCache = new Map<string, readonly NetImpactYearsLine[]>();
const LINES_CACHE_LIMIT = 100;

export function netImpactYearsLines(n: number, nFrom: NSource): readonly NetImpactYearsLine[] {
  const key = `${n}|${nFrom}`;
  const cached = linesCache.get(key);
  if (cached !== undefined) return cached;
  const same = n === 10 || n === 100 ? ` (same as ${formatNeutral(n)})` : '';
  const from = nFrom === 'field' ? ', from the field' : '';
  const lines: readonly NetImpactYearsLine[] = [
    { key: 'n10', n: 10, name: `At ${formatNeutral(10)}` },
    { key: 'n100', n: 100, name: `At ${formatNeutral(100)}` },
    { key: 'user', n, name: `At your ${formatNeutral(n)}${from}${same}` },
  ];
  if (linesCache.size >= LINES_CACHE_LIMIT) linesCache.clear();
  linesCache.set(key, lines);
  return lines;
}

export function buildNetImpactYearsSeries(s: Scenario): NetImpactYearsSeries {
  const results = yearsResultsOf(s);
  const values = {
    n10: Array.from(results.series.netImpactAt10),
    n100: Array.from(results.series.netImpactAt100),
    user: Array.from(results.series.netImpactAtUser),
  };
  let low = 0;
  let high = 0;
  for (const line of [values.n10, values.n100, values.user]) {
    for (const value of line) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  return {
    years: results.years,
    xs: yearSamples(results.series.length),
    values,
    lines: netImpactYearsLines(results.neutral, results.nFrom),
    xAxis: yearAxis(results.years),
    yAxis: netImpactAxis(low, high),
    text: describeNetImpactYears(s, results, values.user),
  };
}

const OUTCOME_TEXT: Record<VerdictOutcome, string> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

/** Which share of the alumni counts, and how a capabilities alumnus is weighed. */
function countingSentence(s: Scenario): string {
  if (s.anyway >= 100) {
    return ' Every alumnus would have entered anyway, so the program caused nothing and its net impact is 0 in every year.';
  }
  const parts: string[] = [];
  if (s.anyway > 0) {
    parts.push(
      `only the ${formatPercent(100 - s.anyway)} of alumni who would not have entered anyway`,
    );
  }
  if (s.capBoost > 0) {
    parts.push(
      `each capabilities alumnus as ${formatNetImpact(1 + s.capBoost / 100)} capabilities researchers`,
    );
  }
  return parts.length === 0 ? '' : ` It counts ${parts.join(', and ')}.`;
}

/** The first year whose sign differs from year 1's, when the verdict turns over the years. */
function turnSentence(user: readonly number[]): string {
  const first = user[1] ?? 0;
  for (let year = 2; year < user.length; year += 1) {
    const value = user[year] ?? 0;
    if (Math.sign(value) !== Math.sign(first) && value !== 0) {
      return ` At your ratio it turns ${value > 0 ? 'net positive' : 'net negative'} in year ${year}.`;
    }
  }
  return '';
}

function describeNetImpactYears(
  s: Scenario,
  results: YearsResults,
  user: readonly number[],
): string {
  const period = yearsPhrase(results.years);
  const outcome = OUTCOME_TEXT[results.verdictAtUser.outcome];
  const derived = results.nFrom === 'field' ? ', derived from the field' : '';
  const last = (n: number) => formatNetImpact(n);
  const end = results.years;
  const others = ([10, 100] as const)
    .filter((n) => n !== results.neutral)
    .map(
      (n) =>
        `${last((n === 10 ? results.series.netImpactAt10 : results.series.netImpactAt100)[end] ?? 0)} at ${formatNeutral(n)}`,
    );
  const values = `${last(user[end] ?? 0)} safety-researcher equivalents at your ${formatNeutral(results.neutral)}${derived} (${outcome})${others.length > 0 ? `, ${others.join(' and ')}` : ''}`;
  return `After ${period} the program's net impact is ${values}.${countingSentence(s)}${turnSentence(user)}`;
}
