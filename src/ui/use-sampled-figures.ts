/**
 * The headline's sampled texts (issue 11), shared by the figure cards (headline-figures.tsx) and
 * the phone's summary bar (sticky-summary.tsx), so the two never show different numbers: with
 * ranges both show the samples' medians and 90 % intervals once a run has answered, and the point
 * values before that.
 */
import type { UncertaintyState } from '../app/uncertainty-runs';
import { useRangeParts, type RangePartsState } from './range-parts-loader';
import { PENDING_FIGURES, type SampledFigures } from './sampled-pending';
import { useUncertainty } from './use-uncertainty';

/**
 * The figures' medians and intervals: written by sampled-figures.ts, whose code comes with the
 * first range (range-parts-loader.ts); until it is here each figure reads "90 %: sampling…" as
 * before a first run, and if it cannot load, the point values, as after a failed run. Null
 * without ranges.
 */
export function sampledOf(
  uncertainty: UncertaintyState,
  loader: RangePartsState,
): SampledFigures | null {
  if (loader.status === 'ready') return loader.parts.sampledFigures(uncertainty);
  if (loader.status === 'failed') return null;
  return uncertainty.status === 'running' || uncertainty.status === 'ready'
    ? PENDING_FIGURES
    : null;
}

export interface HeadlineSamples {
  readonly uncertainty: UncertaintyState;
  readonly sampled: SampledFigures | null;
  /** A run for the scenario as it is now is still going: the figures are a step behind. */
  readonly updating: boolean;
}

export function useSampledFigures(): HeadlineSamples {
  const uncertainty = useUncertainty();
  const sampled = sampledOf(uncertainty, useRangeParts());
  const updating =
    uncertainty.status === 'running' || (uncertainty.status === 'ready' && !uncertainty.current);
  return { uncertainty, sampled, updating };
}
