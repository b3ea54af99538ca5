/**
 * "Changed from default": one chip per input that differs from the defaults, each with its own
 * reset, so a reader sees at a glance which assumptions a shared scenario changed.
 */
import { memo } from 'react';
import { formatInputValue } from '../format/format';
import {
  CHOICE_KEYS,
  CHOICE_SPECS,
  choiceLabel,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
} from '../model/inputs';
import { scenarioActions } from '../store/scenario-store';
import { selectScenario } from '../store/selectors';
import { useScenario } from '../store/use-store-while';

function ChangedChipsComponent() {
  const scenario = useScenario(selectScenario);
  const setInput = scenarioActions().setInput;
  const commit = scenarioActions().commit;
  const setChoice = scenarioActions().setChoice;
  const changed = INPUT_KEYS.filter((key) => scenario[key] !== DEFAULT_SCENARIO[key]);
  const changedChoices = CHOICE_KEYS.filter((key) => scenario[key] !== DEFAULT_SCENARIO[key]);

  return (
    <section className="changed" aria-labelledby="changed-title">
      <h2 id="changed-title" className="changed__title">
        Changed from default
      </h2>
      {changed.length + changedChoices.length === 0 ? (
        <p className="changed__none">Nothing: this is the thread&apos;s illustration.</p>
      ) : (
        <ul className="changed__list">
          {changedChoices.map((key) => {
            const label = CHOICE_SPECS[key].label;
            const fallback = DEFAULT_SCENARIO[key];
            return (
              <li className="chip" key={key}>
                <span>
                  {label}: <strong>{choiceLabel(key, scenario[key])}</strong>
                  <span className="chip__default"> (default {choiceLabel(key, fallback)})</span>
                </span>
                <button
                  type="button"
                  className="chip__reset"
                  aria-label={`Reset ${label} to ${choiceLabel(key, fallback)}`}
                  onClick={() => setChoice(key, fallback)}
                >
                  ×
                </button>
              </li>
            );
          })}
          {changed.map((key) => {
            const label = INPUT_SPECS[key].label;
            return (
              <li className="chip" key={key}>
                <span>
                  {label}: <strong>{formatInputValue(key, scenario[key])}</strong>
                  <span className="chip__default">
                    {' '}
                    (default {formatInputValue(key, DEFAULT_SCENARIO[key])})
                  </span>
                </span>
                <button
                  type="button"
                  className="chip__reset"
                  aria-label={`Reset ${label} to ${formatInputValue(key, DEFAULT_SCENARIO[key])}`}
                  onClick={() => {
                    setInput(key, DEFAULT_SCENARIO[key]);
                    commit();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export const ChangedChips = memo(ChangedChipsComponent);
