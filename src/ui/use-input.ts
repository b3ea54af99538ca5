import { useScenarioStore } from '../store/scenario-store';
import { selectInput } from '../store/selectors';
import type { InputKey } from '../model/inputs';

const inputSelectors = new Map<InputKey, ReturnType<typeof selectInput>>();

/** Subscribes to one input's value only, so a slider re-renders when its own value changes. */
export function useInputValue(key: InputKey): number {
  let selector = inputSelectors.get(key);
  if (!selector) {
    selector = selectInput(key);
    inputSelectors.set(key, selector);
  }
  return useScenarioStore(selector);
}
