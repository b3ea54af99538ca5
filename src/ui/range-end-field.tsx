/**
 * One end of a range (issue 11): a native range input on the slider's own scale
 * (slider-scale.ts) and a number box, as for a point. Its accessible name is exactly
 * "<label>, low end" / "<label>, high end" (a public contract, like the point slider's label);
 * the visible label says only "Low end" / "High end", which the name contains.
 *
 * Moving an end onto or past the other pushes the other one step ahead (the store's
 * `setRangeEnd`). A finished change commits once: pointer or key release (use-step-commit.ts), or
 * a number entered (use-number-entry.ts, with the point box's rules: drafts, clamping, messages).
 */
import { memo, useId, type ChangeEvent } from 'react';
import { formatInputValue } from '../format/input-format';
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { useScenarioStore, scenarioActions } from '../store/scenario-store';
import { FlipMarks } from './slider-flip';
import { SliderMarks } from './slider-marks';
import { ladderOf, positionFromValue, sliderAttributes, valueFromPosition } from './slider-scale';
import { useNumberEntry, type EntryTarget } from './use-number-entry';
import { useStepCommit } from './use-step-commit';

export type RangeEnd = 'lo' | 'hi';

const END_NAMES: { readonly [E in RangeEnd]: string } = { lo: 'low end', hi: 'high end' };
const END_LABELS: { readonly [E in RangeEnd]: string } = { lo: 'Low end', hi: 'High end' };

/** "Cohort size, low end": the end slider's exact accessible name. */
export function rangeEndName(key: InputKey, end: RangeEnd): string {
  return `${INPUT_SPECS[key].label}, ${END_NAMES[end]}`;
}

interface RangeEndFieldProps {
  readonly inputKey: InputKey;
  readonly end: RangeEnd;
  readonly value: number;
  /** Ids of the texts that describe both ends (the range in words, the flip, the input). */
  readonly describedBy: string;
}

function RangeEndFieldComponent({ inputKey, end, value, describedBy }: RangeEndFieldProps) {
  const spec = INPUT_SPECS[inputKey];
  const setRangeEnd = scenarioActions().setRangeEnd;
  const id = useId();
  const attributes = sliderAttributes(spec);
  const ladder = ladderOf(spec);
  const name = rangeEndName(inputKey, end);
  const stepCommit = useStepCommit();
  const target: EntryTarget = {
    read: () => {
      const state = useScenarioStore.getState();
      return state.ranges[inputKey]?.[end] ?? state.scenario[inputKey];
    },
    write: (next) => useScenarioStore.getState().setRangeEnd(inputKey, end, next),
  };
  const entry = useNumberEntry(inputKey, value, target);

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    const position = Number(event.target.value);
    if (Number.isFinite(position)) setRangeEnd(inputKey, end, valueFromPosition(spec, position));
  };

  return (
    <div className="range-end">
      <label className="range-end__label" htmlFor={id}>
        {END_LABELS[end]}
      </label>
      <div className="slider-field__controls">
        <div className="slider-field__track">
          <input
            id={id}
            className="slider-field__range"
            type="range"
            autoComplete="off"
            min={attributes.min}
            max={attributes.max}
            step={attributes.step}
            value={positionFromValue(spec, value)}
            aria-label={name}
            aria-valuetext={formatInputValue(inputKey, value)}
            aria-describedby={describedBy}
            onChange={onSlide}
            {...stepCommit}
          />
          <FlipMarks inputKey={inputKey} />
          {ladder ? <SliderMarks spec={spec} ladder={ladder} /> : null}
        </div>
        <input
          className="slider-field__number"
          type="number"
          autoComplete="off"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.precision}
          aria-label={`${name}, exact value`}
          {...entry.boxProps}
        />
      </div>
      <p className="slider-field__message" id={entry.messageId} role="status">
        {entry.message}
      </p>
    </div>
  );
}

export const RangeEndField = memo(RangeEndFieldComponent);
