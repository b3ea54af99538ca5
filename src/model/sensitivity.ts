/**
 * Sensitivity, the tornado chart (docs/model.md, "Ranges and sampling"): which range decides the
 * verdict. Every ranged input is held at its distribution's median and every other input at its
 * point value; then each ranged input alone moves to its low end (the 5th percentile) and to its
 * high end (the 95th), and net impact at your ratio is computed at both. The bars are sorted by
 * swing, largest first; a bar crosses zero when one end is net positive and the other net
 * negative, i.e. that input alone flips the verdict.
 *
 * Deterministic (no sampling), and each evaluation is one ordinary scenario through the headline's
 * formulas, with the per-sample share rule.
 */
import { netImpactAt, placementsOf, type VerdictOutcome } from './calculate';
import { fitRange, quantileAtZ } from './distributions';
import { INPUT_KEYS, type InputKey, type MutableScenario, type Scenario } from './inputs';
import { fitSharesInPlace } from './monte-carlo';
import type { ScenarioRanges } from './ranges';
import { isRangeInUse } from './ranges-in-use';
import { effectiveNeutral } from './years';
import { causedInto, type Caused, type YearsEnd } from './years-end';

export interface SensitivityBar {
  readonly key: InputKey;
  /** The input's value at each end of the bar: its range's low and high ends. */
  readonly low: number;
  readonly high: number;
  /** Net impact at your ratio with the input at its low end and at its high end. */
  readonly netImpactAtLow: number;
  readonly netImpactAtHigh: number;
  readonly outcomeAtLow: VerdictOutcome;
  readonly outcomeAtHigh: VerdictOutcome;
  /** |netImpactAtHigh − netImpactAtLow|: the bars are sorted by it, largest first. */
  readonly swing: number;
  /** One end net positive, the other net negative: this input alone flips the verdict. */
  readonly flips: boolean;
}

export interface Sensitivity {
  /** Net impact at your ratio with every ranged input at its median: where every bar meets. */
  readonly base: number;
  readonly baseOutcome: VerdictOutcome;
  readonly bars: readonly SensitivityBar[];
}

function outcomeOf(netImpact: number): VerdictOutcome {
  return netImpact > 0 ? 'net-positive' : netImpact < 0 ? 'net-negative' : 'net-neutral';
}

/** Net impact at the scenario's own N in use, after the share rule. */
function netImpactAtOwnN(values: Scenario): number {
  const shares = {
    cohort: values.cohort,
    toSafety: values.toSafety,
    toIndep: values.toIndep,
    toCap: values.toCap,
  };
  fitSharesInPlace(shares);
  const placed = placementsOf(values, shares);
  // Over the years (./years.ts), as the headline and the sampler: what the program caused, at
  // the N in use.
  const caused = causedInto(values, placed, END, CAUSED);
  return netImpactAt(effectiveNeutral(values), caused.safety, caused.capabilities);
}

const END: YearsEnd = {
  baseCapabilities: 0,
  baseSafety: 0,
  alumniSafety: 0,
  alumniCapabilities: 0,
};
const CAUSED: Caused = { safety: 0, capabilities: 0 };

export function sensitivityOf(scenario: Scenario, ranges: ScenarioRanges): Sensitivity {
  const fits = INPUT_KEYS.flatMap((key) => {
    const range = ranges[key];
    // A dormant range (./ranges-in-use.ts) moves nothing, so it gets no bar.
    return range && isRangeInUse(key, scenario) ? [fitRange(key, range, scenario[key])] : [];
  });
  const medians: MutableScenario = { ...scenario };
  for (const fit of fits) medians[fit.key] = quantileAtZ(fit, 0);
  const base = netImpactAtOwnN(medians);
  const bars = fits.map((fit): SensitivityBar => {
    const netImpactAtLow = netImpactAtOwnN({ ...medians, [fit.key]: fit.lo });
    const netImpactAtHigh = netImpactAtOwnN({ ...medians, [fit.key]: fit.hi });
    const outcomeAtLow = outcomeOf(netImpactAtLow);
    const outcomeAtHigh = outcomeOf(netImpactAtHigh);
    return {
      key: fit.key,
      low: fit.lo,
      high: fit.hi,
      netImpactAtLow,
      netImpactAtHigh,
      outcomeAtLow,
      outcomeAtHigh,
      swing: Math.abs(netImpactAtHigh - netImpactAtLow),
      flips:
        Math.min(netImpactAtLow, netImpactAtHigh) < 0 &&
        Math.max(netImpactAtLow, netImpactAtHigh) > 0,
    };
  });
  // Stable sort: equal swings keep the inputs' display order.
  bars.sort((a, b) => b.swing - a.swing);
  return { base, baseOutcome: outcomeOf(base), bars };
}
