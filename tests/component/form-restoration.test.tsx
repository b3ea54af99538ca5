/**
 * The link is the only source of a scenario's values. A browser restores form fields when it
 * returns to a page (Back, a restored tab), which would put stale values into sliders the store
 * no longer agrees with; and Chromium copies every field's state into the history entry on each
 * address-bar update while a slider is dragged (about a quarter of that update's cost, measured
 * in a trace). So every field opts out with autocomplete="off".
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../src/store/scenario-store';
import { App } from '../../src/ui/app';

afterEach(() => {
  act(() => useScenarioStore.getState().reset());
});

describe('form fields', () => {
  it('every slider, number box, range end, pin name, menu and text box opts out of restoration', async () => {
    const { container } = render(<App />);
    act(() => useScenarioStore.getState().makeRange('cohort'));
    act(() => useScenarioStore.getState().pinCurrent());
    await screen.findByRole('slider', { name: 'Cohort size, low end' });
    const fields = [...container.querySelectorAll('input, textarea, select')];
    // The nine sliders with their boxes at least, and the range's two ends.
    expect(fields.length).toBeGreaterThan(20);
    const restoring = fields.filter((field) => field.getAttribute('autocomplete') !== 'off');
    expect(restoring.map((field) => field.outerHTML.slice(0, 80))).toEqual([]);
  });
});
