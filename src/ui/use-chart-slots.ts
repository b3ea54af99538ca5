/**
 * The slots of a chart panel: for each chart, the ref of the block that holds it, whether it is
 * near the viewport and its plot's turn. Every chart panel (charts-panel.tsx,
 * years-charts-panel.tsx, uncertainty-charts-panel.tsx) lays its charts out the same way:
 *
 *   <PlotTurnContext.Provider key={title} value={turn}>
 *     <div ref={ref}>…the chart, paused while !near…</div>
 *   </PlotTurnContext.Provider>
 *
 * The block is plain, so the figures lay out as without it; it is what the panel observes
 * (use-near-viewport.ts). A chart far from the viewport is paused and keeps its last drawing;
 * plots draw one after another, each once it first comes near (plot-turns.tsx).
 */
import type { RefCallback } from 'react';
import { usePlotTurns, type PlotTurn } from './plot-turns';
import { useNearViewports } from './use-near-viewport';

export interface ChartSlot<C> {
  /** The panel's entry for this chart, as given. */
  readonly chart: C;
  /** For the block that holds the chart. */
  readonly ref: RefCallback<HTMLDivElement>;
  /** Near the viewport (or printing): the chart follows the page; otherwise it is paused. */
  readonly near: boolean;
  /** The plot's turn, for PlotTurnContext. */
  readonly turn: PlotTurn;
}

const noRef: RefCallback<HTMLDivElement> = () => undefined;

/**
 * One slot per entry of `charts`, in page order (the order the plots draw in). `charts` is the
 * panel's module-level list: its length must not change between renders.
 */
export function useChartSlots<C>(charts: readonly C[]): readonly ChartSlot<C>[] {
  const [refs, near, measured] = useNearViewports<HTMLDivElement>(charts.length);
  const turn = usePlotTurns(near, measured);
  return charts.map((chart, index) => ({
    chart,
    ref: refs[index] ?? noRef,
    near: near[index] ?? true,
    turn: turn(index),
  }));
}
