/**
 * A range on the net-neutral ratio while N comes from the field (`nFrom=field`): it is kept (the
 * link keeps it, and "Your slider" brings it back) but not used. The row says so in visible text
 * that is part of the slider's description; alone it does not start sampling (no chances, no
 * Sampling group); beside a range that is used, the headline's "your ratio" reads the derived N,
 * not the kept range, and the sensitivity chart has no bar for it. The same holds the other way
 * round for a range on Safety importance while N is set by the slider.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { DEFAULT_SAMPLING } from '../../src/model/ranges';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { UncertaintyChartsPanel } from '../../src/ui/uncertainty-charts-panel';
import { instantClient } from './uncertainty-harness';
import { withUrlSync } from './url-sync-harness';

const openLink = withUrlSync();
const SLOW = { timeout: 15_000 };
const KEPT =
  'Your range 1 : 10 to 1 : 100 is kept for when you set N yourself; it is not sampled while N follows from the field. To spread N, make Safety importance or a field size a range.';

beforeEach(() => {
  useScenarioStore.setState({ sampling: DEFAULT_SAMPLING });
  startPageUncertaintyRuns(useScenarioStore, instantClient());
});
afterEach(() => {
  stopPageUncertaintyRuns();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function open(search: string) {
  openLink(search);
  return render(
    <>
      <ControlsPanel />
      <HeadlineFigures />
    </>,
  );
}

const chance = () => screen.queryByRole('status', { name: 'Chance net positive at 1:10' });

describe('a net-neutral range while N comes from the field', () => {
  it('is kept, said so on the row, and samples nothing on its own', SLOW, async () => {
    open('?v=1&neutral=10~100&nFrom=field');
    await settle();
    expect(screen.getByText(KEPT)).toBeVisible();
    const n = screen.getByRole('slider', { name: 'Your net-neutral ratio' });
    expect(n).toBeDisabled();
    expect(n).toHaveAccessibleDescription(expect.stringContaining(KEPT));
    expect(
      screen.queryByRole('button', { name: 'Make Your net-neutral ratio a range' }),
    ).toBeNull();
    // A page of points: no chances, no Sampling group, no interval on any figure.
    expect(chance()).toBeNull();
    expect(screen.queryByRole('group', { name: 'Sampling' })).toBeNull();
    expect(screen.getByRole('status', { name: 'Verdict at 1:100' }).textContent).not.toContain(
      '90 %',
    );
    // The store and the link keep it.
    expect(useScenarioStore.getState().ranges.neutral).toEqual({ lo: 10, hi: 100 });
    expect(window.location.search).toBe('?v=1&neutral=10~100&nFrom=field');
  });

  it(
    'comes back with "Your slider", and sampling starts; it goes again with "From the field"',
    SLOW,
    async () => {
      open('?v=1&neutral=10~100&nFrom=field');
      await settle();
      fireEvent.click(screen.getByRole('radio', { name: 'Your slider' }));
      expect(
        await screen.findByRole('slider', { name: 'Your net-neutral ratio, low end' }, SLOW),
      ).toHaveAttribute('aria-valuetext', '1 : 10');
      expect(
        screen.getByRole('button', { name: 'Make Your net-neutral ratio a range' }),
      ).toHaveAttribute('aria-pressed', 'true');
      expect(screen.queryByText(KEPT)).toBeNull();
      await waitFor(() => expect(chance()?.textContent).toMatch(/%$/), SLOW);
      await waitFor(() => expect(window.location.search).toBe('?v=1&neutral=10~100'));
      fireEvent.click(screen.getByRole('radio', { name: 'From the field' }));
      await settle();
      expect(chance()).toBeNull();
      expect(screen.getByText(KEPT)).toBeVisible();
    },
  );

  it(
    'beside a range in use: "your ratio" is the derived N, and the tornado has no bar for the kept range',
    SLOW,
    async () => {
      // N = 3 × 10,000 / 1,000 = 30; the split's range is what is uncertain.
      const search = '?v=1&toSafety=1&toCap=5~50&neutral=10~100&nFrom=field&importance=3';
      open(search);
      render(<UncertaintyChartsPanel />);
      await waitFor(() => expect(chance()?.textContent).toMatch(/%$/), SLOW);
      const yours = screen.getByRole('status', { name: 'Verdict at your ratio' });
      expect(yours.textContent).toMatch(/, 90 %: /);
      expect(screen.getByText('your net-neutral ratio 1 : 30')).toBeVisible();
      expect(screen.queryByText(/^your range/)).toBeNull();
      const bars = await screen.findByRole(
        'slider',
        { name: 'Bars of the sensitivity chart' },
        SLOW,
      );
      expect(bars).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Capabilities roles/));
      // One bar only: the end of the readout is its start.
      fireEvent.keyDown(bars, { key: 'End' });
      expect(bars).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Capabilities roles/));
      const words = screen.getByRole('figure', {
        name: 'Sensitivity: which range decides the verdict',
      });
      expect(words.textContent).not.toContain('net-neutral ratio');
    },
  );

  it('with a range on importance, "your ratio" is each sample’s own derived N', SLOW, async () => {
    open('?v=1&toSafety=1&toCap=5~50&nFrom=field&importance=1~10');
    await waitFor(() => expect(chance()?.textContent).toMatch(/%$/), SLOW);
    expect(screen.getByText("your N from each sample's own field")).toBeVisible();
    expect(screen.getByText(/each sample at its own N from its own field/)).toBeVisible();
  });
});

describe('an importance range while N is set by the slider', () => {
  const KEPT_IMPORTANCE =
    'Your range 1×–30× is kept for when N follows from the field; it is not sampled while N is set by your slider.';

  it(
    'is kept, said so in the row’s description, and samples nothing until N follows from the field',
    SLOW,
    async () => {
      open('?v=1&importance=1~30');
      const low = await screen.findByRole('slider', { name: 'Safety importance, low end' }, SLOW);
      await settle();
      expect(screen.getByText(KEPT_IMPORTANCE)).toBeVisible();
      expect(low).toHaveAccessibleDescription(expect.stringContaining(KEPT_IMPORTANCE));
      expect(chance()).toBeNull();
      expect(screen.queryByRole('group', { name: 'Sampling' })).toBeNull();

      fireEvent.click(screen.getByRole('radio', { name: 'From the field' }));
      expect(
        await screen.findByRole('status', { name: 'Chance net positive at 1:10' }, SLOW),
      ).toBeVisible();
      expect(screen.queryByText(KEPT_IMPORTANCE)).toBeNull();
      expect(useScenarioStore.getState().ranges.importance).toEqual({ lo: 1, hi: 30 });
    },
  );
});
