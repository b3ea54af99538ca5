/**
 * Shared frame for every chart: a titled <figure>, the chart at a fixed height and full width,
 * and the visible "In words" text alternative. The text is visible, not screen-reader-only,
 * because it is also the quickest way for anyone to read the exact current figures.
 */
import { useId, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
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
  /** One recharts chart element. */
  readonly children: ReactNode;
}

export function ChartFigure({ title, text, height, sources, children }: ChartFigureProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  return (
    <figure className="chart-figure" aria-labelledby={titleId} aria-describedby={textId}>
      <h3 id={titleId} className="chart-figure__title">
        {title}
      </h3>
      <div className="chart-figure__plot" style={{ height }}>
        <ResponsiveContainer width="100%" height={height} minWidth={0}>
          {children}
        </ResponsiveContainer>
      </div>
      <p id={textId} className="chart-figure__text">
        <strong>In words:</strong> {text}
      </p>
      {sources !== undefined && sources.length > 0 && (
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
      )}
    </figure>
  );
}
