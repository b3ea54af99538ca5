/**
 * Chart 2, "New researchers against the net-neutral lines": new safety per new capabilities
 * researcher (log scale) as the share of placed people going to capabilities runs from 0 to
 * 100 %, keeping the scenario's total placed and its safety / independent mix.
 *
 * The ratio does not depend on cohort size (both sides scale with it), so an empty cohort still
 * has a well-defined line. The two ends are "all safety" and "all capabilities", which a log axis
 * cannot show; they are clamped to the display range and flagged (see split-axes.ts).
 */
import { balanceOf, placementsPerPerson, verdictAt, type Verdict } from '../../model/calculate';
import type { NewResearchersBalance } from '../../model/calculate';
import { SPLIT_SHARE_GRID } from '../../model/chart-samples';
import type { Scenario } from '../../model/inputs';
import {
  breakEvenCapabilitiesShare,
  capabilitiesShareOfPlaced,
  sharesAtCapabilitiesShare,
  splitBasis,
  type SplitBasis,
} from '../../model/split';
import { formatNeutral } from '../../format/format';
import { balanceDisplay, balanceY } from './balance-y';
import { describeBreakEven, describeCurrent, splitNotes } from './new-researchers-text';
import type { AxisSpec } from './axis';
import {
  clampToLogDomain,
  LOG_DOMAIN_MAX,
  LOG_DOMAIN_MIN,
  SHARE_AXIS,
  SPLIT_AXIS,
  type OffScale,
} from './split-axes';
import { referencePointsFor, type ReferencePoint } from './reference-points';

/** N values the thread discusses; the user's own N is drawn as a third line. */
const THREAD_NEUTRALS = [10, 100] as const;

export interface SplitPoint {
  /** Share of placed people in capabilities roles (%), the x value (not a share of the cohort). */
  readonly capShare: number;
  /**
   * New safety per new capabilities researcher, clamped into the display range. Null only when
   * no one placed counts on either side (e.g. only independents, weighted 0), where no ratio
   * exists; the model calls that net neutral.
   */
  readonly y: number | null;
  readonly offScale: OffScale;
  readonly balance: NewResearchersBalance['kind'];
  /**
   * Readout and CSV text, with the ratio's orientation: "1 : 1 safety to capabilities",
   * "all safety (no capabilities placements)", "2,000 : 1 safety to capabilities (above the chart)".
   */
  readonly display: string;
}

export interface NeutralLine {
  readonly id: 'n10' | 'n100' | 'user';
  readonly n: number;
  /** 1 / N on the safety-per-capabilities axis. */
  readonly y: number;
  readonly label: string;
}

export interface NewResearchersSeries {
  readonly points: readonly SplitPoint[];
  /** The scenario's split (also in `points`); null when nobody is placed, so no split exists. */
  readonly current: SplitPoint | null;
  /** Thread lines first, the user's last; a thread line equal to the user's N is merged into it. */
  readonly neutralLines: readonly NeutralLine[];
  /** Net-positive (above the user's line) and net-negative (below) bands, as [y1, y2]. */
  readonly positiveRegion: readonly [number, number];
  readonly negativeRegion: readonly [number, number];
  /** Published splits placed under the scenario's judgement calls (reference-points.ts). */
  readonly referencePoints: readonly ReferencePoint[];
  /**
   * Share of the cohort that is placed (%): the factor between the x axis (shares of placed
   * people) and the sliders (shares of the cohort). Null when no one is placed and the line
   * shows a hypothetical cohort.
   */
  readonly placedShare: number | null;
  /** Fixed: 0–100 % and the log display range (split-axes.ts). */
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  /** Share to capabilities (%) where the line crosses the user's N; null when no split is net positive. */
  readonly breakEvenShare: number | null;
  /** The assumptions the line makes beyond the scenario (splitNotes), then the current values. */
  readonly text: string;
}

/**
 * A point whose `display` text is made when first read (readout, CSV, text alternative), not
 * for every sample: formatting 61 ratios on every slider move was the largest part of this
 * builder's cost in profiles. A class, so the 61 points share one shape and one getter.
 */
class LazySplitPoint implements SplitPoint {
  readonly capShare: number;
  readonly y: number | null;
  readonly offScale: OffScale;
  readonly balance: NewResearchersBalance['kind'];
  readonly #ratio: NewResearchersBalance;
  readonly #newSafety: number;
  readonly #newCapabilities: number;
  #text: string | undefined;

  constructor(capShare: number, newSafety: number, newCapabilities: number) {
    const ratio = balanceOf(newSafety, newCapabilities);
    const { y, offScale } = balanceY(ratio);
    this.capShare = capShare;
    this.y = y;
    this.offScale = offScale;
    this.balance = ratio.kind;
    this.#ratio = ratio;
    this.#newSafety = newSafety;
    this.#newCapabilities = newCapabilities;
  }

  get display(): string {
    // A ratio says which side comes first; the named edge cases are not ratios.
    this.#text ??= balanceDisplay(
      this.#ratio,
      this.#newSafety,
      this.#newCapabilities,
      this.offScale,
    );
    return this.#text;
  }
}

function toPoint(capShare: number, newSafety: number, newCapabilities: number): SplitPoint {
  return new LazySplitPoint(capShare, newSafety, newCapabilities);
}

function pointAt(s: Scenario, m: SplitBasis, capShare: number): SplitPoint {
  const p = placementsPerPerson(s, sharesAtCapabilitiesShare(m, capShare));
  return toPoint(capShare, p.newSafety, p.newCapabilities);
}

// The thread's two lines are always drawn and labelled as the issue words them ("net-neutral
// 1:10"); the user's own line is added unless it coincides with one of them, in which case that
// line says it is also the user's.
function neutralLines(n: number): readonly NeutralLine[] {
  const userIsThreadLine = THREAD_NEUTRALS.some((t) => Math.abs(t - n) <= 1e-9);
  const lines: NeutralLine[] = THREAD_NEUTRALS.map((t) => ({
    id: t === 10 ? 'n10' : 'n100',
    n: t,
    y: 1 / t,
    label: `net-neutral 1:${t}${Math.abs(t - n) <= 1e-9 ? ' (yours)' : ''}`,
  }));
  if (!userIsThreadLine) {
    lines.push({
      id: 'user',
      n,
      y: clampToLogDomain(1 / n).y,
      label: `your net-neutral ${formatNeutral(n)}`,
    });
  }
  return lines;
}

export function buildNewResearchersSeries(s: Scenario): NewResearchersSeries {
  const m = splitBasis(s);
  const points: SplitPoint[] = [];
  // Points across 0–100 % (the model's grid, where the worker computes the 90 % band too), plus
  // the current split. Every point is evaluated per person of the cohort (placementsPerPerson),
  // whatever the scenario's cohort: ratios do not depend on it, and the output then depends only
  // on the inputs listed in same-inputs.ts.
  for (const share of SPLIT_SHARE_GRID) points.push(pointAt(s, m, share));
  let current: SplitPoint | null = null;
  let verdict: Verdict | null = null;
  // Null exactly when nobody is placed (m.hypothetical).
  const capShare = capabilitiesShareOfPlaced(s);
  if (capShare !== null) {
    // The scenario's own shares (not re-derived from the split), so the point matches the
    // headline figures; it replaces or joins the grid point at the same x.
    const p = placementsPerPerson(s);
    current = toPoint(capShare, p.newSafety, p.newCapabilities);
    verdict = verdictAt(s.neutral, p.newSafety, p.newCapabilities);
    const at = points.findIndex((point) => point.capShare >= capShare);
    if (at === -1) points.push(current);
    else points.splice(at, points[at]?.capShare === capShare ? 1 : 0, current);
  }
  const userY = clampToLogDomain(1 / s.neutral).y;
  const breakEven = breakEvenCapabilitiesShare(s, s.neutral);
  const notes = splitNotes(s, m.hypothetical, m.mixAssumed);
  const referencePoints = referencePointsFor(s);
  const placedShare = m.hypothetical ? null : m.placed;
  return {
    points,
    current,
    neutralLines: neutralLines(s.neutral),
    positiveRegion: [userY, LOG_DOMAIN_MAX],
    negativeRegion: [LOG_DOMAIN_MIN, userY],
    referencePoints,
    placedShare,
    xAxis: SHARE_AXIS,
    yAxis: SPLIT_AXIS,
    breakEvenShare: breakEven,
    text: [
      ...notes,
      describeCurrent(s, current, verdict, placedShare),
      describeBreakEven(s, breakEven, referencePoints),
    ]
      .filter((sentence) => sentence !== '')
      .join(' '),
  };
}

/** The plotted point of scenario `s` at a given share to capabilities (for comparison lines). */
export function splitPointAt(s: Scenario, capShare: number): SplitPoint {
  return pointAt(s, splitBasis(s), capShare);
}

/** Where scenario `s` itself sits on the chart: its own share to capabilities, or null if none. */
export function splitCurrentShare(s: Scenario): number | null {
  return capabilitiesShareOfPlaced(s);
}
