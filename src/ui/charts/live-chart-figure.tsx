/**
 * A chart figure with a live layer: the wiring the three charts share. It holds the readout
 * state, completes the chart's live values with the readout callbacks and its keyboard label,
 * provides them to the live layer inside `frame`, and lays out the figure with the HTML legend
 * and the readout box.
 */
import { useMemo, type ReactElement } from 'react';
import { ChartFigure, type ChartSourceNote } from './chart-figure';
import { ChartLegend, type LegendEntry } from './chart-legend';
import { readoutText, useReadout, type ReadoutContent } from './chart-readout';
import { LivePlotContext, type LivePlotData } from './live-plot-context';
import type { FrameId } from './plot-frames';

/** What a chart draws; the figure adds the readout wiring. */
export type LiveValues = Omit<LivePlotData, 'onReadout' | 'describeSample' | 'label'>;

interface LiveChartFigureProps {
  readonly title: string;
  /** The "In words" text. */
  readonly text: string;
  readonly height: number;
  readonly sources?: readonly ChartSourceNote[];
  readonly csv: () => string;
  readonly note?: string;
  /** Which recharts frame the plot draws in (plot-frames.tsx, loaded with recharts). */
  readonly frame: FrameId;
  readonly legend: readonly LegendEntry[];
  readonly values: LiveValues;
  /** The values at one sample, for the readout box and the keyboard control. */
  readonly describe: (index: number) => ReadoutContent | null;
  /** Names the plot's keyboard control: "Values along the … chart". */
  readonly keyboardLabel: string;
  /** With ranges, the Monte Carlo run whose bands the chart shows (chart-figure.tsx). */
  readonly bandRun?: number | undefined;
}

export function LiveChartFigure({
  frame,
  legend,
  values,
  describe,
  keyboardLabel,
  ...figure
}: LiveChartFigureProps): ReactElement {
  const [readout, onReadout] = useReadout(describe);
  const live = useMemo(
    (): LivePlotData => ({
      ...values,
      onReadout,
      describeSample: (index) => readoutText(describe(index)),
      label: keyboardLabel,
    }),
    [values, onReadout, describe, keyboardLabel],
  );
  // The provider sits outside the figure, so the figure's plot keeps the same children and only
  // the live layer re-renders.
  return (
    <LivePlotContext.Provider value={live}>
      <ChartFigure
        {...figure}
        frame={frame}
        overlay={readout}
        legend={<ChartLegend entries={legend} />}
      />
    </LivePlotContext.Provider>
  );
}
