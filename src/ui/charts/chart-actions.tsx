/**
 * Download buttons under a chart: the picture as PNG or SVG, and its series as CSV. Each button's
 * accessible name says what it does; the visible text is the format, which the name contains.
 *
 * A picture is drawn from a copy of the chart made for it (chart-export-plot.tsx) at the fixed
 * export size; the export code is loaded on the first picture download (chart-export.ts).
 */
import { memo, useRef, useState, type RefObject } from 'react';
import { chartsCurrent } from '../../app/current-uncertainty';
import { retryingImport } from '../../app/retry-import';
import { downloadText, downloadUrl, fileSlug } from '../download';
// A type only: the export module itself is loaded on the first picture download.
import type { ChartImageFormat } from './chart-export';
import { ExportPlot, type ExportPlotJob } from './chart-export-plot';
import type { FrameId } from './plot-frames';

// The picture export's code loads with the first "Save"; after a failure the next click asks at
// a new address (app/retry-import.ts).
const importExporter = retryingImport(() => import('./chart-export'));

interface ChartActionsProps {
  readonly title: string;
  readonly figureRef: RefObject<HTMLElement | null>;
  /** The chart's recharts frame (plot-frames.tsx), drawn again at the picture's size. */
  readonly frame?: FrameId;
  /** Builds the chart's CSV on demand (only when someone downloads it). */
  readonly csv: () => string;
  /** "Source: … <link>", added under the picture. */
  readonly sourceLine: () => string;
}

function ChartActionsComponent({ title, figureRef, frame, csv, sourceLine }: ChartActionsProps) {
  const [status, setStatus] = useState('');
  const [job, setJob] = useState<ExportPlotJob | null>(null);
  const busy = useRef(false);
  const slug = fileSlug(title);

  const saveImage = async (format: ChartImageFormat) => {
    if (!figureRef.current || frame === undefined || busy.current) return;
    busy.current = true;
    const name = format.toUpperCase();
    setStatus(`Preparing the ${name}…`);
    let host: HTMLElement | null = null;
    try {
      // With ranges the chart's bands may be a step behind its lines: wait for this scenario's
      // bands and the frame that draws them, so the picture's bands belong to its lines.
      const [exporter] = await Promise.all([importExporter(), chartsCurrent()]);
      await new Promise((drawn) => requestAnimationFrame(drawn));
      const figure = figureRef.current;
      if (!figure) throw new Error('The chart is gone.');
      const palette = exporter.exportPalette('light');
      const content = exporter.exportContent(figure, title, sourceLine(), palette);
      const layout = exporter.layoutExport(content);
      const { width, height } = layout.plot;
      const drawIn = exporter.createExportHost(palette, width, height);
      host = drawIn;
      const plot = await new Promise<SVGSVGElement | null>((done) => {
        setJob({ host: drawIn, width, height, done });
      });
      if (plot === null) throw new Error('The chart was not drawn.');
      const svg = exporter.chartSvgText(layout, plot, palette, title);
      if (format === 'svg') downloadText(`${slug}.svg`, svg, 'image/svg+xml;charset=utf-8');
      else downloadUrl(`${slug}.png`, await exporter.svgToPng(svg, layout));
      setStatus(`Saved ${slug}.${format}.`);
    } catch {
      setStatus(`Could not draw the ${name} in this browser.`);
    } finally {
      setJob(null);
      host?.remove();
      busy.current = false;
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
      {job !== null && frame !== undefined && <ExportPlot job={job} frame={frame} />}
    </div>
  );
}

/** Memoised: its props are stable (see ChartFigure), so a slider move skips it. */
export const ChartActions = memo(ChartActionsComponent);
