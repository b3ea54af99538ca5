/**
 * Fault 1 of issue 9: a number box applies what was typed only on Enter, on leaving the box or
 * after a pause in typing, validates it then, and never rebalances the other shares from a
 * half-typed value.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { TYPING_PAUSE_MS } from '../../src/ui/use-number-entry';
import { withUrlSync } from './url-sync-harness';

const openLink = withUrlSync();

/** Opens the controls as the page would for `search`, with fake timers for the typing pause. */
function open(search: string) {
  vi.useFakeTimers();
  // Testing Library waits a setTimeout(0) after each user-event action and only advances fake
  // timers for it when it sees Jest's; this lets it advance Vitest's instead of hanging.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  openLink(search);
  render(<ControlsPanel />);
  // delay: null: user-event must not wait on the faked timers between keystrokes.
  return userEvent.setup({ delay: null });
}

const box = (label: string) => screen.getByRole('spinbutton', { name: `${label}, exact value` });
const scenario = () => useScenarioStore.getState().scenario;
const pause = (ms = TYPING_PAUSE_MS + 10) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('number boxes', () => {
  it("a half-typed share does not wipe another share (the issue's reproduction)", async () => {
    const user = open('?v=1&toSafety=80&toCap=10');
    const capabilities = box('Capabilities roles');
    // Click at the end of the box and type 5: the box reads 105.
    await user.click(capabilities);
    await user.keyboard('5');
    expect(capabilities).toHaveValue(105);
    expect(scenario()).toMatchObject({ toSafety: 80, toCap: 10 });
    expect(window.location.search).toBe('?v=1&toSafety=80&toCap=10');

    // Correcting it to 15 and pressing Enter applies 15 alone: Safety roles stays 80.
    await user.keyboard('{Backspace}{Backspace}{Backspace}15{Enter}');
    expect(scenario()).toMatchObject({ toSafety: 80, toCap: 15 });
    expect(window.location.search).toBe('?v=1&toSafety=80&toCap=15');
    expect(capabilities).toHaveValue(15);
  });

  it('a pause never applies an out-of-range share; it says what Enter would do', async () => {
    const user = open('?v=1&toSafety=80&toCap=10');
    const capabilities = box('Capabilities roles');
    await user.click(capabilities);
    await user.keyboard('5');
    pause();
    expect(scenario()).toMatchObject({ toSafety: 80, toCap: 10 });
    expect(capabilities).toHaveAccessibleDescription(
      '105 is above the maximum 100 %; Enter sets 100 %.',
    );
    expect(capabilities).toBeInvalid();
    // The next keystroke drops that message; the correction then applies after a pause.
    await user.keyboard('{Backspace}{Backspace}');
    expect(capabilities).not.toHaveAccessibleDescription();
    expect(capabilities).toHaveValue(1);
    await user.keyboard('5');
    pause();
    expect(scenario()).toMatchObject({ toSafety: 80, toCap: 15 });
  });

  it('a pause in typing applies an in-range value as one history entry', async () => {
    const user = open('?v=1');
    const pushState = vi.spyOn(window.history, 'pushState');
    const cohort = box('Cohort size');
    await user.tripleClick(cohort);
    await user.keyboard('250');
    // Mid-typing nothing is applied…
    pause(TYPING_PAUSE_MS - 100);
    expect(scenario().cohort).toBe(1000);
    // …and once typing has paused the value is applied and committed once.
    pause(200);
    expect(scenario().cohort).toBe(250);
    expect(window.location.search).toBe('?v=1&cohort=250');
    expect(pushState).toHaveBeenCalledTimes(1);
    // Leaving the box afterwards adds nothing.
    await user.tab();
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(cohort).toHaveValue(250);
  });

  it('25000 in Cohort size is clamped to 20,000 with a visible message tied to the box', async () => {
    const user = open('?v=1');
    const cohort = box('Cohort size');
    await user.tripleClick(cohort);
    await user.keyboard('25000{Enter}');
    expect(scenario().cohort).toBe(20_000);
    expect(cohort).toHaveValue(20_000);
    const message = screen.getByText('25000 is above the maximum 20,000; set to 20,000 people.');
    expect(message).toBeVisible();
    expect(message).toHaveAttribute('role', 'status');
    expect(cohort).toHaveAttribute('aria-describedby', message.id);
    expect(cohort).toHaveAccessibleDescription(message.textContent ?? '');
    expect(cohort).toBeValid();

    // The next valid apply clears it.
    await user.tripleClick(cohort);
    await user.keyboard('300');
    await user.tab();
    expect(scenario().cohort).toBe(300);
    expect(message).toBeEmptyDOMElement();
    expect(cohort).not.toHaveAttribute('aria-describedby');
  });

  it('an empty box keeps the value and says why; Escape drops a draft', async () => {
    const user = open('?v=1&toSafety=80&toCap=10');
    const safety = box('Safety roles');
    await user.tripleClick(safety);
    await user.keyboard('{Backspace}');
    pause();
    expect(scenario().toSafety).toBe(80);
    await user.keyboard('{Enter}');
    expect(scenario().toSafety).toBe(80);
    expect(safety).toHaveValue(80);
    expect(safety).toHaveAccessibleDescription('Type a number from 0 % to 100 %; kept 80 %.');

    await user.keyboard('3{Escape}');
    expect(safety).toHaveValue(80);
    pause();
    expect(scenario().toSafety).toBe(80);
  });

  it('a message goes once the value is changed another way', async () => {
    const user = open('?v=1');
    const cohort = box('Cohort size');
    await user.tripleClick(cohort);
    await user.keyboard('-5{Enter}');
    expect(scenario().cohort).toBe(0);
    expect(cohort).toHaveAccessibleDescription('-5 is below the minimum 0; set to 0 people.');
    act(() => {
      useScenarioStore.getState().setInput('cohort', 500);
    });
    expect(cohort).not.toHaveAccessibleDescription();
    act(() => {
      useScenarioStore.getState().setInput('cohort', 0);
    });
    expect(cohort).not.toHaveAccessibleDescription();
  });
});
