/**
 * The live layer's annotations (live-plot.tsx): shaded bands and reference rules with their
 * labels. They are rebuilt on every slider move but seldom change, so each is memoised by what it
 * draws rather than by identity.
 */
import { memo, type ReactElement } from 'react';
import type { PixelScale } from '../../charts/data/plot-scale';
import type { LiveBand, LiveRule } from './live-plot';
import type { PlotBox } from './live-plot-parts';

/** Label offsets from a rule and the plot edge (px). */
const LABEL_INSET = 4;
const LABEL_BELOW = 13;

interface BandProps {
  readonly band: LiveBand;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
}

/** Like the rules: bands are rebuilt on every move but seldom change. */
function sameBand(a: BandProps, b: BandProps): boolean {
  const x = a.band;
  const y = b.band;
  return (
    a.yScale === b.yScale &&
    a.plot === b.plot &&
    x.key === y.key &&
    x.y1 === y.y1 &&
    x.y2 === y.y2 &&
    x.fill === y.fill &&
    x.opacity === y.opacity &&
    x.label?.text === y.label?.text &&
    x.label?.placement === y.label?.placement &&
    x.label?.fill === y.label?.fill
  );
}

export const Band = memo(function Band(props: BandProps): ReactElement | null {
  const { band, plot } = props;
  const a = props.yScale(band.y1);
  const b = props.yScale(band.y2);
  if (a === null || b === null) return null;
  const top = Math.max(plot.y, Math.min(a, b));
  const bottom = Math.min(plot.y + plot.height, Math.max(a, b));
  if (bottom <= top) return null;
  const label = band.label;
  const topRight = label?.placement === 'top-right';
  return (
    <g className="chart-band" data-band={band.key}>
      <rect
        className="chart-band__rect"
        x={plot.x}
        y={top}
        width={plot.width}
        height={bottom - top}
        fill={band.fill}
        fillOpacity={band.opacity}
      />
      {label !== undefined && (
        <text
          className="chart-live__label"
          x={topRight ? plot.x + plot.width - LABEL_INSET : plot.x + LABEL_INSET}
          y={topRight ? top + LABEL_BELOW : bottom - LABEL_INSET}
          textAnchor={topRight ? 'end' : 'start'}
          fill={label.fill}
        >
          {label.text}
        </text>
      )}
    </g>
  );
}, sameBand);

interface RuleProps {
  readonly rule: LiveRule;
  readonly position: number;
  readonly plot: PlotBox;
}

/**
 * Rules are rebuilt on every slider move, but most do not move (the 1 : 10 and 1 : 100 lines
 * while a placement slider is dragged): compare what they draw, not their identity.
 */
function sameRule(a: RuleProps, b: RuleProps): boolean {
  const x = a.rule;
  const y = b.rule;
  return (
    a.position === b.position &&
    a.plot === b.plot &&
    x.key === y.key &&
    x.axis === y.axis &&
    x.stroke === y.stroke &&
    x.dash === y.dash &&
    x.width === y.width &&
    x.label?.text === y.label?.text &&
    x.label?.placement === y.label?.placement &&
    x.label?.fill === y.label?.fill
  );
}

/** The rule's line (clipped to the plot by the caller). */
export const RuleLine = memo(function RuleLine(props: RuleProps): ReactElement {
  const { rule, position, plot } = props;
  const horizontal = rule.axis === 'y';
  return (
    <line
      className="chart-rule"
      data-rule={rule.key}
      x1={horizontal ? plot.x : position}
      x2={horizontal ? plot.x + plot.width : position}
      y1={horizontal ? position : plot.y}
      y2={horizontal ? position : plot.y + plot.height}
      stroke={rule.stroke}
      strokeDasharray={rule.dash}
      strokeWidth={rule.width}
    />
  );
}, sameRule);

/** The rule's label: for a y rule at the left or right end, for an x rule at the top or bottom. */
export const RuleLabel = memo(function RuleLabel(props: RuleProps): ReactElement | null {
  const { rule, position, plot } = props;
  const label = rule.label;
  if (label === undefined) return null;
  const left = label.placement.endsWith('left');
  const above = label.placement.startsWith('above');
  const horizontal = rule.axis === 'y';
  const x = horizontal
    ? left
      ? plot.x + LABEL_INSET
      : plot.x + plot.width - LABEL_INSET
    : position + (left ? -LABEL_INSET : LABEL_INSET);
  const y = horizontal
    ? position + (above ? -LABEL_INSET : LABEL_BELOW)
    : above
      ? plot.y + LABEL_BELOW
      : plot.y + plot.height - LABEL_INSET;
  // A y rule's label reads inward from the plot edge; an x rule's away from its line.
  const anchor = left === horizontal ? 'start' : 'end';
  return (
    <text className="chart-live__label" x={x} y={y} textAnchor={anchor} fill={label.fill}>
      {label.text}
    </text>
  );
}, sameRule);
