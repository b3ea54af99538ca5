/**
 * Reference elements that skip re-rendering when their props are unchanged.
 *
 * Recharts 3 re-registers a ReferenceLine, ReferenceArea or ReferenceDot in its store on every
 * render (an effect without dependencies that removes and re-adds it), and each registration
 * re-runs the chart's selectors: about half of a redraw's time in profiles. Most reference
 * elements here (net-neutral lines, shaded regions, published data points) do not change while
 * a slider moves, so memoising them, with stable props, avoids that work.
 */
import { memo } from 'react';
import { ReferenceArea, ReferenceDot, ReferenceLine } from 'recharts';

export const StableReferenceLine = memo(ReferenceLine);
export const StableReferenceArea = memo(ReferenceArea);
export const StableReferenceDot = memo(ReferenceDot);
