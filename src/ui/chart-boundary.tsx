/**
 * A chart's error boundary: if the chart throws, its place shows a figure with the chart's title
 * and a plain message instead, and the other charts, the figures and the controls keep working.
 *
 * The chart is tried again whenever the scenario store changes (a fault often holds for some
 * inputs only, so moving a slider to a scenario that draws brings the chart back without a
 * click), but not while the chart is far from the viewport: it catches up as it nears, as a
 * paused chart does, so a broken chart costs nothing while it is out of sight. A healthy
 * boundary does not follow the store at all (error-boundary.tsx), so a slider step never
 * re-renders it: the chart inside reads the store itself (chart-from-store.tsx).
 */
import { useEffect, useId, type ReactNode } from 'react';
import { useChartLayout } from './charts/chart-layout';
import { ErrorBoundary, type Fault } from './error-boundary';
import { EMBED_STILL_WORKS, FaultMessage, PAGE_STILL_WORKS } from './fault-message';
import { usePlotTurn } from './plot-turns';
import { SectionLoadError } from './retryable-lazy';

function ChartFault({ title, fault }: { readonly title: string; readonly fault: Fault }) {
  const id = useId();
  const embed = useChartLayout() === 'embed';
  const Heading = embed ? 'h2' : 'h3';
  // The charts after this one draw only once this one has (plot-turns.tsx): pass the turn on.
  const turn = usePlotTurn();
  useEffect(() => {
    if (turn.ready) turn.drawn();
  }, [turn]);
  return (
    <figure
      className={embed ? 'chart-figure chart-figure--embed' : 'chart-figure'}
      aria-labelledby={id}
    >
      <Heading id={id} className="chart-figure__title">
        {title}
      </Heading>
      <FaultMessage
        what={
          fault.error instanceof SectionLoadError
            ? 'This chart could not load.'
            : 'This chart could not be drawn.'
        }
        hint={embed ? EMBED_STILL_WORKS : PAGE_STILL_WORKS}
        fault={fault}
      />
    </figure>
  );
}

interface ChartBoundaryProps {
  /** The chart's title: the message keeps it, so the reader knows which chart failed. */
  readonly title: string;
  /** Far from the viewport: no retry until it nears. */
  readonly paused?: boolean;
  /** A chart whose code loads apart (retryable-lazy.ts): fetches it again before a retry. */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

export function ChartBoundary({ title, paused, onRetry, children }: ChartBoundaryProps) {
  return (
    <ErrorBoundary
      part={`The chart “${title}”`}
      resetOnStoreChange
      paused={paused}
      onRetry={onRetry}
      fallback={(fault) => <ChartFault title={title} fault={fault} />}
    >
      {children}
    </ErrorBoundary>
  );
}
