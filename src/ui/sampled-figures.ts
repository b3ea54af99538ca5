/**
 * What each headline figure shows when some input is a range (issue 11): the samples' median as
 * the value and its 90 % interval on the line under it, from the page's Monte Carlo summary.
 * Before the first summary arrives each figure keeps its point value and its interval line reads
 * "90 %: sampling…", so the figures take their final height at once; after a failed run they are
 * the point values, as without ranges.
 *
 * One of the range parts (range-parts.ts), loaded with the first range; until it is here the
 * headline shows the "sampling…" figures of sampled-pending.ts.
 */
import type { UncertaintyState } from '../app/uncertainty-runs';
import type { UncertaintySummary } from '../model/uncertainty';
import {
  sampledBreakEven,
  sampledBreakEvenDetail,
  sampledCapabilitiesPer100Safety,
  sampledFieldRatio,
  sampledNetImpact,
  sampledNewResearchersRatio,
  sampledVerdict,
} from '../format/uncertainty-format';
import { yourNInRun } from '../format/your-n-in-run';
import { PENDING_FIGURES, type SampledFigures } from './sampled-pending';
import type { VerdictRow } from './verdict-rows';

export type { SampledFigure, SampledFigures } from './sampled-pending';

function fromSummary(summary: UncertaintySummary): SampledFigures {
  const { figures } = summary;
  const yourN = yourNInRun(summary);
  const impactOf = (row: VerdictRow) =>
    row.name === '1:10'
      ? figures.netImpactAt10
      : row.name === '1:100'
        ? figures.netImpactAt100
        : figures.netImpactAtUser;
  const text = (t: { median: string; interval: string }) => ({
    value: t.median,
    interval: t.interval,
  });
  return {
    fieldNow: {
      ...text(sampledFieldRatio(figures.fieldRatioNow)),
      detail: 'capabilities : safety',
    },
    fieldAfter: {
      ...text(sampledFieldRatio(figures.fieldRatioAfter)),
      detail: 'capabilities : safety',
    },
    fieldWithout: {
      ...text(sampledFieldRatio(figures.fieldRatioWithout)),
      // The point detail's headcounts are one scenario's; the samples' are many.
      detail: 'capabilities : safety, with only the alumni who would have entered anyway',
    },
    balance: {
      ...text(sampledNewResearchersRatio(figures.breakEvenRatio)),
      detail: 'safety : capabilities',
      // R = capabilities ÷ safety: 0 is "all capabilities", +∞ "all safety" (uncertainty-format.ts).
      isRatio: figures.breakEvenRatio.median > 0 && Number.isFinite(figures.breakEvenRatio.median),
    },
    per100: text(sampledCapabilitiesPer100Safety(figures.capabilitiesPer100Safety)),
    breakEven: {
      ...text(sampledBreakEven(figures.breakEvenRatio)),
      detail: sampledBreakEvenDetail(summary.edgeCounts, summary.samples),
    },
    verdict: (row) => {
      const verdict = sampledVerdict(impactOf(row));
      return { ...text(verdict), outcome: verdict.outcome };
    },
    netImpact: (row) => text(sampledNetImpact(impactOf(row))),
    ...(yourN.kind === 'range'
      ? { yourRange: `your range ${yourN.rangeText}` }
      : yourN.kind === 'from each field'
        ? { yourRange: "your N from each sample's own field" }
        : {}),
  };
}

// One object per summary, so a re-render without a new summary passes the figures the same texts.
const cache = new WeakMap<UncertaintySummary, SampledFigures>();

/** The figures' sampled texts for this state, or null when they show their point values. */
export function sampledFigures(state: UncertaintyState): SampledFigures | null {
  if (state.status === 'running') return PENDING_FIGURES;
  if (state.status !== 'ready') return null;
  let figures = cache.get(state.summary);
  if (!figures) {
    figures = fromSummary(state.summary);
    cache.set(state.summary, figures);
  }
  return figures;
}
