/**
 * The chart drawn once more, off screen, at the size of the exported picture's plot box, for
 * the export to copy (chart-export.ts). Drawing it again rather than copying the on-screen plot
 * keeps every text at the chart's own font size: a phone's plot is narrow, and stretching it to
 * a landscape picture would blow its labels up. It renders the chart's recharts frame with a
 * fixed width and height; the live layer inside reads the same context as the on-screen one, so
 * it draws the same scenario, comparison and reference points.
 */
import { Suspense, useEffect, useRef, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import type { FrameId } from './plot-frames';
// The same chunk as the on-screen plot's (chart-figure.tsx), loaded by then.
import { FixedPlot } from './plot-frames-loader';

export interface ExportPlotJob {
  /** The off-screen element to draw in (createExportHost). */
  readonly host: HTMLElement;
  readonly width: number;
  readonly height: number;
  /** Called once with the drawn chart's <svg>, or null if it was not drawn in time. */
  readonly done: (svg: SVGSVGElement | null) => void;
}

/** Checks for the drawn live layer every frame-ish, for up to about three seconds. */
const POLL_MS = 16;
const MAX_POLLS = 180;

export function ExportPlot({
  job,
  frame,
}: {
  readonly job: ExportPlotJob;
  readonly frame: FrameId;
}): ReactElement | null {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let polls = 0;
    let seen = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const svg = ref.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
      // The live layer draws once recharts has laid out the plot box; wait one more turn after
      // it appears, so recharts' last layout pass (axis titles) has landed too.
      if (svg?.querySelector('.chart-live') != null) {
        if (seen) {
          job.done(svg);
          return;
        }
        seen = true;
      }
      polls += 1;
      if (polls > MAX_POLLS) {
        job.done(null);
        return;
      }
      timer = setTimeout(check, POLL_MS);
    };
    timer = setTimeout(check, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);
  return createPortal(
    // The plot's own class, so the copy gets the on-screen chart's font size.
    <div ref={ref} className="chart-figure__plot" style={{ height: job.height }}>
      <Suspense fallback={null}>
        <FixedPlot frame={frame} width={job.width} height={job.height} />
      </Suspense>
    </div>,
    job.host,
  );
}
