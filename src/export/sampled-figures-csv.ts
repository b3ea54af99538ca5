/**
 * The figures CSV with ranges (issue 11): each figure row gains its samples' 5th, 50th and 95th
 * percentiles, its "shown as" cell becomes what the page shows (median and 90 % interval), and
 * the three chances of net positive get rows of their own (in percent of samples). Pure text for
 * csv.ts's figuresCsv.
 */
import { formatRangeFamily } from '../format/range-format';
import {
  formatChance,
  formatSampledText,
  formatSampling,
  sampledBreakEven,
  sampledCapabilitiesPer100Safety,
  sampledFieldRatio,
  sampledNetImpact,
  sampledNewResearchersRatio,
  sampledVerdict,
} from '../format/uncertainty-format';
import { INPUT_SPECS } from '../model/inputs';
import type { Chance, Percentiles, UncertaintySummary } from '../model/uncertainty';
import type { Cell } from './csv';

export function sampledFiguresComments(summary: UncertaintySummary): string[] {
  return [
    `Uncertainty: ${formatSampling(summary.samples, summary.seed)}. value is the figure at the middle of each range; shown as is the median and 90 % interval the page shows; p5, median and p95 are the samples' percentiles (empty where infinite: a break-even ratio of "never"). Chances in percent of samples.`,
    ...summary.inputs.map(
      (input) =>
        `range ${input.key} (${INPUT_SPECS[input.key].label}): ${input.lo} to ${input.hi}, 90 %, ${formatRangeFamily(input.family)}`,
    ),
  ];
}

/** Percentiles of 1 / x, for x's percentiles (a decreasing map swaps the ends). */
function reciprocal(p: Percentiles, scale = 1): Percentiles {
  const inverse = (x: number) => (x === 0 ? Number.POSITIVE_INFINITY : scale / x);
  return { p5: inverse(p.p95), median: inverse(p.median), p95: inverse(p.p5) };
}

interface SampledRow {
  readonly shown: string;
  readonly percentiles: Percentiles | null;
}

function sampledRows(summary: UncertaintySummary, neutral: number): Map<string, SampledRow> {
  const { figures } = summary;
  // Each sample at its own N (a range on N, or on what a derived N follows): no one margin.
  const neutralIsRange = summary.neutralVaries;
  const rows = new Map<string, SampledRow>([
    [
      'Field ratio now',
      {
        shown: formatSampledText(sampledFieldRatio(figures.fieldRatioNow)),
        percentiles: figures.fieldRatioNow,
      },
    ],
    [
      'Field ratio after',
      {
        shown: formatSampledText(sampledFieldRatio(figures.fieldRatioAfter)),
        percentiles: figures.fieldRatioAfter,
      },
    ],
    [
      'Field ratio without the program',
      {
        shown: formatSampledText(sampledFieldRatio(figures.fieldRatioWithout)),
        percentiles: figures.fieldRatioWithout,
      },
    ],
    [
      'New researchers ratio',
      {
        shown: formatSampledText(sampledNewResearchersRatio(figures.breakEvenRatio)),
        percentiles: reciprocal(figures.breakEvenRatio),
      },
    ],
    [
      'Capabilities per 100 safety',
      {
        shown: formatSampledText(sampledCapabilitiesPer100Safety(figures.capabilitiesPer100Safety)),
        percentiles: figures.capabilitiesPer100Safety,
      },
    ],
    [
      'Break-even ratio',
      {
        shown: formatSampledText(sampledBreakEven(figures.breakEvenRatio)),
        percentiles: figures.breakEvenRatio,
      },
    ],
    ['New safety researchers', { shown: '', percentiles: figures.newSafety }],
    ['New capabilities researchers', { shown: '', percentiles: figures.newCapabilities }],
  ]);
  const verdicts = [
    ['1:10', figures.netImpactAt10, 10],
    ['1:100', figures.netImpactAt100, 100],
    // Each sample's own N when your ratio is a range: no one N to turn R into a margin.
    ['your ratio', figures.netImpactAtUser, neutralIsRange ? null : neutral],
  ] as const;
  for (const [name, impact, n] of verdicts) {
    rows.set(`Verdict at ${name}`, {
      shown: formatSampledText(sampledVerdict(impact)),
      // The margin N / R, a decreasing function of R.
      percentiles: n === null ? null : reciprocal(figures.breakEvenRatio, n),
    });
    rows.set(`Net impact at ${name}`, {
      shown: formatSampledText(sampledNetImpact(impact)),
      percentiles: impact,
    });
  }
  return rows;
}

function chanceRow(name: string, chance: Chance): Cell[] {
  return [
    `Chance net positive at ${name}`,
    100 * chance.share,
    formatChance(chance),
    null,
    null,
    null,
  ];
}

/** The point rows with their percentiles, and the chances after the break-even ratio. */
export function sampledFiguresRows(
  pointRows: readonly Cell[][],
  summary: UncertaintySummary,
  neutral: number,
): Cell[][] {
  const sampled = sampledRows(summary, neutral);
  return pointRows.flatMap((row) => {
    const [figure = null, value = null, shownAtPoint = null] = row;
    const extra = typeof figure === 'string' ? sampled.get(figure) : undefined;
    const p = extra?.percentiles;
    const withPercentiles: Cell[] = [
      figure,
      value,
      extra?.shown || shownAtPoint,
      p?.p5 ?? null,
      p?.median ?? null,
      p?.p95 ?? null,
    ];
    if (figure !== 'Break-even ratio') return [withPercentiles];
    const { at10, at100, atUser } = summary.chance;
    return [
      withPercentiles,
      chanceRow('1:10', at10),
      chanceRow('1:100', at100),
      chanceRow('your ratio', atUser),
    ];
  });
}
