/**
 * Loads plot-frames.tsx (recharts and the charts' frames) as a chunk of its own, the first time
 * a plot is about to draw, and renders a plot from it. Once loaded, plots render at once: no
 * Suspense round trip, so a plot never remounts and the component tests (which load it in
 * tests/setup.ts) see the plot in the first render. A chunk that fails to arrive surfaces in the
 * chart's error boundary, whose "Try again" fetches it again.
 */
import { memo, use, type ReactNode } from 'react';
import { retryingImport } from '../../app/retry-import';
import type { FrameId } from './plot-frames';

type PlotFrames = typeof import('./plot-frames');

let frames: PlotFrames | null = null;
let loading: Promise<PlotFrames> | null = null;
// After a failure, the next try asks at a new address (app/retry-import.ts).
const importFrames = retryingImport(() => import('./plot-frames'));

export function loadPlotFrames(): Promise<PlotFrames> {
  loading ??= importFrames().then(
    (module) => (frames = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The chart's frame at the width of its box (see plot-frames.tsx). Memoised: its props never
 * change with the sliders, and the figure around it re-renders on every step (its "In words"
 * text), so without this the responsive container re-rendered twice per step for nothing. The
 * live layer inside still follows each step, through its context.
 */
export const FramedPlot = memo(function FramedPlot(props: {
  readonly frame: FrameId;
  readonly height: number | '100%';
  readonly onDrawn: () => void;
}): ReactNode {
  const loaded = frames ?? use(loadPlotFrames());
  return loaded.FramedPlot(props);
});

/** The chart's frame at a fixed size, for an exported picture. */
export function FixedPlot(props: {
  readonly frame: FrameId;
  readonly width: number;
  readonly height: number;
}): ReactNode {
  const loaded = frames ?? use(loadPlotFrames());
  return loaded.FixedPlot(props);
}
