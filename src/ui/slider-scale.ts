/**
 * Maps an input's value to the position of its native range input and back. Log sliders spread
 * each decade evenly over LOG_POSITIONS steps and round the value to three significant figures,
 * so dragging gives readable numbers (10,000, 12,300) while the number box still takes any exact
 * value. Pure: tested in tests/unit/slider-scale.test.ts.
 */
import { normaliseInputValue, type InputSpec } from '../model/inputs';

export const LOG_POSITIONS = 1000;

export interface SliderAttributes {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export function sliderAttributes(spec: InputSpec): SliderAttributes {
  return spec.scale === 'log'
    ? { min: 0, max: LOG_POSITIONS, step: 1 }
    : { min: spec.min, max: spec.max, step: spec.sliderStep };
}

export function positionFromValue(spec: InputSpec, value: number): number {
  if (spec.scale === 'linear') return value;
  const lo = Math.log10(spec.min);
  const hi = Math.log10(spec.max);
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  return Math.round(((Math.log10(clamped) - lo) / (hi - lo)) * LOG_POSITIONS);
}

export function valueFromPosition(spec: InputSpec, position: number): number {
  if (spec.scale === 'linear') {
    return normaliseInputValue(spec.key, position) ?? spec.defaultValue;
  }
  const lo = Math.log10(spec.min);
  const hi = Math.log10(spec.max);
  const fraction = Math.min(1, Math.max(0, position / LOG_POSITIONS));
  const raw = 10 ** (lo + fraction * (hi - lo));
  const rounded = Number(raw.toPrecision(3));
  return normaliseInputValue(spec.key, rounded) ?? spec.defaultValue;
}
