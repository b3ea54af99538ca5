/**
 * Uncertainty chart 3, the tornado: for each input that is a range, net impact at the reader's
 * ratio with that input at its range's low end (5th percentile) and at its high end (95th), the
 * other ranged inputs at their medians (model/sensitivity.ts). One horizontal bar per input,
 * largest swing at the top, around the net impact with every range at its median; a bar that
 * crosses zero means that input alone flips the verdict, and is marked so in the drawing and in
 * words.
 */
import { INPUT_SPECS, type InputKey } from '../../model/inputs';
import type { Sensitivity } from '../../model/sensitivity';
import { formatNetImpact, formatNeutral } from '../../format/format';
import { formatInputValue } from '../../format/input-format';
import { niceLinearAxis, type AxisSpec } from './axis';

export interface TornadoRow {
  readonly key: InputKey;
  readonly label: string;
  /** The row's y value: the top row (largest swing) has the highest. */
  readonly y: number;
  readonly low: number;
  readonly high: number;
  readonly netImpactAtLow: number;
  readonly netImpactAtHigh: number;
  readonly swing: number;
  readonly flips: boolean;
}

export interface SensitivitySeries {
  /** Sorted by swing, largest first (top of the chart first). */
  readonly rows: readonly TornadoRow[];
  /** Net impact with every ranged input at its median: where the bars meet. */
  readonly base: number;
  readonly userN: number;
  readonly xAxis: AxisSpec;
  /** One tick per row, labelled with the input's name. */
  readonly yAxis: AxisSpec;
  readonly text: string;
}

const UNIT = 'safety-researcher equivalents';
export const FLIP_TEXT = 'flips the verdict';

/**
 * Half the room between two rows that a bar takes, each side of its row: the rest leaves room
 * for a "flips the verdict" label above a bar even with all nine inputs as ranges.
 */
export const TORNADO_BAR_HALF_HEIGHT = 0.25;

function rowSentence(row: TornadoRow): string {
  return (
    `${row.label} from ${formatInputValue(row.key, row.low)} to ${formatInputValue(row.key, row.high)} moves it ` +
    `from ${formatNetImpact(row.netImpactAtLow)} to ${formatNetImpact(row.netImpactAtHigh)}` +
    (row.flips ? ` and ${FLIP_TEXT}` : '')
  );
}

export function buildSensitivitySeries(sensitivity: Sensitivity, userN: number): SensitivitySeries {
  const count = sensitivity.bars.length;
  const rows = sensitivity.bars.map((bar, index) => ({
    key: bar.key,
    label: INPUT_SPECS[bar.key].label,
    y: count - 1 - index,
    low: bar.low,
    high: bar.high,
    netImpactAtLow: bar.netImpactAtLow,
    netImpactAtHigh: bar.netImpactAtHigh,
    swing: bar.swing,
    flips: bar.flips,
  }));
  const values = [
    0,
    sensitivity.base,
    ...rows.flatMap((row) => [row.netImpactAtLow, row.netImpactAtHigh]),
  ].filter(Number.isFinite);
  const xAxis = niceLinearAxis(Math.min(...values), Math.max(...values), formatNetImpact);
  const labels = new Map(rows.map((row) => [row.y, row.label]));
  const yAxis: AxisSpec = {
    kind: 'linear',
    domain: [-0.5, Math.max(0, count - 1) + 0.5],
    // Bottom-up, as every y axis lists its ticks (tick-thinning.ts).
    ticks: rows.map((row) => row.y).reverse(),
    format: (value) => labels.get(value) ?? '',
  };
  const flipping = rows.filter((row) => row.flips);
  const flipText =
    flipping.length === 0
      ? 'No input alone flips the verdict.'
      : `${flipping.length === 1 ? 'One input alone flips' : `${flipping.length} inputs alone flip`} the verdict: ${flipping.map((row) => row.label).join(', ')}.`;
  const text =
    count === 0
      ? 'No input is a range.'
      : `With every range at its median, net impact at your ratio (${formatNeutral(userN)}) is ` +
        `${formatNetImpact(sensitivity.base)} ${UNIT}. Moving one range at a time from its 5th to its 95th percentile, ` +
        `largest effect first: ${rows.map(rowSentence).join('; ')}. ${flipText}`;
  return { rows, base: sensitivity.base, userN, xAxis, yAxis, text };
}
