/**
 * CSV files of the three "Over the years" charts (issue 12): one row per year, year 0 being today.
 * Same layout as the other charts' files (csv.ts): comment lines naming the scenario, a header, the
 * rows, numbers unformatted.
 */
import type { AlumniYearsSeries } from '../charts/data/alumni-years-series';
import type { FieldYearsSeries } from '../charts/data/field-years-series';
import type { NetImpactYearsSeries } from '../charts/data/net-impact-years-series';
import type { Scenario } from '../model/inputs';
import {
  bandCells,
  bandComment,
  csvNumber,
  csvText,
  scenarioComments,
  type Cell,
  type CsvBand,
} from './csv';

const YEAR_COLUMN = 'year';
const TODAY = 'Year 0 is today; year y is the end of the program’s year y.';

/** With ranges (a run's 90 % bands, chart-band.ts), the comment saying what p5 and p95 are. */
function withBands(comments: readonly string[], band: CsvBand | undefined, of: string): string[] {
  return band ? [...comments, bandComment(band, of)] : [...comments];
}

/** One p5 / p95 pair of columns per banded line. */
function bandColumns(band: CsvBand | undefined, names: readonly string[]): string[] {
  return band ? names.flatMap((name) => [`p5_${name}`, `p95_${name}`]) : [];
}

/** A row's pairs, from each line's band (`band.byLine`, by its readout key), in `keys`' order. */
function bandRowCells(band: CsvBand | undefined, keys: readonly string[], year: number): Cell[] {
  if (band === undefined) return [];
  return keys.flatMap((key) => bandCells(band, year, band.byLine?.[key]));
}

export function fieldYearsCsv(
  series: FieldYearsSeries,
  s: Scenario,
  link: string,
  band?: CsvBand,
): string {
  return csvText(
    withBands(
      [
        'The field over the years: capabilities per safety researcher, with and without the program.',
        TODAY,
        ...scenarioComments(s, link),
      ],
      band,
      'capabilities per safety researcher with and without the program',
    ),
    [
      YEAR_COLUMN,
      'capabilities_per_safety_researcher_with_program',
      'capabilities_per_safety_researcher_without_program',
      ...bandColumns(band, ['with_program', 'without_program']),
    ],
    series.xs.map((year, index) => [
      year,
      series.withProgram[index] ?? null,
      series.withoutProgram[index] ?? null,
      ...bandRowCells(band, ['with', 'without'], year),
    ]),
  );
}

export function alumniYearsCsv(
  series: AlumniYearsSeries,
  s: Scenario,
  link: string,
  band?: CsvBand,
): string {
  return csvText(
    withBands(
      [
        'Where alumni work: alumni counted as safety and as capabilities at the end of each year.',
        TODAY,
        'The longitudinal columns are the people placed by that year split as the longitudinal career data (80 % safety, 10 % capabilities of 242 traced alumni), at the years it covers (about 1 to 3 after the program); empty elsewhere.',
        ...scenarioComments(s, link),
      ],
      band,
      'the alumni counted as safety and as capabilities',
    ),
    [
      YEAR_COLUMN,
      'alumni_counted_as_safety',
      'alumni_counted_as_capabilities',
      'longitudinal_80_percent_safety',
      'longitudinal_10_percent_capabilities',
      ...bandColumns(band, ['safety', 'capabilities']),
    ],
    series.xs.map((year, index): Cell[] => {
      const published = series.longitudinal.find((point) => point.year === year);
      return [
        year,
        series.safety[index] ?? null,
        series.capabilities[index] ?? null,
        published?.safety ?? null,
        published?.capabilities ?? null,
        ...bandRowCells(band, ['safety', 'capabilities'], year),
      ];
    }),
  );
}

export function netImpactYearsCsv(
  series: NetImpactYearsSeries,
  s: Scenario,
  link: string,
  band?: CsvBand,
): string {
  const user = series.lines.find((line) => line.key === 'user')?.n ?? s.neutral;
  return csvText(
    withBands(
      [
        'Net impact by year, in safety-researcher equivalents: what the program caused by the end of each year.',
        TODAY,
        ...scenarioComments(s, link),
      ],
      band,
      'net impact at your ratio',
    ),
    [
      YEAR_COLUMN,
      'net_impact_at_1_10',
      'net_impact_at_1_100',
      `net_impact_at_your_1_${csvNumber(user)}`,
      ...bandColumns(band, ['at_your_ratio']),
    ],
    series.xs.map((year, index) => [
      year,
      series.values.n10[index] ?? null,
      series.values.n100[index] ?? null,
      series.values.user[index] ?? null,
      ...bandRowCells(band, ['user'], year),
    ]),
  );
}
