/**
 * Shared frame for every chart: a titled <figure>, the chart at a fixed height and full width,
 * and the visible "In words" text alternative. The text is visible, not screen-reader-only,
 * because it is also the quickest way for anyone to read the exact current figures.
 */
import { memo, useCallback, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { PlotDrawn, usePlotTurn } from '../plot-turns';
import { ChartActions } from './chart-actions';
import './charts.css';

export interface ChartSourceNote {
  /** What the source supports, e.g. the reference point's label. */
  readonly label: string;
  readonly title: string;
  readonly url: string;
  readonly caveat?: string;
}

interface ChartFigureProps {
  readonly title: string;
  /** Plain-English description of the current values. */
  readonly text: string;
  /** Plot height in pixels; the width follows the page. */
  readonly height: number;
  readonly sources?: readonly ChartSourceNote[];
  /** The chart's series as CSV, built when someone downloads it; no download buttons without. */
  readonly csv?: () => string;
  /**
   * One recharts chart element. Pass the same element object while the chart's frame is
   * unchanged: the plot then skips re-rendering when only the text or the live layer changes.
   */
  readonly children: ReactNode;
  /** HTML drawn over the plot (the hover readout). */
  readonly overlay?: ReactNode;
  /** The legend, under the plot. */
  readonly legend?: ReactNode;
  /** A short remark under the legend about what the plot shows (e.g. two lines coincide). */
  readonly note?: string;
}

interface PlotProps {
  readonly height: number;
  readonly onDrawn: () => void;
  readonly children: ReactNode;
}

/** The responsive chart; memoised so a new "In words" text does not redraw recharts. */
const Plot = memo(function Plot({ height, onDrawn, children }: PlotProps) {
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      {children}
      <PlotDrawn onDrawn={onDrawn} />
    </ResponsiveContainer>
  );
});

/** The sources of a chart's published data points; they never change, so it is memoised. */
const ChartSources = memo(function ChartSources({
  title,
  sources,
}: {
  readonly title: string;
  readonly sources: readonly ChartSourceNote[];
}) {
  return (
    <ul className="chart-figure__sources" aria-label={`Sources for “${title}”`}>
      {sources.map((source) => (
        <li key={source.label}>
          {source.label}: <a href={source.url}>{source.title}</a>
          {source.caveat !== undefined && (
            <span className="chart-figure__caveat"> ({source.caveat})</span>
          )}
        </li>
      ))}
    </ul>
  );
});

// The link in the address bar is the scenario (the URL sync keeps it current).
function sourceLine(): string {
  return `Source: Safety vs capabilities ratio explorer, ${window.location.href}`;
}

export function ChartFigure({
  title,
  text,
  height,
  sources,
  csv,
  children,
  overlay,
  legend,
  note,
}: ChartFigureProps) {
  const id = useId();
  const figureRef = useRef<HTMLElement>(null);
  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  // On page load the charts panel lets the plots draw one at a time (see ui/plot-turns.tsx).
  const turn = usePlotTurn();
  // The buttons get one stable function that builds the latest CSV, so they do not re-render
  // on every slider move.
  const csvRef = useRef(csv);
  useLayoutEffect(() => {
    csvRef.current = csv;
  }, [csv]);
  const latestCsv = useCallback(() => csvRef.current?.() ?? '', []);
  return (
    <figure
      ref={figureRef}
      className="chart-figure"
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <h3 id={titleId} className="chart-figure__title">
        {title}
      </h3>
      <div className="chart-figure__plot" style={{ height }}>
        {turn.ready && (
          <Plot height={height} onDrawn={turn.drawn}>
            {children}
          </Plot>
        )}
        {turn.ready && overlay}
      </div>
      {legend}
      {note !== undefined && <p className="chart-figure__note">{note}</p>}
      <p id={textId} className="chart-figure__text" data-export="exclude">
        <strong>In words:</strong> {text}
      </p>
      {sources !== undefined && sources.length > 0 && (
        <ChartSources title={title} sources={sources} />
      )}
      {csv !== undefined && (
        <ChartActions title={title} figureRef={figureRef} csv={latestCsv} sourceLine={sourceLine} />
      )}
    </figure>
  );
}
