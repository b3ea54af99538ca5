/**
 * A slider the reader moved on the prerendered page, before the app's code had loaded (a slow
 * phone), keeps its place once the app takes over, and the figures follow it.
 *
 * Why it is needed: when React hydrates an input it leaves the value the reader gave it in the
 * DOM and sets only the default value (the prerendered one), but it tells no component about the
 * difference (React 19.3 does not replay such changes). The store still held the prerendered
 * scenario, so the render that follows hydration put the slider back and the move was lost.
 * This reads the difference once, as the slider mounts, and applies it as a committed change (in
 * the address and one step of Undo away), exactly as if the move had come after hydration.
 *
 * On a page rendered without hydration (later mounts, tests), and on a slider nobody moved,
 * React has set the value and the default value to the same text, so this does nothing.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { scenarioActions } from '../store/scenario-store';
import { valueFromPosition } from './slider-scale';

/** The slider's position if the reader moved it before hydration, else null. */
export function positionMovedBeforeHydration(input: HTMLInputElement | null): number | null {
  if (input === null || input.value === input.defaultValue) return null;
  const position = Number(input.value);
  return Number.isFinite(position) ? position : null;
}

/** Applies, once at mount, a position the reader gave `inputKey`'s slider before hydration. */
export function useMoveBeforeHydration(
  slider: RefObject<HTMLInputElement | null>,
  inputKey: InputKey,
): void {
  // Both stay the same for the slider's life, so this runs at mount only (every render after it
  // leaves the value and the default value equal anyway).
  useLayoutEffect(() => {
    const position = positionMovedBeforeHydration(slider.current);
    if (position === null) return;
    const { setInput, commit } = scenarioActions();
    setInput(inputKey, valueFromPosition(INPUT_SPECS[inputKey], position));
    commit();
  }, [slider, inputKey]);
}
