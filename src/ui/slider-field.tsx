/**
 * One input: a native range slider (keyboard: arrows, Page Up/Down, Home/End) and a number box
 * for exact values. The slider's accessible name is exactly the input's label (a public
 * contract); its aria-valuetext reads naturally ("10,000 researchers", "49 %", "1 : 100").
 *
 * Dragging updates the store live; releasing the pointer, leaving the slider or a pause after
 * key steps commits (use-step-commit.ts), which the URL sync turns into one browser-history
 * entry. The number box applies a draft on Enter, blur or a pause in typing (use-number-entry.ts)
 * and says next to itself when it clamped or rejected what was typed.
 *
 * The slider's description is where the verdict at your ratio flips along it (slider-flip.tsx),
 * then what the input means; the flip is also marked on the track.
 */
import { memo, useId, type ChangeEvent } from 'react';
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { formatInputValue } from '../format/format';
import { useScenarioStore } from '../store/scenario-store';
import { FlipMarks, FlipSentence } from './slider-flip';
import { SliderMarks } from './slider-marks';
import { ladderOf, positionFromValue, sliderAttributes, valueFromPosition } from './slider-scale';
import { useInputValue } from './use-input';
import { useNumberEntry } from './use-number-entry';
import { useStepCommit } from './use-step-commit';

interface SliderFieldProps {
  readonly inputKey: InputKey;
}

function SliderFieldComponent({ inputKey }: SliderFieldProps) {
  const spec = INPUT_SPECS[inputKey];
  const value = useInputValue(inputKey);
  const setInput = useScenarioStore((state) => state.setInput);
  const id = useId();
  const descriptionId = `${id}-description`;
  const flipId = `${id}-flip`;
  const attributes = sliderAttributes(spec);
  const ladder = ladderOf(spec);
  const valueText = formatInputValue(inputKey, value);
  const stepCommit = useStepCommit();
  const entry = useNumberEntry(inputKey, value);

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    const position = Number(event.target.value);
    if (Number.isFinite(position)) setInput(inputKey, valueFromPosition(spec, position));
  };

  return (
    <div className="slider-field">
      <div className="slider-field__head">
        <label className="slider-field__label" htmlFor={id}>
          {spec.label}
        </label>
        <span className="slider-field__value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <div className="slider-field__controls">
        <div className="slider-field__track">
          <input
            id={id}
            className="slider-field__range"
            type="range"
            min={attributes.min}
            max={attributes.max}
            step={attributes.step}
            value={positionFromValue(spec, value)}
            aria-valuetext={valueText}
            aria-describedby={`${flipId} ${descriptionId}`}
            onChange={onSlide}
            {...stepCommit}
          />
          <FlipMarks inputKey={inputKey} />
          {ladder ? <SliderMarks spec={spec} ladder={ladder} /> : null}
        </div>
        <input
          className="slider-field__number"
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.precision}
          aria-label={`${spec.label}, exact value`}
          {...entry.boxProps}
        />
      </div>
      <p className="slider-field__message" id={entry.messageId} role="status">
        {entry.message}
      </p>
      <FlipSentence inputKey={inputKey} id={flipId} />
      <p className="slider-field__description" id={descriptionId}>
        {spec.description}
      </p>
    </div>
  );
}

export const SliderField = memo(SliderFieldComponent);
