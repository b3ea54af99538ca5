/**
 * The "Compare with" scenario on the three "Over the years" charts: its values at the same years
 * as the current scenario (0 … Y, whatever its own horizon), so one set of samples feeds both
 * lines and the readout shows both, and its own last year as a marker (at the axis' end, flagged,
 * when it runs longer). Net impact is judged at the reader's N, as on the cohort chart
 * (comparison-series.ts, compareNetImpact). Pure.
 */
import type { YearsResults } from '../../model/years';
import type { Scenario } from '../../model/inputs';
import type { AxisSpec } from './axis';
import { alumniAxis, type AlumniYearsSeries } from './alumni-years-series';
import type { ComparisonMarker } from './comparison-series';
import { fieldRatioAxis } from './field-ratio-series';
import { highestOf, type FieldYearsSeries } from './field-years-series';
import { netImpactAxis } from './net-impact-series';
import type { NetImpactYearsSeries } from './net-impact-years-series';
import { yearsResultsOf } from './years-results';

/** The other scenario run over the current chart's years. */
function runOver(other: Scenario, years: number): YearsResults {
  return yearsResultsOf(other.years === years ? other : { ...other, years });
}

/** Its own last year on the current axis. */
function markerAt(other: Scenario, years: number, values: readonly number[]): ComparisonMarker {
  const own = Math.max(1, Math.floor(other.years));
  const x = Math.min(own, years);
  return { x, y: values[x] ?? 0, clamped: x !== own };
}

export interface ComparedYears {
  readonly values: readonly number[];
  readonly marker: ComparisonMarker;
  readonly yAxis: AxisSpec;
}

/** The comparison's field ratio with its program. */
export function compareFieldYears(series: FieldYearsSeries, other: Scenario): ComparedYears {
  const values = Array.from(runOver(other, series.years).series.fieldRatio);
  return {
    values,
    marker: markerAt(other, series.years, values),
    yAxis: fieldRatioAxis(highestOf(series.withProgram, series.withoutProgram, values)),
  };
}

export interface ComparedAlumniYears {
  readonly safety: readonly number[];
  readonly capabilities: readonly number[];
  readonly yAxis: AxisSpec;
}

/** The comparison's alumni on each side. */
export function compareAlumniYears(
  series: AlumniYearsSeries,
  other: Scenario,
): ComparedAlumniYears {
  const { series: run } = runOver(other, series.years);
  const safety = Array.from(run.alumniSafety);
  const capabilities = Array.from(run.alumniCapabilities);
  const published = series.longitudinal.flatMap((point) => [point.safety, point.capabilities]);
  return {
    safety,
    capabilities,
    yAxis: alumniAxis(
      highestOf(series.safety, series.capabilities, published, safety, capabilities),
    ),
  };
}

/** The comparison's net impact at the reader's N (its own N would compare judgements, not scenarios). */
export function compareNetImpactYears(
  series: NetImpactYearsSeries,
  other: Scenario,
): ComparedYears {
  const n = series.lines.find((line) => line.key === 'user')?.n ?? other.neutral;
  const judged: Scenario = { ...other, years: series.years, nFrom: 'set', neutral: n };
  const values = Array.from(yearsResultsOf(judged).series.netImpactAtUser);
  let low = 0;
  let high = 0;
  for (const line of [series.values.n10, series.values.n100, series.values.user, values]) {
    for (const value of line) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  return { values, marker: markerAt(other, series.years, values), yAxis: netImpactAxis(low, high) };
}
