/**
 * One input: a native range slider (keyboard: arrows, Page Up/Down, Home/End) and a number box
 * for exact values. The slider's accessible name is exactly the input's label (a public
 * contract); its aria-valuetext reads naturally ("10,000 researchers", "49 %", "1 : 100").
 *
 * Dragging updates the store live; releasing the pointer or key (or leaving / entering the number
 * box) commits, which the URL sync turns into one browser-history entry.
 */
import { memo, useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { formatInputValue } from '../format/format';
import { useScenarioStore } from '../store/scenario-store';
import { positionFromValue, sliderAttributes, valueFromPosition } from './slider-scale';
import { useInputValue } from './use-input';

interface SliderFieldProps {
  readonly inputKey: InputKey;
}

function SliderFieldComponent({ inputKey }: SliderFieldProps) {
  const spec = INPUT_SPECS[inputKey];
  const value = useInputValue(inputKey);
  const setInput = useScenarioStore((state) => state.setInput);
  const commit = useScenarioStore((state) => state.commit);
  const id = useId();
  const descriptionId = `${id}-description`;
  const attributes = sliderAttributes(spec);
  const valueText = formatInputValue(inputKey, value);

  // While the number box has focus it shows what the user types, even if not yet valid.
  const [draft, setDraft] = useState<string | null>(null);

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    const position = Number(event.target.value);
    if (Number.isFinite(position)) setInput(inputKey, valueFromPosition(spec, position));
  };

  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const parsed = text.trim() === '' ? Number.NaN : Number(text);
    if (Number.isFinite(parsed)) setInput(inputKey, parsed);
  };

  const finishTyping = () => {
    setDraft(null);
    commit();
  };

  const onNumberKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finishTyping();
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
        <input
          id={id}
          className="slider-field__range"
          type="range"
          min={attributes.min}
          max={attributes.max}
          step={attributes.step}
          value={positionFromValue(spec, value)}
          aria-valuetext={valueText}
          aria-describedby={descriptionId}
          onChange={onSlide}
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <input
          className="slider-field__number"
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.precision}
          value={draft ?? String(value)}
          aria-label={`${spec.label}, exact value`}
          onChange={onType}
          onBlur={finishTyping}
          onKeyDown={onNumberKeyDown}
        />
      </div>
      <p className="slider-field__description" id={descriptionId}>
        {spec.description}
      </p>
    </div>
  );
}

export const SliderField = memo(SliderFieldComponent);
