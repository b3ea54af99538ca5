/**
 * Shared frame for every chart: a titled <figure>, the chart at a fixed height and full width,
 * and the visible "In words" text alternative. The text is visible, not screen-reader-only,
 * because it is also the quickest way for anyone to read the exact current figures.
 */
import {
  memo,
  Suspense,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { scenarioLink } from '../../app/share-url';
import { usePlotTurn } from '../plot-turns';
import { ChartActions } from './chart-actions';
import { useChartLayout } from './chart-layout';
import type { FrameId } from './plot-frames';
// recharts and the frames load as a chunk of their own when the first plot is about to draw, so
// the page's first load does not carry them (plot-frames-loader.tsx).
import { FramedPlot } from './plot-frames-loader';
import { PlotPreview } from './plot-preview';
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
  /** Which recharts frame the plot draws in (plot-frames.tsx). */
  readonly frame: FrameId;
  /** HTML drawn over the plot (the hover readout). */
  readonly overlay?: ReactNode;
  /** The legend, under the plot. */
  readonly legend?: ReactNode;
  /** A short remark under the legend about what the plot shows (e.g. two lines coincide). */
  readonly note?: string;
  /**
   * With ranges, the Monte Carlo run whose 90 % bands the chart shows (`data-band-run`): the
   * bands come a little after the run's figures, and `npm run bench` waits for them.
   */
  readonly bandRun?: number | undefined;
}

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
  return `Source: Safety vs capabilities ratio explorer, ${scenarioLink()}`;
}

export function ChartFigure({
  title,
  text,
  height,
  sources,
  csv,
  frame,
  overlay,
  legend,
  note,
  bandRun,
}: ChartFigureProps) {
  const id = useId();
  const figureRef = useRef<HTMLElement>(null);
  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  // On page load the charts panel lets the plots draw one at a time (see ui/plot-turns.tsx).
  const turn = usePlotTurn();
  // Until the plot proper has drawn and been painted, its preview shows the data (plot-preview.tsx).
  // A plot that can draw at once (its chunk is there: later mounts, the tests) needs none.
  const [previewShown, setPreviewShown] = useState(() => !turn.ready);
  const { drawn: turnDrawn } = turn;
  const onDrawn = useCallback(() => {
    turnDrawn();
    // After the frame that paints the plot, so the two never leave the box empty between them.
    requestAnimationFrame(() => setTimeout(() => setPreviewShown(false), 0));
  }, [turnDrawn]);
  // The buttons get one stable function that builds the latest CSV, so they do not re-render
  // on every slider move.
  const csvRef = useRef(csv);
  useLayoutEffect(() => {
    csvRef.current = csv;
  }, [csv]);
  const latestCsv = useCallback(() => csvRef.current?.() ?? '', []);
  // In an embed the figure is the page's one chart under its h1 (see chart-layout.ts).
  const embed = useChartLayout() === 'embed';
  const Heading = embed ? 'h2' : 'h3';
  const about = (
    <>
      {note !== undefined && <p className="chart-figure__note">{note}</p>}
      <p id={textId} className="chart-figure__text" data-export="exclude">
        <strong>In words:</strong> {text}
      </p>
      {sources !== undefined && sources.length > 0 && (
        <ChartSources title={title} sources={sources} />
      )}
    </>
  );
  return (
    <figure
      ref={figureRef}
      className={embed ? 'chart-figure chart-figure--embed' : 'chart-figure'}
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-band-run={bandRun}
    >
      <Heading id={titleId} className="chart-figure__title">
        {title}
      </Heading>
      <div className="chart-figure__plot" style={embed ? undefined : { height }}>
        {previewShown && !embed && <PlotPreview height={height} frame={frame} />}
        {turn.ready && (
          <Suspense fallback={null}>
            <FramedPlot frame={frame} height={embed ? '100%' : height} onDrawn={onDrawn} />
          </Suspense>
        )}
        {turn.ready && overlay}
      </div>
      {legend}
      {embed ? (
        <details className="chart-figure__about">
          <summary>
            {sources !== undefined && sources.length > 0 ? 'In words and sources' : 'In words'}
          </summary>
          <div className="chart-figure__about-body">{about}</div>
        </details>
      ) : (
        about
      )}
      {csv !== undefined && !embed && (
        <ChartActions
          title={title}
          figureRef={figureRef}
          frame={frame}
          csv={latestCsv}
          sourceLine={sourceLine}
        />
      )}
    </figure>
  );
}
