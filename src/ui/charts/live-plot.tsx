/**
 * The part of a chart that moves with the sliders: grid, tick labels, data lines, shaded bands,
 * reference rules, markers and the hover readout, drawn as plain SVG inside the recharts chart.
 *
 * Why: a recharts 3 redraw costs 10–30 ms of main-thread work per chart on the benchmark machine
 * (`npm run bench`), most of it recharts' internal store re-running its selectors and notifying
 * every part of the chart; changing an axis domain costs as much as changing the data. The
 * explorer's budget is 8 ms per slider input for all three charts. So recharts draws a frame
 * that never changes after mount (responsive size, margins, axis lines and titles: see each
 * chart's CHART element), and this layer draws everything that depends on the scenario from the
 * plot box recharts laid out (`usePlotArea`) and the data builders' own axes (axis.ts, d3-scale).
 * It reads its values from context, so only it re-renders on a slider move, for well under a
 * millisecond per chart. Everything lands in the same <svg>, so exported pictures include it.
 */
import { useMemo, type ReactElement } from 'react';
import { usePlotArea } from 'recharts';
import { LiveLayer } from './live-layer';

export type {
  LiveArea,
  LiveBand,
  LiveBar,
  LiveLine,
  LiveMarker,
  LivePlotData,
  LiveRule,
  ReadoutPosition,
  RuleLabelPlacement,
} from './live-plot-context';

/**
 * Renders inside a recharts chart and draws the current LivePlotContext values in the plot box
 * recharts laid out. Renders nothing until recharts has laid out the plot.
 */
export function LivePlot(): ReactElement | null {
  const plot = usePlotArea();
  const left = plot?.x ?? 0;
  const top = plot?.y ?? 0;
  const width = plot?.width ?? 0;
  const height = plot?.height ?? 0;
  const box = useMemo(() => ({ x: left, y: top, width, height }), [left, top, width, height]);
  if (width <= 0 || height <= 0) return null;
  return <LiveLayer box={box} />;
}
