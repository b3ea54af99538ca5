/**
 * "How sure is the verdict": the three uncertainty charts appear only while some input is a
 * range, each a figure with its title, "In words" text stating the run's numbers, legend and a
 * keyboard readout; the section marks a summary a step behind as updating and says plainly when
 * the sampling failed. The Monte Carlo runs are the page's own (startPageUncertaintyRuns) with a
 * client that runs the worker's handler in the test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { formatChanceInWords } from '../../src/format/chance-format';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import { useScenarioStore } from '../../src/store/scenario-store';
import { UncertaintyChartsPanel } from '../../src/ui/uncertainty-charts-panel';
import { monteCarloReplies } from '../../src/worker/monte-carlo-handler';

const TITLES = [
  'Chance of net positive against the net-neutral ratio',
  'The distribution of net impact at your ratio',
  'Sensitivity: which range decides the verdict',
] as const;
const SLOW = { timeout: 15_000 };

interface Pending {
  readonly job: MonteCarloJob;
  readonly answer: () => void;
  readonly fail: (message: string) => void;
}

/** Answers at once, or (held) when the test says so. */
function testClient(pending: Pending[], hold: { current: boolean }): MonteCarloClient {
  let id = 0;
  return {
    run: (job) =>
      new Promise<UncertaintySummary | null>((resolve, reject) => {
        id += 1;
        const reply = monteCarloReplies({ id, ...job }).summary;
        const answer = () => resolve(reply.ok ? reply.summary : null);
        if (!hold.current) answer();
        else pending.push({ job, answer, fail: (message) => reject(new Error(message)) });
      }),
    dispose: () => {},
  };
}

let pending: Pending[];
const hold = { current: false };

beforeEach(() => {
  useScenarioStore.getState().reset();
  pending = [];
  hold.current = false;
  startPageUncertaintyRuns(useScenarioStore, testClient(pending, hold));
});

afterEach(() => {
  act(() => useScenarioStore.getState().reset());
  stopPageUncertaintyRuns();
});

const figureOf = (title: string) => screen.getByRole('figure', { name: title });
const textOf = (title: string) => figureOf(title).querySelector('.chart-figure__text')?.textContent;
const section = () => screen.getByRole('region', { name: 'How sure is the verdict' });

/** A split scenario where the verdict is in doubt: 1 % in safety roles, wide ranges. */
function splitWithRanges(): void {
  const store = useScenarioStore.getState();
  store.setInput('toSafety', 1);
  store.makeRange('toCap');
  store.setRangeEnd('toCap', 'lo', 5);
  store.setRangeEnd('toCap', 'hi', 50);
  store.makeRange('neutral');
  store.setRangeEnd('neutral', 'lo', 10);
  store.setRangeEnd('neutral', 'hi', 100);
}

describe('How sure is the verdict', () => {
  it(
    'is not there without ranges, and appears with its three charts once one exists',
    SLOW,
    async () => {
      render(<UncertaintyChartsPanel />);
      expect(screen.queryByRole('heading', { name: 'How sure is the verdict' })).toBeNull();
      for (const title of TITLES) expect(screen.queryByRole('figure', { name: title })).toBeNull();

      act(() => splitWithRanges());
      expect(
        screen.getByRole('heading', { level: 2, name: 'How sure is the verdict' }),
      ).toBeVisible();
      await waitFor(() => {
        for (const title of TITLES)
          expect(figureOf(title).querySelector('svg.recharts-surface')).not.toBeNull();
      }, SLOW);
      for (const title of TITLES) {
        expect(
          within(figureOf(title)).getByRole('button', { name: 'Download chart as SVG' }),
        ).toBeVisible();
        expect(within(figureOf(title)).getByRole('list', { name: 'Legend' })).toBeVisible();
      }

      // Back to points: the section goes.
      act(() => {
        useScenarioStore.getState().makePoint('toCap');
        useScenarioStore.getState().makePoint('neutral');
      });
      expect(screen.queryByRole('region', { name: 'How sure is the verdict' })).toBeNull();
    },
  );

  it('states the run’s numbers in words', SLOW, async () => {
    act(() => splitWithRanges());
    render(<UncertaintyChartsPanel />);
    await waitFor(() => expect(figureOf(TITLES[0])).toBeInTheDocument(), SLOW);
    const state = useScenarioStore.getState();
    const summary = monteCarloReplies({
      id: 1,
      scenario: state.scenario,
      ranges: state.ranges,
      sampling: state.sampling,
    });
    if (!summary.summary.ok) throw new Error('no summary');
    const { at10, at100 } = summary.summary.summary.chance;
    // The chances as the headline writes them (format/chance-format.ts).
    expect(textOf(TITLES[0])).toContain(`${formatChanceInWords(at10)} are net positive at 1 : 10`);
    expect(textOf(TITLES[0])).toContain(`${formatChanceInWords(at100)} at 1 : 100`);
    expect(textOf(TITLES[1])).toMatch(
      /median [−\d.,]+ safety-researcher equivalents, 90 % between/,
    );
    expect(textOf(TITLES[2])).toMatch(
      /^In words: With every range at its median, net impact at your ratio/,
    );
    // With 1 % in safety roles, either range alone flips the verdict.
    expect(textOf(TITLES[2])).toContain('flips the verdict');
    // Each flipping bar is labelled and hatched in the drawing too, not marked by colour alone.
    const plotOf = () => figureOf(TITLES[2]).querySelector('svg.recharts-surface');
    await waitFor(
      () => expect(plotOf()?.querySelector('.chart-bar')).toBeInstanceOf(Element),
      SLOW,
    );
    const bars = plotOf()?.querySelectorAll('.chart-bar') ?? [];
    expect(bars).toHaveLength(2);
    for (const bar of bars) {
      expect(bar.querySelector('text')).toHaveTextContent('flips the verdict');
      expect(bar.querySelector('rect[fill^="url(#"]')).not.toBeNull();
    }
  });

  it('reads the chance curve out along N with the keyboard', SLOW, async () => {
    act(() => splitWithRanges());
    render(<UncertaintyChartsPanel />);
    const explorer = await screen.findByRole(
      'slider',
      { name: 'Values along the chance-of-net-positive chart' },
      SLOW,
    );
    // Starts at your ratio, the middle of 10–100: 1 : 31.6.
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^At 1 : 31\.6, \d+\.\d % of samples are net positive$/),
    );
    fireEvent.keyDown(explorer, { key: 'Home' });
    expect(explorer).toHaveAttribute('aria-valuenow', '0');
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^At 1 : 1, [\d.<> ]+ % of samples are net positive$/),
    );
    expect(figureOf(TITLES[0]).querySelector('.chart-readout')).toHaveTextContent('At 1 : 1,');
  });

  it('reads the tornado out bar by bar, top first', SLOW, async () => {
    act(() => splitWithRanges());
    render(<UncertaintyChartsPanel />);
    const explorer = await screen.findByRole(
      'slider',
      { name: 'Bars of the sensitivity chart' },
      SLOW,
    );
    expect(explorer).toHaveAttribute('aria-valuenow', '0');
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(
        /^Your net-neutral ratio \(flips the verdict\): At 1 : 10 \(5th percentile\) −[\d.,]+; At 1 : 100 \(95th percentile\) [\d.,]+$/,
      ),
    );
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(
        /^Capabilities roles \(flips the verdict\): At 5 % \(5th percentile\) [\d.,]+; At 50 % \(95th percentile\) −[\d.,]+$/,
      ),
    );
  });

  it('reads the histogram out bin by bin', SLOW, async () => {
    act(() => splitWithRanges());
    render(<UncertaintyChartsPanel />);
    const explorer = await screen.findByRole(
      'slider',
      { name: 'Bars of the net-impact distribution chart' },
      SLOW,
    );
    fireEvent.keyDown(explorer, { key: 'Home' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(
        /^Net impact −?[\d.,]+ to −?[\d.,]+: Samples [\d,]+ samples? \([\d.<> ]+ %\)$/,
      ),
    );
  });

  it(
    'keeps the last summary marked as updating while a newer run goes, and says when it failed',
    SLOW,
    async () => {
      act(() => splitWithRanges());
      render(<UncertaintyChartsPanel />);
      await waitFor(() => expect(figureOf(TITLES[0])).toBeInTheDocument(), SLOW);
      const before = textOf(TITLES[0]);
      expect(section()).toHaveAttribute('aria-busy', 'false');

      hold.current = true;
      act(() => useScenarioStore.getState().setInput('toSafety', 4));
      expect(section()).toHaveAttribute('aria-busy', 'true');
      const updating = within(section()).getByText(/^Updating: the charts show the last run/);
      expect(updating).toBeVisible();
      expect(updating).not.toHaveClass('uncertainty-charts__status--hidden');
      expect(textOf(TITLES[0])).toBe(before);

      await act(async () => {
        pending[0]?.answer();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      expect(section()).toHaveAttribute('aria-busy', 'false');
      // The line keeps its place, hidden (visibility: hidden takes it out of the accessibility
      // tree), so the charts below do not move at every step of a drag.
      expect(within(section()).getByText(/^Updating/)).toHaveClass(
        'uncertainty-charts__status--hidden',
      );
      expect(textOf(TITLES[0])).not.toBe(before);

      act(() => useScenarioStore.getState().setInput('toSafety', 6));
      await act(async () => {
        pending[1]?.fail('out of memory');
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      expect(
        within(section()).getByText(
          /^The sampling failed, so these charts cannot be drawn \(out of memory\)/,
        ),
      ).toBeVisible();
      for (const title of TITLES) expect(screen.queryByRole('figure', { name: title })).toBeNull();
    },
  );
});
