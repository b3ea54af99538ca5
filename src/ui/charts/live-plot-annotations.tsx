/**
 * The live layer's annotations (live-plot.tsx): shaded bands and reference rules with their
 * labels. They are rebuilt on every slider move but seldom change, so each is memoised by what it
 * draws rather than by identity.
 */
import { memo, type ReactElement } from 'react';
import type { PixelScale } from '../../charts/data/axis';
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

/**
 * Bands and rules are rebuilt on every slider move, but most do not change (the 1 : 10 and
 * 1 : 100 lines while a placement slider is dragged): compare what they draw, field by field, with
 * the label by its content.
 */
function sameContent<T extends LiveBand | LiveRule>(a: T, b: T): boolean {
  // Both objects come from the same builder, so their keys are the band's or the rule's fields.
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    key === 'label' ? sameLabel(a.label, b.label) : Object.is(a[key], b[key]),
  );
}

function sameLabel(
  a: { readonly text: string; readonly placement: string; readonly fill: string } | undefined,
  b: { readonly text: string; readonly placement: string; readonly fill: string } | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.text === b.text && a.placement === b.placement && a.fill === b.fill;
}

function sameBand(a: BandProps, b: BandProps): boolean {
  return a.yScale === b.yScale && a.plot === b.plot && sameContent(a.band, b.band);
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

function sameRule(a: RuleProps, b: RuleProps): boolean {
  return a.position === b.position && a.plot === b.plot && sameContent(a.rule, b.rule);
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
