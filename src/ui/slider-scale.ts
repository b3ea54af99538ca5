/**
 * Maps an input's value to the position of its native range input and back, by the input's
 * `scale`:
 * - linear: the position is the value (step `sliderStep`);
 * - log: each decade takes LOG_POSITIONS / decades positions and values are rounded to three
 *   significant figures, so dragging gives readable numbers (10,000, 12,300);
 * - ladder: the position is an index into a list of readable values (slider-ladder.ts).
 * The number box still takes any exact value; a value between positions is shown at the nearest
 * one and only changes when the slider is moved. Pure: tested in tests/unit/slider-scale.test.ts.
 */
import { normaliseInputValue, type InputSpec } from '../model/inputs';
import { LADDERS, nearestRung, type Ladder } from './slider-ladder';

export const LOG_POSITIONS = 1000;

export interface SliderAttributes {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** The input's ladder, if its scale is 'ladder' (tests check every such input has one). */
export function ladderOf(spec: InputSpec): Ladder | null {
  return spec.scale === 'ladder' ? (LADDERS[spec.key] ?? null) : null;
}

export function sliderAttributes(spec: InputSpec): SliderAttributes {
  const ladder = ladderOf(spec);
  if (ladder) return { min: 0, max: ladder.rungs.length - 1, step: 1 };
  return spec.scale === 'log'
    ? { min: 0, max: LOG_POSITIONS, step: 1 }
    : { min: spec.min, max: spec.max, step: spec.sliderStep };
}

export function positionFromValue(spec: InputSpec, value: number): number {
  const ladder = ladderOf(spec);
  if (ladder) return nearestRung(ladder.rungs, value);
  if (spec.scale !== 'log') return value;
  const lo = Math.log10(spec.min);
  const hi = Math.log10(spec.max);
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  return Math.round(((Math.log10(clamped) - lo) / (hi - lo)) * LOG_POSITIONS);
}

export function valueFromPosition(spec: InputSpec, position: number): number {
  const ladder = ladderOf(spec);
  if (ladder) {
    const last = ladder.rungs.length - 1;
    const index = Number.isFinite(position) ? Math.min(last, Math.max(0, Math.round(position))) : 0;
    return (
      normaliseInputValue(spec.key, ladder.rungs[index] ?? spec.defaultValue) ?? spec.defaultValue
    );
  }
  if (spec.scale !== 'log') {
    return normaliseInputValue(spec.key, position) ?? spec.defaultValue;
  }
  const lo = Math.log10(spec.min);
  const hi = Math.log10(spec.max);
  const fraction = Math.min(1, Math.max(0, position / LOG_POSITIONS));
  const raw = 10 ** (lo + fraction * (hi - lo));
  const rounded = Number(raw.toPrecision(3));
  return normaliseInputValue(spec.key, rounded) ?? spec.defaultValue;
}
