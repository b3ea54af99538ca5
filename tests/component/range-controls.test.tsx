/**
 * Issue 11, the controls for ranges: every slider row's "Make <label> a range" toggle, the two
 * ends with their exact names and number boxes, the range in words, the sampling settings
 * (Re-roll, samples) and the ranges of the "The thread's disagreements" preset with their
 * citations. The URL sync runs, so "the link changes" is checked on the real address.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canBeRange, INPUT_KEYS, INPUT_SPECS, type InputKey } from '../../src/model/inputs';
import { DEFAULT_SAMPLING } from '../../src/model/ranges';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { PresetsBar } from '../../src/ui/presets-bar';
import { positionFromValue } from '../../src/ui/slider-scale';
import { KEY_STEP_PAUSE_MS } from '../../src/ui/use-step-commit';
import { withUrlSync } from './url-sync-harness';

const openLink = withUrlSync();

beforeEach(() => {
  // applyScenario (in the harness) keeps the sampling; a test that re-rolled must not leak it.
  useScenarioStore.setState({ sampling: DEFAULT_SAMPLING });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function open(search = '?v=1') {
  openLink(search);
  return render(
    <>
      <PresetsBar />
      <ControlsPanel />
    </>,
  );
}

const toggle = (label: string) => screen.getByRole('button', { name: `Make ${label} a range` });
const slider = (name: string) => screen.getByRole('slider', { name });
const box = (name: string) => screen.getByRole('spinbutton', { name: `${name}, exact value` });
const range = (key: InputKey) => useScenarioStore.getState().ranges[key];
const search = () => window.location.search;

/** Moves a range input to `value` on its own scale, then releases the pointer (one commit). */
function slideTo(name: string, key: InputKey, value: number) {
  const input = slider(name);
  fireEvent.change(input, {
    target: { value: String(positionFromValue(INPUT_SPECS[key], value)) },
  });
  fireEvent.pointerUp(input);
}

describe('range toggle on every slider row', () => {
  it('every input has its toggle, off, with one stable name; Years, never a range, has none', () => {
    open();
    for (const key of INPUT_KEYS.filter(canBeRange)) {
      expect(toggle(INPUT_SPECS[key].label)).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.queryByRole('button', { name: 'Make Years a range' })).toBeNull();
  });

  it('turning a range on shows both ends with their exact names and hides the point slider', () => {
    open();
    const commits = useScenarioStore.getState().commitCount;
    fireEvent.click(toggle('Cohort size'));
    // The name stays; aria-pressed says it is on.
    expect(toggle('Cohort size')).toHaveAttribute('aria-pressed', 'true');
    expect(slider('Cohort size, low end')).toHaveAttribute('aria-valuetext', '500 people');
    expect(slider('Cohort size, high end')).toHaveAttribute('aria-valuetext', '1,500 people');
    expect(box('Cohort size, low end')).toHaveValue(500);
    expect(box('Cohort size, high end')).toHaveValue(1500);
    expect(screen.queryByRole('slider', { name: 'Cohort size' })).toBeNull();
    expect(screen.queryByRole('spinbutton', { name: 'Cohort size, exact value' })).toBeNull();
    // The ends are one group named by the row's label.
    expect(screen.getByRole('group', { name: 'Cohort size' })).toContainElement(
      slider('Cohort size, low end'),
    );
    expect(range('cohort')).toEqual({ lo: 500, hi: 1500 });
    // One click, one history entry.
    expect(useScenarioStore.getState().commitCount).toBe(commits + 1);
    expect(search()).toBe('?v=1&cohort=500~1500');
  });

  it('moving an end moves the store’s range, and releasing it commits the link', () => {
    open('?v=1&toCap=40~60');
    slideTo('Capabilities roles, low end', 'toCap', 30);
    expect(range('toCap')).toEqual({ lo: 30, hi: 60 });
    expect(search()).toBe('?v=1&toCap=30~60');
    slideTo('Capabilities roles, high end', 'toCap', 70);
    expect(range('toCap')).toEqual({ lo: 30, hi: 70 });
    expect(search()).toBe('?v=1&toCap=30~70');
    expect(slider('Capabilities roles, high end')).toHaveAttribute('aria-valuetext', '70 %');
  });

  it('key steps on an end commit once after the pause', () => {
    vi.useFakeTimers();
    open('?v=1&toCap=40~60');
    const low = slider('Capabilities roles, low end');
    const commits = useScenarioStore.getState().commitCount;
    for (const value of [41, 42, 43]) {
      fireEvent.keyDown(low, { key: 'ArrowRight' });
      fireEvent.change(low, { target: { value: String(value) } });
      fireEvent.keyUp(low, { key: 'ArrowRight' });
    }
    expect(useScenarioStore.getState().commitCount).toBe(commits);
    act(() => {
      vi.advanceTimersByTime(KEY_STEP_PAUSE_MS + 10);
    });
    expect(useScenarioStore.getState().commitCount).toBe(commits + 1);
    // Its middle (51.5 %) now takes room from Safety roles, a point share, which gives way.
    expect(search()).toBe('?v=1&toSafety=48.5&toCap=43~60');
  });

  it('an end moved past the other pushes it', () => {
    open('?v=1&toCap=40~60');
    slideTo('Capabilities roles, high end', 'toCap', 20);
    expect(range('toCap')).toEqual({ lo: 19.9, hi: 20 });
    expect(slider('Capabilities roles, low end')).toHaveAttribute('aria-valuetext', '19.9 %');
    slideTo('Capabilities roles, low end', 'toCap', 80);
    expect(range('toCap')).toEqual({ lo: 80, hi: 80.1 });
    expect(slider('Capabilities roles, high end')).toHaveAttribute('aria-valuetext', '80.1 %');
  });

  it('turning the range off restores the point slider at the range’s middle', () => {
    open('?v=1&toCap=40~60');
    slideTo('Capabilities roles, low end', 'toCap', 20);
    fireEvent.click(toggle('Capabilities roles'));
    expect(toggle('Capabilities roles')).toHaveAttribute('aria-pressed', 'false');
    expect(range('toCap')).toBeUndefined();
    expect(screen.queryByRole('slider', { name: 'Capabilities roles, low end' })).toBeNull();
    expect(slider('Capabilities roles')).toHaveAttribute('aria-valuetext', '40 %');
    expect(box('Capabilities roles')).toHaveValue(40);
    expect(search()).toBe('?v=1&toCap=40');
  });

  it('says the family and the median in words, as part of each end’s description', () => {
    open('?v=1&toCap=5~20&neutral=10~100');
    const words = '90 % between 5 % and 20 %, logit-normal; median 10.3 %';
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(slider('Capabilities roles, low end')).toHaveAccessibleDescription(
      expect.stringContaining(words),
    );
    expect(
      screen.getByText('90 % between 1 : 10 and 1 : 100, lognormal; median 1 : 31.6'),
    ).toBeInTheDocument();
    // An end on a bound: the median sits near it, which is why it is shown.
    slideTo('Capabilities roles, low end', 'toCap', 0);
    expect(
      screen.getByText('90 % between 0 % and 20 %, logit-normal; median 1.1 %'),
    ).toBeInTheDocument();
  });
});

describe('range end number boxes', () => {
  it('apply on Enter and clamp with a message, as the point box does', async () => {
    open('?v=1&cohort=500~1500');
    const user = userEvent.setup();
    const low = box('Cohort size, low end');
    await user.tripleClick(low);
    await user.keyboard('250{Enter}');
    expect(range('cohort')).toEqual({ lo: 250, hi: 1500 });
    expect(search()).toBe('?v=1&cohort=250~1500');

    const high = box('Cohort size, high end');
    await user.tripleClick(high);
    await user.keyboard('30000{Enter}');
    expect(range('cohort')).toEqual({ lo: 250, hi: 20000 });
    expect(high).toHaveAccessibleDescription(
      '30000 is above the maximum 20,000; set to 20,000 people.',
    );
    // Typed past the other end: the other end is pushed.
    await user.tripleClick(low);
    await user.keyboard('20000{Enter}');
    expect(range('cohort')).toEqual({ lo: 19999, hi: 20000 });
  });
});

describe('sampling controls', () => {
  it('are shown only while some input is a range', () => {
    open();
    expect(screen.queryByRole('button', { name: 'Re-roll' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Sampling' })).toBeNull();
    fireEvent.click(toggle('Your net-neutral ratio'));
    expect(screen.getByRole('group', { name: 'Sampling' })).toBeInTheDocument();
    fireEvent.click(toggle('Your net-neutral ratio'));
    expect(screen.queryByRole('group', { name: 'Sampling' })).toBeNull();
  });

  it('Re-roll changes the seed it shows and the link, in one history entry', () => {
    open('?v=1&toCap=40~60');
    const seed = screen.getByRole('status', { name: 'Seed' });
    expect(seed).toHaveTextContent('1');
    vi.spyOn(Math, 'random').mockReturnValue(0.25);
    const pushState = vi.spyOn(window.history, 'pushState');
    fireEvent.click(screen.getByRole('button', { name: 'Re-roll' }));
    expect(seed).toHaveTextContent('1073741824');
    expect(useScenarioStore.getState().sampling.seed).toBe(1073741824);
    expect(search()).toBe('?v=1&toCap=40~60&seed=1073741824');
    expect(pushState).toHaveBeenCalledTimes(1);
  });

  it('the samples select sets the count and the link', () => {
    open('?v=1&toCap=40~60');
    const samples = screen.getByRole('combobox', { name: 'Samples' });
    expect(samples).toHaveValue('10000');
    expect(
      within(samples)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1,000', '10,000', '100,000']);
    fireEvent.change(samples, { target: { value: '100000' } });
    expect(useScenarioStore.getState().sampling.samples).toBe(100_000);
    expect(search()).toBe('?v=1&toCap=40~60&samples=100000');
  });

  it("offers a link's own sample count", () => {
    open('?v=1&toCap=40~60&samples=2500');
    const samples = screen.getByRole('combobox', { name: 'Samples' });
    expect(samples).toHaveValue('2500');
    expect(within(samples).getByRole('option', { name: '2,500' })).toBeInTheDocument();
  });
});

describe("the thread's disagreements preset", () => {
  it('sets its ranges and cites each one', () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: "The thread's disagreements" }));
    expect(useScenarioStore.getState().ranges).toEqual({
      neutral: { lo: 10, hi: 100 },
      toCap: { lo: 1.4, hi: 50 },
      indepWeight: { lo: 0, hi: 100 },
    });
    for (const label of [
      'Your net-neutral ratio',
      'Capabilities roles',
      'Independents counted as safety',
    ]) {
      expect(toggle(label)).toHaveAttribute('aria-pressed', 'true');
    }
    const item = screen
      .getByRole('button', { name: "The thread's disagreements" })
      .closest('li') as HTMLElement;
    const details = within(item).getByText('Sources of the ranges').closest('details');
    expect(details).not.toHaveAttribute('open');
    const citations = within(details as HTMLElement).getAllByRole('listitem');
    expect(citations.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Your net-neutral ratio 1 : 10 to 1 : 100: The thread puts/),
      expect.stringMatching(/^Capabilities roles 1\.4–50 % \(judgement\): Low end: the 2024/),
      expect.stringMatching(
        /^Independents counted as safety 0–100 % \(judgement\): The thread ignores/,
      ),
    ]);
    expect(within(citations[1] as HTMLElement).getByRole('link', { name: /survey/i })).toBeTruthy();
    // Presets of points have no such disclosure.
    const thread = screen
      .getByRole('button', { name: "Thread's illustration" })
      .closest('li') as HTMLElement;
    expect(within(thread).queryByText('Sources of the ranges')).toBeNull();
  });
});
