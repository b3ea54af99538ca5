/**
 * The net-neutral ratio's row. With "How N is set" on the slider it is an ordinary slider row;
 * with N from the field (`nFrom=field`, issue 12) the row shows the derived N read-only, where the
 * slider was, with the formula beside it: the slider is disabled at the derived N (at its nearer
 * end when N lies outside 1–1,000), the number box is read-only (still focusable, so a screen
 * reader reaches the value and the formula that describes it), and there is no range toggle (a
 * range of a value that is not set is meaningless). The slider's own value stays in the scenario,
 * and its range, if it had one, in the ranges, so switching back restores both; meanwhile the
 * range is not sampled (model/ranges-in-use.ts) and the row says so.
 *
 * Only this row subscribes to the choice and the three inputs N follows from; the other rows are
 * untouched.
 */
import { memo, useId } from 'react';
import { INPUT_SPECS } from '../model/inputs';
import { neutralFromField } from '../model/years';
import { formatNeutral } from '../format/format';
import {
  dormantNeutralRangeText,
  neutralFormulaText,
  neutralOutsideSliderText,
} from '../format/neutral-from-field';
import { useChoiceValue } from './choice-field';
import { SliderField } from './slider-field';
import { positionFromValue, sliderAttributes } from './slider-scale';
import { useInputRange, useInputValue } from './use-input';

function DerivedNeutralField() {
  const spec = INPUT_SPECS.neutral;
  const cap = useInputValue('cap');
  const saf = useInputValue('saf');
  const importance = useInputValue('importance');
  const n = neutralFromField(cap, saf, importance);
  const keptRange = useInputRange('neutral');
  const id = useId();
  const formulaId = `${id}-formula`;
  const descriptionId = `${id}-description`;
  const keptId = `${id}-kept`;
  const attributes = sliderAttributes(spec);
  const valueText = `${formatNeutral(n)}, from the field`;
  const outside = neutralOutsideSliderText(n);
  return (
    <div className="slider-field slider-field--derived">
      <div className="slider-field__head">
        <label className="slider-field__label" htmlFor={id}>
          {spec.label}
        </label>
        <span className="slider-field__value" aria-hidden="true">
          {formatNeutral(n)}
        </span>
      </div>
      <div className="slider-field__controls">
        <div className="slider-field__track">
          <input
            id={id}
            className="slider-field__range"
            type="range"
            autoComplete="off"
            disabled
            min={attributes.min}
            max={attributes.max}
            step={attributes.step}
            value={positionFromValue(spec, n)}
            aria-valuetext={valueText}
            aria-describedby={`${formulaId}${keptRange ? ` ${keptId}` : ''} ${descriptionId}`}
            readOnly
          />
        </div>
        <input
          className="slider-field__number"
          type="text"
          autoComplete="off"
          readOnly
          aria-label={`${spec.label}, exact value`}
          aria-describedby={formulaId}
          value={formatNeutral(n)}
        />
      </div>
      <p className="slider-field__derived" id={formulaId}>
        {neutralFormulaText(importance, cap, saf, n)}
        {outside ? ` ${outside}` : ''}
      </p>
      {keptRange ? (
        <p className="slider-field__kept-range" id={keptId}>
          {dormantNeutralRangeText(keptRange)}
        </p>
      ) : null}
      <p className="slider-field__description" id={descriptionId}>
        N follows from the field (How N is set): set Safety importance in “Over the years”, or
        choose “Your slider” to set N yourself.
      </p>
    </div>
  );
}

function NeutralFieldComponent() {
  const nFrom = useChoiceValue('nFrom');
  return nFrom === 'field' ? <DerivedNeutralField /> : <SliderField inputKey="neutral" />;
}

export const NeutralField = memo(NeutralFieldComponent);
