import { selectInput, selectRange } from '../store/selectors';
import type { InputKey } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { useScenario } from '../store/use-store-while';

const inputSelectors = new Map<InputKey, ReturnType<typeof selectInput>>();

/** Subscribes to one input's value only, so a slider re-renders when its own value changes. */
export function useInputValue(key: InputKey): number {
  let selector = inputSelectors.get(key);
  if (!selector) {
    selector = selectInput(key);
    inputSelectors.set(key, selector);
  }
  return useScenario(selector);
}

const rangeSelectors = new Map<InputKey, ReturnType<typeof selectRange>>();

/** Subscribes to one input's range only (undefined while it is a point). */
export function useInputRange(key: InputKey): InputRange | undefined {
  let selector = rangeSelectors.get(key);
  if (!selector) {
    selector = selectRange(key);
    rangeSelectors.set(key, selector);
  }
  return useScenario(selector);
}
