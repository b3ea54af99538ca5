/**
 * Where the range parts (range-parts.ts, a chunk loaded with the first range) sit in the page,
 * and what holds their place while the chunk is on its way: a box of the same height, so the
 * rows under a range and the figures beside the controls do not move when it arrives.
 *
 * A slider row's ends (`RangeFieldsSlot`) throw a chunk that could not load to the row's section
 * boundary (slider-field.tsx), whose "Try again" fetches it again (`retryRangeParts`).
 */
import { memo } from 'react';
import type { InputKey } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { selectHasRanges } from '../store/selectors';
import { useRangeParts } from './range-parts-loader';
import { useScenario } from '../store/use-store-while';

export const SAMPLING_HINT =
  'Each range is a 90 % interval. The figures come from seeded random samples: the same seed gives the same figures on every machine.';

interface RangeFieldsSlotProps {
  readonly inputKey: InputKey;
  readonly range: InputRange;
  readonly labelledBy: string;
  readonly describedBy: string;
}

/** The range's two ends and its words (range-fields.tsx), once their code is here. */
export function RangeFieldsSlot(props: RangeFieldsSlotProps) {
  const loader = useRangeParts();
  if (loader.status === 'failed') throw loader.error;
  if (loader.status === 'ready') return <loader.parts.RangeFields {...props} />;
  return <div className="range-fields range-fields--pending" aria-busy="true" />;
}

/** The Sampling group at the foot of the controls, while any input is a range. */
function SamplingControlsComponent() {
  const hasRanges = useScenario(selectHasRanges);
  const loader = useRangeParts();
  if (!hasRanges) return null;
  if (loader.status === 'ready') return <loader.parts.SamplingGroup />;
  // The group's frame and words, its controls' row kept empty. A chunk that failed is reported
  // in the rows with a range (the Sampling group has nothing to do without their ends).
  return (
    <fieldset className="controls__group sampling" aria-busy="true">
      <legend>Sampling</legend>
      <p className="controls__hint">{SAMPLING_HINT}</p>
      <div className="sampling__row sampling__row--pending" />
    </fieldset>
  );
}

export const SamplingControls = memo(SamplingControlsComponent);
