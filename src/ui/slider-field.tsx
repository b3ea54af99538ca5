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
 *
 * Every row can make its input a range (issue 11): the toggle "Make <label> a range" (its name
 * stays the same, `aria-pressed` says whether it is on) swaps the point slider for the range's two
 * ends (range-fields.tsx, loaded with the first range: range-slots.tsx). The store keeps the point at the range's middle, and turning the range
 * off leaves the point there. Being in the row, a new input gets its range control for free.
 */
import { memo, useId, useRef, useState, type ChangeEvent } from 'react';
import { canBeRange, INPUT_SPECS, type InputKey } from '../model/inputs';
import { formatInputValue } from '../format/input-format';
import { dormantImportanceRangeText } from '../format/neutral-from-field';
import { formatInputRange } from '../format/range-text';
import type { InputRange } from '../model/ranges';
import { isRangeInUse } from '../model/ranges-in-use';
import { scenarioActions } from '../store/scenario-store';
import { afterRangeParts, retryRangeParts } from './range-parts-loader';
import { RangeFieldsSlot } from './range-slots';
import { SectionBoundary } from './section-boundary';
import { FlipMarks, FlipSentence } from './slider-flip';
import { SliderMarks } from './slider-marks';
import { useChoiceValue } from './choice-field';
import { ladderOf, positionFromValue, sliderAttributes, valueFromPosition } from './slider-scale';
import { useInputRange, useInputValue } from './use-input';
import { useMoveBeforeHydration } from './use-move-before-hydration';
import { useNumberEntry } from './use-number-entry';
import { useStepCommit } from './use-step-commit';

interface SliderFieldProps {
  readonly inputKey: InputKey;
}

/** "Make Cohort size a range": the toggle's one accessible name, on or off. */
export function rangeToggleName(label: string): string {
  return `Make ${label} a range`;
}

// Memoised: its row re-renders on every step of its slider, the toggle only when it flips.
const RangeToggle = memo(function RangeToggle({
  inputKey,
  on,
}: {
  inputKey: InputKey;
  on: boolean;
}) {
  const makeRange = scenarioActions().makeRange;
  const makePoint = scenarioActions().makePoint;
  // The first range waits for the range controls' code (range-parts-loader.ts): the toggle is
  // busy meanwhile, and clicks meanwhile are the same click. (Once the code is here, the change
  // is made at once and both updates are one render.)
  const [waiting, setWaiting] = useState(false);
  const onClick = () => {
    if (on) {
      makePoint(inputKey);
      return;
    }
    if (waiting) return;
    setWaiting(true);
    afterRangeParts(true, () => {
      setWaiting(false);
      makeRange(inputKey);
    });
  };
  // Both actions commit themselves: one click is one history entry.
  return (
    <button
      type="button"
      className="range-toggle"
      aria-pressed={on}
      aria-busy={waiting || undefined}
      aria-label={rangeToggleName(INPUT_SPECS[inputKey].label)}
      onClick={onClick}
    >
      Range
    </button>
  );
});

function SliderFieldComponent({ inputKey }: SliderFieldProps) {
  const spec = INPUT_SPECS[inputKey];
  const value = useInputValue(inputKey);
  const range = useInputRange(inputKey);
  const setInput = scenarioActions().setInput;
  const id = useId();
  const descriptionId = `${id}-description`;
  const flipId = `${id}-flip`;
  const labelId = `${id}-label`;
  const attributes = sliderAttributes(spec);
  const ladder = ladderOf(spec);
  const valueText = formatInputValue(inputKey, value);
  const headText = range ? formatInputRange(inputKey, range) : valueText;
  const stepCommit = useStepCommit();
  const entry = useNumberEntry(inputKey, value);

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    const position = Number(event.target.value);
    if (Number.isFinite(position)) setInput(inputKey, valueFromPosition(spec, position));
  };
  const rangeRef = useRef<HTMLInputElement>(null);
  useMoveBeforeHydration(rangeRef, inputKey);

  return (
    <div className="slider-field">
      <div className="slider-field__head">
        {range ? (
          // The two ends have their own names; the label names their group.
          <span className="slider-field__label" id={labelId}>
            {spec.label}
          </span>
        ) : (
          <label className="slider-field__label" htmlFor={id}>
            {spec.label}
          </label>
        )}
        <span className="slider-field__value" aria-hidden="true">
          {headText}
        </span>
      </div>
      {range ? (
        <SectionBoundary name={`The range of ${spec.label}`} onRetry={retryRangeParts}>
          <RangeFieldsSlot
            inputKey={inputKey}
            range={range}
            labelledBy={labelId}
            describedBy={`${flipId} ${descriptionId}`}
          />
        </SectionBoundary>
      ) : (
        <>
          <div className="slider-field__controls">
            <div className="slider-field__track">
              <input
                ref={rangeRef}
                id={id}
                className="slider-field__range"
                type="range"
                autoComplete="off"
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
              autoComplete="off"
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
        </>
      )}
      {/* The toggle shares the flip sentence's line: in the head it pushed long labels onto a
          second line, on a phone onto a third. */}
      <div className="slider-field__foot">
        <FlipSentence inputKey={inputKey} id={flipId} />
        {/* `years` is never a range (model/years-inputs.ts): no toggle to offer. */}
        {canBeRange(inputKey) ? <RangeToggle inputKey={inputKey} on={range !== undefined} /> : null}
      </div>
      <p className="slider-field__description" id={descriptionId}>
        {spec.description}
        {range && inputKey === 'importance' ? <DormantImportanceRange range={range} /> : null}
      </p>
    </div>
  );
}

/**
 * A range on the importance while N is set by the slider is kept but not sampled
 * (model/ranges-in-use.ts); the row says so in its description, which both ends' sliders read.
 * (The net-neutral ratio's row says the same of its range itself: neutral-field.tsx.)
 */
function DormantImportanceRange({ range }: { readonly range: InputRange }) {
  const nFrom = useChoiceValue('nFrom');
  if (isRangeInUse('importance', { nFrom })) return null;
  return <span className="slider-field__kept-range"> {dormantImportanceRangeText(range)}</span>;
}

export const SliderField = memo(SliderFieldComponent);
