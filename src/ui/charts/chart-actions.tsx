/**
 * Download buttons under a chart: the picture as PNG or SVG, and its series as CSV. Each button's
 * accessible name says what it does; the visible text is the format, which the name contains.
 */
import { memo, useState, type RefObject } from 'react';
import { downloadText, downloadUrl, fileSlug } from '../download';
import { renderChartImage, type ChartImageFormat } from './chart-export';

interface ChartActionsProps {
  readonly title: string;
  readonly figureRef: RefObject<HTMLElement | null>;
  /** Builds the chart's CSV on demand (only when someone downloads it). */
  readonly csv: () => string;
  /** "Source: … <link>", added under the picture. */
  readonly sourceLine: () => string;
}

function ChartActionsComponent({ title, figureRef, csv, sourceLine }: ChartActionsProps) {
  const [status, setStatus] = useState('');
  const slug = fileSlug(title);

  const saveImage = async (format: ChartImageFormat) => {
    const figure = figureRef.current;
    if (!figure) return;
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      const url = await renderChartImage(figure, format, sourceLine());
      downloadUrl(`${slug}.${format}`, url);
      setStatus(`Saved ${slug}.${format}.`);
    } catch {
      setStatus(`Could not draw the ${format.toUpperCase()} in this browser.`);
    }
  };

  return (
    <div className="chart-actions" data-export="exclude">
      <button
        type="button"
        className="button button--small"
        aria-label="Download chart as PNG"
        onClick={() => void saveImage('png')}
      >
        PNG
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label="Download chart as SVG"
        onClick={() => void saveImage('svg')}
      >
        SVG
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label="Download chart data as CSV"
        onClick={() => {
          downloadText(`${slug}.csv`, csv(), 'text/csv;charset=utf-8');
          setStatus(`Saved ${slug}.csv.`);
        }}
      >
        CSV
      </button>
      <span className="chart-actions__status" role="status">
        {status}
      </span>
    </div>
  );
}

/** Memoised: its props are stable (see ChartFigure), so a slider move skips it. */
export const ChartActions = memo(ChartActionsComponent);
