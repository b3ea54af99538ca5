/**
 * The hover readout: the values at the sample under the pointer, in an HTML box beside the
 * cursor (HTML, so long lines wrap on a phone). What it says comes from each chart's pure
 * readout builder; where it sits comes from the live layer (live-plot.tsx).
 */
import { useState, type ReactElement } from 'react';
import type { ReadoutPosition } from './live-plot';

export interface ReadoutRow {
  readonly key: string;
  readonly name: string;
  readonly value: string;
  /** The line's colour, shown as a swatch so rows match lines. */
  readonly color: string;
}

export interface ReadoutContent {
  readonly heading: string;
  readonly rows: readonly ReadoutRow[];
}

/** The readout as one sentence, for screen readers: "Cohort of 1,000 people: Field …: 7 : 1 …". */
export function readoutText(content: ReadoutContent | null): string {
  if (content === null) return 'No value here';
  // A readout that is one sentence ("At 1 : 31.6, 62.4 % of samples are net positive").
  if (content.rows.length === 0) return content.heading;
  return `${content.heading}: ${content.rows.map((row) => `${row.name} ${row.value}`).join('; ')}`;
}

/** Gap between the cursor line and the box (px). */
const GAP = 12;
/** The box's widest, where there is room. */
const MAX_WIDTH = '14rem';

interface ChartReadoutProps {
  readonly position: ReadoutPosition;
  readonly content: ReadoutContent;
}

export function ChartReadout({ position, content }: ChartReadoutProps): ReactElement {
  // On the side of the cursor with more room, so the box stays inside the chart.
  const onLeft = position.left > position.middle;
  return (
    <div
      className={`chart-readout${onLeft ? ' chart-readout--left' : ''}`}
      data-export="exclude"
      // Anchored by its near edge, so the box can use all the room on its side (on a phone the
      // plot is narrower than the box's largest width).
      style={
        onLeft
          ? {
              right: `calc(100% - ${position.left - GAP}px)`,
              top: position.top,
              maxWidth: `min(${MAX_WIDTH}, ${position.left - GAP}px)`,
            }
          : {
              left: position.left + GAP,
              top: position.top,
              maxWidth: `min(${MAX_WIDTH}, calc(100% - ${position.left + GAP}px))`,
            }
      }
    >
      <p className="chart-readout__heading">{content.heading}</p>
      <ul className="chart-readout__rows">
        {content.rows.map((row) => (
          <li key={row.key}>
            <svg className="chart-readout__swatch" width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={row.color} />
            </svg>
            {row.name}: {row.value}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The readout state of one chart: where the pointer is (set by the live layer) and the box to
 * draw over the plot, described by `describe` for the sample under the pointer.
 */
export function useReadout(
  describe: (index: number) => ReadoutContent | null,
): readonly [ReactElement | null, (position: ReadoutPosition | null) => void] {
  const [position, setPosition] = useState<ReadoutPosition | null>(null);
  const content = position === null ? null : describe(position.index);
  const overlay =
    position === null || content === null ? null : (
      <ChartReadout position={position} content={content} />
    );
  return [overlay, setPosition];
}
