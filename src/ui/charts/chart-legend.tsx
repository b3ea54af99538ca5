/**
 * The chart legend, in HTML under the plot: one entry per line (a short stroke with the line's
 * dash), per marker (its symbol) and per shaded area (a swatch). It lives outside recharts so that a legend change (the
 * user's N is in a line's name) costs a few DOM nodes, not a chart redraw.
 */
import { memo, type ReactElement } from 'react';
import { markerPath } from '../../charts/data/marks';
import { markerPaint, type MarkerStyle } from './chart-markers';

export type LegendEntry =
  | {
      readonly kind: 'line';
      readonly name: string;
      readonly stroke: string;
      readonly dash?: string;
      readonly width: number;
    }
  | { readonly kind: 'marker'; readonly name: string; readonly style: MarkerStyle }
  /** A shaded area (a line's 90 % band): a swatch in its fill and opacity. */
  | {
      readonly kind: 'area';
      readonly name: string;
      readonly fill: string;
      readonly opacity: number;
    };

const ICON = 14;
/** Marker area in the legend (px²): a little smaller than on the plot, to fit the icon. */
const ICON_MARKER_SIZE = 70;

function LegendIconComponent({ entry }: { readonly entry: LegendEntry }): ReactElement {
  return (
    <svg
      className="chart-legend__icon"
      width={ICON}
      height={ICON}
      viewBox={`0 0 ${ICON} ${ICON}`}
      aria-hidden="true"
    >
      {entry.kind === 'area' ? (
        <rect
          x={0}
          y={2}
          width={ICON}
          height={ICON - 4}
          fill={entry.fill}
          fillOpacity={entry.opacity}
        />
      ) : entry.kind === 'line' ? (
        <line
          x1={0}
          x2={ICON}
          y1={ICON / 2}
          y2={ICON / 2}
          stroke={entry.stroke}
          strokeDasharray={entry.dash}
          strokeWidth={Math.max(2, entry.width)}
        />
      ) : (
        <path
          d={markerPath(entry.style.symbol, ICON_MARKER_SIZE)}
          transform={`translate(${ICON / 2}, ${ICON / 2})`}
          {...markerPaint(entry.style)}
        />
      )}
    </svg>
  );
}

/**
 * An entry renamed in place (your N, when it follows a slider: with N from the field every step
 * of Capabilities researchers renames "At your 1 : …") keeps its icon as it is.
 */
const LegendIcon = memo(LegendIconComponent, (a, b) => sameLook(a.entry, b.entry));

function ChartLegendComponent({ entries }: { readonly entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {/* Keyed by kind and position: a renamed entry ("At your 1 : 40") updates in place. */}
      {entries.map((entry, index) => (
        <li key={`${entry.kind}${index}`} className="chart-legend__item">
          <LegendIcon entry={entry} />
          <span className="chart-legend__text">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** The same icon: kind and paint (the name is beside the icon, not in it). */
function sameLook(a: LegendEntry, b: LegendEntry): boolean {
  switch (a.kind) {
    case 'line':
      return b.kind === 'line' && a.stroke === b.stroke && a.dash === b.dash && a.width === b.width;
    case 'marker':
      return b.kind === 'marker' && a.style === b.style;
    case 'area':
      return b.kind === 'area' && a.fill === b.fill && a.opacity === b.opacity;
  }
}

function sameEntry(a: LegendEntry, b: LegendEntry): boolean {
  return a.name === b.name && sameLook(a, b);
}

/**
 * Compared entry by entry: a chart rebuilds its entries when a judgement call moves its published
 * points (their positions change, not their names or symbols), and redrawing the icons then cost
 * about 0.1 ms per step of those sliders.
 */
function sameEntries(
  a: { readonly entries: readonly LegendEntry[] },
  b: { readonly entries: readonly LegendEntry[] },
): boolean {
  return (
    a.entries === b.entries ||
    (a.entries.length === b.entries.length &&
      a.entries.every((entry, index) => {
        const other = b.entries[index];
        return other !== undefined && sameEntry(entry, other);
      }))
  );
}

export const ChartLegend = memo(ChartLegendComponent, sameEntries);
