/**
 * The sticky summary (issue 9, fault 12): the headline in a small named region that follows the
 * sliders, with the same words and numbers as the figure cards, and no live-region chatter.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { decodeLink } from '../../src/url/link-codec';
import { useScenarioStore } from '../../src/store/scenario-store';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { StickySummary } from '../../src/ui/sticky-summary';
import { instantClient, manualClient, type PendingRun } from './uncertainty-harness';

const region = () => screen.getByRole('region', { name: 'Summary of the figures' });

/** The summary's items as "term: value". */
function items(): string[] {
  return within(region())
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent ?? ''}`);
}

const card = (label: string) => screen.getByRole('status', { name: label }).textContent ?? '';

describe('StickySummary', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  afterEach(() => {
    stopPageUncertaintyRuns();
    useScenarioStore.getState().reset();
  });

  it('with ranges shows the medians the cards show, and your ratio as your range', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(
      <>
        <StickySummary />
        <HeadlineFigures />
      </>,
    );
    // Your ratio 1 : 10 to 1 : 100 (middle 1 : 31.6), the capabilities share and the cohort ranges.
    const { state } = decodeLink('?v=1&neutral=10~100&toCap=30~60&cohort=500~2000');
    act(() => useScenarioStore.getState().applyLinkState(state));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const median = (label: string) => card(label).split(', 90 %')[0];
    expect(items()).toEqual([
      `Field after: ${median('Field ratio after')} (cap. : safety, median)`,
      `New researchers: ${median('New researchers ratio')} (safety : cap., median)`,
      `At 1 : 10: Net positive, median net impact ${median('Net impact at 1:10')}`,
      `At 1 : 100: Net positive, median net impact ${median('Net impact at 1:100')}`,
      // Each sample at its own N: not "At your 1 : 31.6", the range's middle.
      `At your ratio: Net positive, median net impact ${median('Net impact at your ratio')}`,
    ]);
    expect(region()).not.toHaveAttribute('aria-busy');
  });

  it('with ranges whose median balance is a named case, says no orientation after it', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(
      <>
        <StickySummary />
        <HeadlineFigures />
      </>,
    );
    // No capabilities placements in any sample: every sample's balance is "all safety".
    const { state } = decodeLink('?v=1&toCap=0&nonGen=0&neutral=10~100');
    act(() => useScenarioStore.getState().applyLinkState(state));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(card('New researchers ratio')).toMatch(/^all safety/);
    expect(items()[1]).toBe('New researchers: all safety');
  });

  it('names your range as your ratio while the first run is still on its way', () => {
    const pending: PendingRun[] = [];
    startPageUncertaintyRuns(useScenarioStore, manualClient(pending));
    render(<StickySummary />);
    const { state } = decodeLink('?v=1&neutral=10~100');
    act(() => useScenarioStore.getState().applyLinkState(state));
    // Point values until the summary comes, but never "At your 1 : 31.6", the range's middle.
    expect(items().at(-1)).toMatch(/^At your ratio: Net positive, net impact [\d,]+$/);
    expect(region()).toHaveAttribute('aria-busy', 'true');
  });

  it('shows the ratios and each verdict with its net impact, as the cards do', () => {
    render(
      <>
        <StickySummary />
        <HeadlineFigures />
      </>,
    );
    expect(items()).toEqual([
      `Field after: ${card('Field ratio after')} (cap. : safety)`,
      `New researchers: ${card('New researchers ratio')} (safety : cap.)`,
      `At 1 : 10: Net positive, net impact ${card('Net impact at 1:10')}`,
      // Your N is the thread's 1 : 100: one item for it, not the same verdict twice.
      `At your 1 : 100: Net positive, net impact ${card('Net impact at 1:100')}`,
    ]);
  });

  it('follows the inputs, names edge cases and adds your own N', () => {
    render(<StickySummary />);
    act(() => {
      useScenarioStore
        .getState()
        .applyScenario({ ...DEFAULT_SCENARIO, toSafety: 0, toCap: 100, neutral: 37 });
    });
    expect(items()).toEqual([
      'Field after: 11 : 1 (cap. : safety)',
      // A named case is not a ratio: no orientation after it.
      'New researchers: all capabilities (no safety placements)',
      'At 1 : 10: Net negative, net impact −100',
      'At 1 : 100: Net negative, net impact −10',
      'At your 1 : 37: Net negative, net impact −27',
    ]);
  });

  it('is a named region without live announcements or duplicate figure names', () => {
    const { container } = render(<StickySummary />);
    expect(region()).toBe(container.firstElementChild);
    expect(container.querySelector('[aria-live], output, [role="status"]')).toBeNull();
  });
});
