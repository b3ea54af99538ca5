/**
 * Texts of the Monte Carlo figures (issue 11; docs/model.md, "How the chances are shown"): the
 * chance of net positive ("62.4 %", "> 99.9 %", chance-format.ts), and each headline figure as its
 * median with a 90 % interval ("7 : 1" and "90 %: 6.1–8.2"). Like every formatter here, they return words for
 * the edge cases (an infinite break-even ratio is "never", a zero one "any") and never print NaN
 * or Infinity.
 */
import type { VerdictOutcome } from '../model/calculate';
import type { Percentiles } from '../model/uncertainty';
import { formatChance } from './chance-format';
import { formatNetImpact, formatNumber } from './format';
import { OUTCOME_WORDS } from './sentences';

// The chances' own texts are in chance-format.ts, which the headline loads with the page; the
// figures' medians and intervals here load with the first range (ui/range-parts.ts).
export { formatChance, formatChanceInWords, formatSampling } from './chance-format';

/** A figure from the samples: its median (the big number) and its 90 % interval (the line under it). */
export interface SampledText {
  readonly median: string;
  readonly interval: string;
}

/** "7 : 1, 90 %: 6.1–8.2": a figure in one line, for sentences and CSV cells. */
export function formatSampledText(text: SampledText): string {
  return `${text.median}, ${text.interval}`;
}

/** Words for the two ends a ratio can take beyond any number (R = 0 and R = +∞). */
interface EdgeWords {
  readonly zero: string;
  readonly infinite: string;
}

/** "x : 1" or "1 : x" for a ratio a ÷ b given as one number (a per b), with words at the edges. */
function ratioOf(value: number, edges: EdgeWords): string {
  if (value === 0) return edges.zero;
  if (value === Number.POSITIVE_INFINITY) return edges.infinite;
  if (!Number.isFinite(value) || value < 0) return 'n/a';
  return value >= 1 ? `${formatNumber(value)} : 1` : `1 : ${formatNumber(1 / value)}`;
}

/**
 * The interval of a ratio from `lo` to `hi` (lo ≤ hi, both "a per b"): "90 %: 6.1–8.2" when both
 * ends read "x : 1" (the median above says which side is 1), "90 %: 1 : 6.1–8.2" when both read
 * "1 : x" (smaller x first), and the two ratios in full, "1 : 1.2 to 1.5 : 1" or "1 : 3 to never",
 * when the interval crosses 1 : 1 or reaches an edge.
 */
function ratioInterval(lo: number, hi: number, edges: EdgeWords): string {
  const finite = (v: number) => Number.isFinite(v) && v > 0;
  if (finite(lo) && finite(hi)) {
    if (lo >= 1) return `90 %: ${joinEnds(formatNumber(lo), formatNumber(hi))}`;
    if (hi <= 1) return `90 %: 1 : ${joinEnds(formatNumber(1 / hi), formatNumber(1 / lo))}`;
  }
  return `90 %: ${joinEnds(ratioOf(lo, edges), ratioOf(hi, edges), ' to ')}`;
}

/** Two ends joined by an en dash, or by " to " when a dash would be misread (a minus, words). */
function joinEnds(lo: string, hi: string, joiner = '–'): string {
  if (lo === hi) return lo;
  const dashSafe = joiner === '–' && /^[\d.,]+$/.test(lo) && /^[\d.,]+$/.test(hi);
  return `${lo}${dashSafe ? '–' : ' to '}${hi}`;
}

const FIELD_EDGES: EdgeWords = { zero: 'n/a', infinite: 'n/a' };

/** A field ratio (capabilities per safety researcher): "7 : 1", "90 %: 6.1–8.2". */
export function sampledFieldRatio(p: Percentiles): SampledText {
  return {
    median: ratioOf(p.median, FIELD_EDGES),
    interval: ratioInterval(p.p5, p.p95, FIELD_EDGES),
  };
}

/**
 * The new researchers ratio, safety : capabilities, from the break-even ratio R = capabilities ÷
 * safety (its reciprocal, so its p5 is 1 / R's p95): "8 : 1", "90 %: 6–10"; a sample with no
 * capabilities placements is "all safety", one with no safety placements "all capabilities".
 */
export function sampledNewResearchersRatio(breakEven: Percentiles): SampledText {
  const edges: EdgeWords = { zero: 'all capabilities', infinite: 'all safety' };
  const safetyPerCapabilities = (r: number) =>
    r === 0 ? Number.POSITIVE_INFINITY : r === Number.POSITIVE_INFINITY ? 0 : 1 / r;
  return {
    median: ratioOf(safetyPerCapabilities(breakEven.median), edges),
    interval: ratioInterval(
      safetyPerCapabilities(breakEven.p95),
      safetyPerCapabilities(breakEven.p5),
      edges,
    ),
  };
}

/** A plain number with words past its edges. */
function valueOf(value: number, infinite: string): string {
  if (value === Number.POSITIVE_INFINITY) return infinite;
  return formatNumber(value);
}

/** Capabilities per 100 safety (100 × R): "12.5", "90 %: 10–15"; +∞ is "no safety placements". */
export function sampledCapabilitiesPer100Safety(p: Percentiles): SampledText {
  const infinite = 'no safety placements';
  return {
    median: valueOf(p.median, infinite),
    interval: `90 %: ${joinEnds(valueOf(p.p5, infinite), valueOf(p.p95, infinite))}`,
  };
}

/** A break-even ratio 1 : R as the figure writes it: "1 : 1.5", "never" (R = +∞), "any" (R = 0). */
export function formatSampledBreakEven(r: number): string {
  if (r === 0) return 'any';
  if (r === Number.POSITIVE_INFINITY) return 'never';
  if (!Number.isFinite(r) || r < 0) return 'n/a';
  return `1 : ${formatNumber(r)}`;
}

/**
 * The break-even ratio's median and interval: "1 : 1", "90 %: 1 : 0.8–1.3"; "90 %: 1 : 3 to
 * never" when at least 5 % of the samples have no safety placements.
 */
export function sampledBreakEven(p: Percentiles): SampledText {
  const finite = (v: number) => Number.isFinite(v) && v > 0;
  const interval =
    finite(p.p5) && finite(p.p95)
      ? `1 : ${joinEnds(formatNumber(p.p5), formatNumber(p.p95))}`
      : joinEnds(formatSampledBreakEven(p.p5), formatSampledBreakEven(p.p95), ' to ');
  return { median: formatSampledBreakEven(p.median), interval: `90 %: ${interval}` };
}

/** Net impact: "450", "90 %: 120–1,200", "90 %: −20.5 to 1,200" (a dash beside a minus misreads). */
export function sampledNetImpact(p: Percentiles): SampledText {
  return {
    median: formatNetImpact(p.median),
    interval: `90 %: ${joinEnds(formatNetImpact(p.p5), formatNetImpact(p.p95))}`,
  };
}

/** Which side of zero a net impact is on (zero is break-even: net neutral). */
export function outcomeOfNetImpact(value: number): VerdictOutcome {
  if (value > 0) return 'net-positive';
  if (value < 0) return 'net-negative';
  return 'net-neutral';
}

const OUTCOME_TEXT: Record<VerdictOutcome, string> = {
  'net-positive': 'Net positive',
  'net-negative': 'Net negative',
  'net-neutral': 'Net neutral',
};

/**
 * A verdict from the samples: the verdict of the median net impact ("Net positive", the side
 * where at least half the samples are) and the verdicts at the interval's ends ("90 %: net
 * negative to net positive", or "90 %: net positive" when both ends agree).
 */
export function sampledVerdict(netImpact: Percentiles): SampledText & {
  readonly outcome: VerdictOutcome;
} {
  const outcome = outcomeOfNetImpact(netImpact.median);
  const lo = OUTCOME_WORDS[outcomeOfNetImpact(netImpact.p5)];
  const hi = OUTCOME_WORDS[outcomeOfNetImpact(netImpact.p95)];
  return {
    outcome,
    median: OUTCOME_TEXT[outcome],
    interval: `90 %: ${lo === hi ? lo : `${lo} to ${hi}`}`,
  };
}

/** "3.2 %" of the samples, for counts such as the edge cases: one decimal, "< 0.1 %" above zero. */
export function formatShareOfSamples(count: number, samples: number): string {
  if (!(samples > 0) || !Number.isFinite(count)) return 'n/a';
  if (count <= 0) return '0 %';
  if (count >= samples) return '100 %';
  return formatChance({ positive: count, samples, share: count / samples });
}

/**
 * The line under the sampled break-even ratio: what it means, and how many samples sit at an
 * edge ("never in 3.2 % of samples: no safety placements"), from the run's edge counts, since a
 * percentile alone cannot say how many samples are "never" or "any".
 */
export function sampledBreakEvenDetail(
  edgeCounts: { readonly noSafety: number; readonly noCapabilities: number },
  samples: number,
): string {
  const parts = ['median and 90 % interval of R = new capabilities ÷ new safety'];
  if (edgeCounts.noSafety > 0) {
    parts.push(
      `never in ${formatShareOfSamples(edgeCounts.noSafety, samples)} of samples (no safety placements)`,
    );
  }
  if (edgeCounts.noCapabilities > 0) {
    parts.push(
      `any in ${formatShareOfSamples(edgeCounts.noCapabilities, samples)} of samples (no capabilities placements)`,
    );
  }
  return parts.join('; ');
}
