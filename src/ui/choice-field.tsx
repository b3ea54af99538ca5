/**
 * A choice input (issue 12: `nFrom`, "How N is set") as a radio group: native radios, so arrow
 * keys move between the options and Tab enters and leaves the group, and the group's name is the
 * input's label (a public contract, like a slider's). A choice is one click, so it commits at
 * once (the store's setChoice): one browser-history entry per change.
 */
import { memo, useId } from 'react';
import { CHOICE_SPECS, type ChoiceKey, type ChoiceValues } from '../model/inputs';
import { scenarioActions, type ScenarioState } from '../store/scenario-store';
import { useScenario } from '../store/use-store-while';

type Selector<K extends ChoiceKey> = (state: ScenarioState) => ChoiceValues[K];
const selectors = new Map<ChoiceKey, Selector<ChoiceKey>>();

function choiceSelector<K extends ChoiceKey>(key: K): Selector<K> {
  let selector = selectors.get(key);
  if (!selector) {
    selector = (state) => state.scenario[key];
    selectors.set(key, selector);
  }
  return selector as Selector<K>;
}

/** Subscribes to one choice only. */
export function useChoiceValue<K extends ChoiceKey>(key: K): ChoiceValues[K] {
  return useScenario(choiceSelector(key));
}

function ChoiceFieldComponent({ choiceKey }: { readonly choiceKey: ChoiceKey }) {
  const spec = CHOICE_SPECS[choiceKey];
  const value = useChoiceValue(choiceKey);
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <fieldset className="choice-field" aria-describedby={descriptionId}>
      <legend className="slider-field__label">{spec.label}</legend>
      <div className="choice-field__options">
        {spec.options.map((option) => (
          <label className="choice-field__option" key={option.value}>
            <input
              type="radio"
              name={`${id}-${choiceKey}`}
              value={option.value}
              autoComplete="off"
              checked={value === option.value}
              onChange={() => scenarioActions().setChoice(choiceKey, option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p className="slider-field__description" id={descriptionId}>
        {spec.description}
      </p>
    </fieldset>
  );
}

export const ChoiceField = memo(ChoiceFieldComponent);
