/**
 * CSV exports: each chart's series, and the cells and layout every CSV of the page shares (the
 * headline figures' file is figures-csv.ts, which loads with the downloads, not with the page).
 * Pure text builders; the UI only turns the text into a download. Each file starts with `#`
 * comment lines naming the scenario (its link and every input), then a header row and one row
 * per figure or point. Numbers are written unformatted (ten significant digits, "." decimal, no
 * grouping) so spreadsheets read them as numbers; the figures file also carries the exact text
 * shown on screen.
 */
import type { FieldRatioSeries } from '../charts/data/field-ratio-series';
import type { NetImpactSeries } from '../charts/data/net-impact-series';
import type { NewResearchersSeries } from '../charts/data/new-researchers-series';
import type { CurveBand } from '../model/curve-bands';
import { bandEndsAt } from '../charts/data/band-words';
import { CHOICE_KEYS, CHOICE_SPECS, INPUT_KEYS, INPUT_SPECS, type Scenario } from '../model/inputs';
import { formatSampling } from '../format/chance-format';

export type Cell = string | number | null;

/** RFC 4180 quoting, plus a guard against spreadsheet formula injection in text cells. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Numbers to ten significant digits: more than any input carries (seven at most, 1,000,000.0),
 * and few enough to drop the binary noise of sums and products of decimals, so a spreadsheet
 * reads 50 and 59, not 49.999999999999986 and 58.99999999987999 (issue 9, fault 11).
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const CSV_SIGNIFICANT_DIGITS = 10;

export function csvText(
  comments: readonly string[],
  header: readonly string[],
  rows: readonly Cell[][],
): string {
  const lines = [
    ...comments.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`),
    header.map(csvCell).join(','),
    ...rows.map((row) => row.map(csvCell).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Comment lines naming the scenario: its link, then each input with its label. */
export function scenarioComments(scenario: Scenario, link: string): string[] {
  return [
    `Scenario link: ${link}`,
    ...INPUT_KEYS.map((key) => `${key} (${INPUT_SPECS[key].label}): ${scenario[key]}`),
    ...CHOICE_KEYS.map((key) => `${key} (${CHOICE_SPECS[key].label}): ${scenario[key]}`),
  ];
}

/** A chart's 90 % band for its CSV, with the run it comes from (issue 11). */
export interface CsvBand {
  readonly band: CurveBand;
  readonly samples: number;
  readonly seed: number;
  /** Every banded line's band by its readout key, for a chart that bands more than one line. */
  readonly byLine?: Readonly<Record<string, CurveBand>>;
}

/** The band's comment line: what p5 and p95 are, and the run that reproduces them. */
export function bandComment(band: CsvBand, of: string): string {
  return `With ranges: p5 and p95 are the 5th and 95th percentiles of ${of} across the Monte Carlo samples at each row's x (the chart's 90 % band; ${formatSampling(band.samples, band.seed)}). The other columns are the scenario at the middle of each range.`;
}

/**
 * A row's p5 and p95 at `x` of `line` (the chart's band unless given), empty where the band has no
 * value (or is infinite).
 */
export function bandCells(band: CsvBand | undefined, x: number, line = band?.band): Cell[] {
  if (band === undefined) return [];
  const ends = line === undefined ? null : bandEndsAt(line, x);
  return [ends?.p5 ?? null, ends?.p95 ?? null];
}

export function fieldRatioCsv(
  series: FieldRatioSeries,
  scenario: Scenario,
  link: string,
  band?: CsvBand,
) {
  const comments = [
    'How the field ratio moves with cohort size.',
    ...scenarioComments(scenario, link),
  ];
  return csvText(
    band ? [...comments, bandComment(band, 'capabilities per safety researcher after')] : comments,
    [
      'cohort_size_people',
      'capabilities_per_safety_researcher_after',
      ...(band ? ['p5', 'p95'] : []),
    ],
    series.points.map((point) => [point.cohort, point.ratio, ...bandCells(band, point.cohort)]),
  );
}

export function newResearchersCsv(
  series: NewResearchersSeries,
  scenario: Scenario,
  link: string,
  band?: CsvBand,
) {
  const comments = [
    'New researchers against the net-neutral lines.',
    'plotted_ratio is clamped to the chart range 1:1000 to 1000:1; shown_as gives the true value.',
    ...scenarioComments(scenario, link),
  ];
  return csvText(
    band
      ? [
          ...comments,
          `${bandComment(band, 'new safety per new capabilities')} Empty where infinite (all safety); 0 is all capabilities.`,
        ]
      : comments,
    [
      'capabilities_share_of_placed_percent',
      'plotted_new_safety_per_new_capabilities',
      'off_scale',
      'shown_as',
      ...(band ? ['p5', 'p95'] : []),
    ],
    series.points.map((point) => [
      point.capShare,
      point.y,
      point.offScale,
      point.display,
      ...bandCells(band, point.capShare),
    ]),
  );
}

export function netImpactCsv(
  series: NetImpactSeries,
  scenario: Scenario,
  link: string,
  band?: CsvBand,
) {
  const comments = [
    series.programYears === null
      ? 'Net impact against cohort size, in safety-researcher equivalents.'
      : `Net impact against cohort size, in safety-researcher equivalents: each row is the whole program with every cohort of that size, what it caused by the end of year ${series.programYears} (the headline's net impact).`,
    ...scenarioComments(scenario, link),
  ];
  return csvText(
    band ? [...comments, bandComment(band, 'net impact at your ratio')] : comments,
    [
      'cohort_size_people',
      'net_impact_at_1_10',
      'net_impact_at_1_100',
      `net_impact_at_your_1_${scenario.neutral}`,
      ...(band ? ['p5_at_your_ratio', 'p95_at_your_ratio'] : []),
    ],
    series.points.map((point) => [
      point.cohort,
      point.n10,
      point.n100,
      point.user,
      ...bandCells(band, point.cohort),
    ]),
  );
}
