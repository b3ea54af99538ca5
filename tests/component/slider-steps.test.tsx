/**
 * Fault 8 of issue 9: consecutive keyboard steps on one slider are one change, so one
 * browser-history entry, while a pointer release still commits at once.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { INPUT_SPECS } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { positionFromValue, valueFromPosition } from '../../src/ui/slider-scale';
import { KEY_STEP_PAUSE_MS } from '../../src/ui/use-step-commit';
import { withUrlSync } from './url-sync-harness';

const openLink = withUrlSync();

function open() {
  vi.useFakeTimers();
  openLink('?v=1');
  render(<ControlsPanel />);
  return vi.spyOn(window.history, 'pushState');
}

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

/** One arrow press as a browser does it: key down, the value moves one step, key up. */
function press(slider: HTMLElement, key: string, delta: number) {
  fireEvent.keyDown(slider, { key });
  const position = Number((slider as HTMLInputElement).value);
  fireEvent.change(slider, { target: { value: String(position + delta) } });
  fireEvent.keyUp(slider, { key });
}

const cohortAfter = (steps: number) =>
  valueFromPosition(INPUT_SPECS.cohort, positionFromValue(INPUT_SPECS.cohort, 1000) + steps);

describe('slider commits', () => {
  it('30 arrow presses in a row are one history entry', () => {
    const pushState = open();
    const cohort = screen.getByRole('slider', { name: 'Cohort size' });
    for (let step = 0; step < 30; step += 1) {
      press(cohort, 'ArrowRight', 1);
      wait(KEY_STEP_PAUSE_MS / 5);
    }
    expect(useScenarioStore.getState().scenario.cohort).toBe(cohortAfter(30));
    expect(pushState).not.toHaveBeenCalled();
    wait(KEY_STEP_PAUSE_MS);
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe(`?v=1&cohort=${cohortAfter(30)}`);

    // After a pause the next presses are a new change.
    press(cohort, 'ArrowLeft', -1);
    press(cohort, 'ArrowLeft', -1);
    wait(KEY_STEP_PAUSE_MS + 10);
    expect(pushState).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe(`?v=1&cohort=${cohortAfter(28)}`);
  });

  it('leaving the slider or pressing another key commits waiting steps at once', () => {
    const pushState = open();
    const cohort = screen.getByRole('slider', { name: 'Cohort size' });
    press(cohort, 'ArrowRight', 1);
    fireEvent.blur(cohort);
    expect(pushState).toHaveBeenCalledTimes(1);
    wait(KEY_STEP_PAUSE_MS + 10);
    expect(pushState).toHaveBeenCalledTimes(1);

    // Ctrl (as in Ctrl+Z) commits first, so Undo undoes these steps and not the ones before.
    press(cohort, 'ArrowRight', 1);
    fireEvent.keyDown(cohort, { key: 'Control', ctrlKey: true });
    expect(pushState).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe(`?v=1&cohort=${cohortAfter(2)}`);
  });

  it('a pointer release commits at once', () => {
    const pushState = open();
    const toCap = screen.getByRole('slider', { name: 'Capabilities roles' });
    fireEvent.change(toCap, { target: { value: '20' } });
    fireEvent.change(toCap, { target: { value: '10' } });
    fireEvent.pointerUp(toCap);
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&toCap=10');
  });
});
