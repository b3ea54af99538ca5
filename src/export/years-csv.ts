/**
 * CSV files of the three "Over the years" charts (issue 12): one row per year, year 0 being today.
 * Same layout as the other charts' files (csv.ts): comment lines naming the scenario, a header, the
 * rows, numbers unformatted.
 */
import type { AlumniYearsSeries } from '../charts/data/alumni-years-series';
import type { FieldYearsSeries } from '../charts/data/field-years-series';
import type { NetImpactYearsSeries } from '../charts/data/net-impact-years-series';
import type { Scenario } from '../model/inputs';
import { csvNumber, csvText, scenarioComments, type Cell } from './csv';

const YEAR_COLUMN = 'year';
const TODAY = 'Year 0 is today; year y is the end of the program’s year y.';

export function fieldYearsCsv(series: FieldYearsSeries, s: Scenario, link: string): string {
  return csvText(
    [
      'The field over the years: capabilities per safety researcher, with and without the program.',
      TODAY,
      ...scenarioComments(s, link),
    ],
    [
      YEAR_COLUMN,
      'capabilities_per_safety_researcher_with_program',
      'capabilities_per_safety_researcher_without_program',
    ],
    series.xs.map((year, index) => [
      year,
      series.withProgram[index] ?? null,
      series.withoutProgram[index] ?? null,
    ]),
  );
}

export function alumniYearsCsv(series: AlumniYearsSeries, s: Scenario, link: string): string {
  return csvText(
    [
      'Where alumni work: alumni counted as safety and as capabilities at the end of each year.',
      TODAY,
      'The longitudinal columns are the people placed by that year split as the longitudinal career data (80 % safety, 10 % capabilities of 242 traced alumni), at the years it covers (about 1 to 3 after the program); empty elsewhere.',
      ...scenarioComments(s, link),
    ],
    [
      YEAR_COLUMN,
      'alumni_counted_as_safety',
      'alumni_counted_as_capabilities',
      'longitudinal_80_percent_safety',
      'longitudinal_10_percent_capabilities',
    ],
    series.xs.map((year, index): Cell[] => {
      const published = series.longitudinal.find((point) => point.year === year);
      return [
        year,
        series.safety[index] ?? null,
        series.capabilities[index] ?? null,
        published?.safety ?? null,
        published?.capabilities ?? null,
      ];
    }),
  );
}

export function netImpactYearsCsv(series: NetImpactYearsSeries, s: Scenario, link: string): string {
  const user = series.lines.find((line) => line.key === 'user')?.n ?? s.neutral;
  return csvText(
    [
      'Net impact by year, in safety-researcher equivalents: what the program caused by the end of each year.',
      TODAY,
      ...scenarioComments(s, link),
    ],
    [
      YEAR_COLUMN,
      'net_impact_at_1_10',
      'net_impact_at_1_100',
      `net_impact_at_your_1_${csvNumber(user)}`,
    ],
    series.xs.map((year, index) => [
      year,
      series.values.n10[index] ?? null,
      series.values.n100[index] ?? null,
      series.values.user[index] ?? null,
    ]),
  );
}
