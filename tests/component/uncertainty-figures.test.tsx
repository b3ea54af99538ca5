/**
 * The headline figures with ranges (issue 11), by role and exact accessible name: the three
 * chances of net positive, each figure's median with its 90 % interval, the updating mark while
 * the summary is a step behind, the "> 99.9 %" / "< 0.1 %" forms, a failed run's message, and a
 * points-only page exactly as before. The runs use the worker's own handler in the test
 * (uncertainty-harness.ts), started as main.tsx starts them.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { formatNumber } from '../../src/format/format';
import { formatChance } from '../../src/format/uncertainty-format';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { runUncertainty } from '../../src/model/uncertainty';
import { useScenarioStore } from '../../src/store/scenario-store';
import { decodeLink } from '../../src/url/link-codec';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { instantClient, manualClient, type PendingRun } from './uncertainty-harness';

const CHANCES = [
  'Chance net positive at 1:10',
  'Chance net positive at 1:100',
  'Chance net positive at your ratio',
] as const;

/** Ranges on the split and the ratio whose chances are neither 0 nor 100 % (3.3 %, 81.5 %, 36.4 %). */
const LINK = '?v=1&neutral=10~100&toCap=30~60&nonGen=85~99';

const output = (name: string) => screen.getByRole('status', { name });
const headline = () => screen.getByRole('region', { name: 'Figures for this scenario' });

function openLink(search: string) {
  const decoded = decodeLink(search);
  act(() => useScenarioStore.getState().applyLinkState(decoded.state));
}

/** Lets the client's promises settle and React render what they brought. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(() => {
  useScenarioStore.getState().reset();
});

afterEach(() => {
  stopPageUncertaintyRuns();
  useScenarioStore.getState().reset();
});

describe('figures with ranges', () => {
  it('show the three chances, each what the model computes for the same seed', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(<HeadlineFigures />);
    openLink(LINK);
    await settle();
    const { scenario, ranges, sampling } = useScenarioStore.getState();
    const expected = runUncertainty(scenario, ranges, sampling).chance;
    expect(output('Chance net positive at 1:10')).toHaveTextContent(
      new RegExp(`^${formatChance(expected.at10)}$`),
    );
    expect(output('Chance net positive at 1:100')).toHaveTextContent(
      new RegExp(`^${formatChance(expected.at100)}$`),
    );
    expect(output('Chance net positive at your ratio')).toHaveTextContent(
      new RegExp(`^${formatChance(expected.atUser)}$`),
    );
    for (const name of CHANCES) {
      expect(output(name).tagName).toBe('OUTPUT');
      // Samples on both sides: one decimal.
      expect(output(name).textContent).toMatch(/^\d{1,2}\.\d %$/);
    }
    expect(output('Chance net positive at 1:10')).toHaveTextContent(/^3\.3 %$/);
    expect(screen.getByText('10,000 samples, seed 1')).toBeVisible();
    expect(headline()).not.toHaveAttribute('aria-busy');
  });

  it('give every figure its median and 90 % interval', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(<HeadlineFigures />);
    openLink(LINK);
    await settle();
    const { scenario, ranges, sampling } = useScenarioStore.getState();
    const { figures } = runUncertainty(scenario, ranges, sampling);
    // Only the split and the ratio are ranges: the field now is one number.
    expect(output('Field ratio now')).toHaveTextContent(/^10 : 1, 90 %: 10$/);
    expect(output('Field ratio after').textContent).toMatch(/^[\d.]+ : 1, 90 %: [\d.]+–[\d.]+$/);
    expect(output('Break-even ratio').textContent).toMatch(/^1 : [\d.]+, 90 %: 1 : [\d.]+–[\d.]+$/);
    expect(figures.breakEvenRatio.p5).toBeLessThan(figures.breakEvenRatio.p95);
    expect(output('Net impact at 1:100').textContent).toMatch(/^[\d,.]+, 90 %: /);
    expect(output('Verdict at 1:100')).toHaveTextContent(
      /^Net positive, 90 %: net negative to net positive$/,
    );
    expect(output('Verdict at 1:10')).toHaveTextContent(/^Net negative, 90 %: net negative/);
    // Your ratio is a range: its verdict is over each sample's own N, and says so.
    expect(screen.getByText('your range 1 : 10 to 1 : 100')).toBeVisible();
    for (const name of [
      'Field ratio after',
      'New researchers ratio',
      'Capabilities per 100 safety',
      'Verdict at 1:10',
      'Net impact at 1:10',
      'Verdict at your ratio',
      'Net impact at your ratio',
    ]) {
      expect(output(name).textContent, name).toMatch(/, 90 %: \S/);
      expect(output(name).textContent, name).not.toMatch(/NaN|Infinity|n\/a/);
    }
  });

  it('give the field ratio without the program its median and interval', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(<HeadlineFigures />);
    openLink('?v=1&years=5&perYear=2&safGrowth=20&capGrowth=10&anyway=10~60');
    await settle();
    const { scenario, ranges, sampling } = useScenarioStore.getState();
    const { fieldRatioWithout } = runUncertainty(scenario, ranges, sampling).figures;
    const figure = output('Field ratio without the program');
    expect(figure).toHaveTextContent(
      new RegExp(
        `^${formatNumber(fieldRatioWithout.median)} : 1, 90 %: ${formatNumber(fieldRatioWithout.p5)}–${formatNumber(fieldRatioWithout.p95)}$`,
      ),
    );
    // Its line says what it is without one scenario's headcounts.
    expect(
      screen.getByText('capabilities : safety, with only the alumni who would have entered anyway'),
    ).toBeVisible();
  });

  it('keep the last figures marked as updating while the next run is under way', async () => {
    const pending: PendingRun[] = [];
    startPageUncertaintyRuns(useScenarioStore, manualClient(pending));
    render(<HeadlineFigures />);
    openLink(LINK);
    // Before the first answer: the row is there, busy, with no number yet.
    expect(headline()).toHaveAttribute('aria-busy', 'true');
    expect(output('Chance net positive at 1:10')).toHaveTextContent('sampling…');
    pending.at(-1)?.answer();
    await settle();
    expect(headline()).not.toHaveAttribute('aria-busy');
    const before = output('Chance net positive at 1:100').textContent;
    expect(before).toMatch(/%$/);
    expect(screen.getByText('updating…')).not.toHaveClass('headline__updating--on');
    // Which run the figures answer, and whether it is the scenario as it is now: what
    // `npm run bench` times "input → chances updated" by (scripts/bench/page-harness.mjs).
    const row = output('Chance net positive at 1:10').closest('[data-summary-run]');
    const shown = () => [
      row?.getAttribute('data-summary-run'),
      row?.getAttribute('data-summary-current'),
    ];
    expect(shown()).toEqual(['1', 'true']);

    act(() => useScenarioStore.getState().setInput('cohort', 500));
    expect(headline()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('updating…')).toHaveClass('headline__updating--on');
    expect(output('Chance net positive at 1:100')).toHaveTextContent(before ?? '');
    expect(headline()).toHaveClass('headline--updating');
    expect(shown()).toEqual(['1', 'false']);
    pending.at(-1)?.answer();
    await settle();
    expect(headline()).not.toHaveAttribute('aria-busy');
    expect(shown()).toEqual(['2', 'true']);
  });

  it('write "> 99.9 %" and "< 0.1 %" when no sample is on the other side', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(<HeadlineFigures />);
    // No capabilities placements: every sample is net positive at every N.
    openLink('?v=1&toCap=0&nonGen=0&cohort=500~1500');
    await settle();
    for (const name of CHANCES) expect(output(name)).toHaveTextContent(/^> 99\.9 %$/);
    expect(output('Break-even ratio')).toHaveTextContent(/^any, 90 %: any$/);
    // No safety placements: none is.
    openLink('?v=1&toSafety=0&toIndep=0&toCap=50&cohort=500~1500');
    await settle();
    for (const name of CHANCES) expect(output(name)).toHaveTextContent(/^< 0\.1 %$/);
    expect(output('Break-even ratio')).toHaveTextContent(/^never, 90 %: never$/);
    expect(screen.getByText(/never in 100 % of samples \(no safety placements\)/)).toBeVisible();
  });

  it('say plainly when the sampling failed, in place of the chances', async () => {
    const pending: PendingRun[] = [];
    startPageUncertaintyRuns(useScenarioStore, manualClient(pending));
    render(<HeadlineFigures />);
    openLink('?v=1&neutral=10~100');
    pending.at(-1)?.fail('The Monte Carlo worker failed.');
    await settle();
    for (const name of CHANCES) expect(screen.queryByRole('status', { name })).toBeNull();
    expect(
      within(headline()).getByText(/chances of net positive could not be computed/),
    ).toHaveTextContent('The Monte Carlo worker failed.');
    // The figures fall back to the point values, without an interval.
    expect(output('Field ratio after').textContent).not.toContain('90 %');
  });
});

describe('figures without ranges', () => {
  it('are exactly the point figures: no chances, no intervals, nothing busy', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
    render(<HeadlineFigures />);
    await settle();
    for (const name of CHANCES) expect(screen.queryByRole('status', { name })).toBeNull();
    expect(headline()).not.toHaveTextContent(/90 %|sampl|updating/);
    expect(headline()).not.toHaveAttribute('aria-busy');
    expect(headline().querySelector('.figure--sampled, .headline__chances')).toBeNull();
    expect(output('Field ratio after')).toHaveTextContent(/^7 : 1$/);
    expect(output('Break-even ratio')).toHaveTextContent(/^1 : 1$/);
    expect(output('Net impact at 1:100')).toHaveTextContent(/^495$/);
  });

  it('go back to exactly that when the last range is turned off', async () => {
    startPageUncertaintyRuns(useScenarioStore, instantClient());
    render(<HeadlineFigures />);
    const pointsOnly = headline().innerHTML;
    act(() => useScenarioStore.getState().makeRange('neutral'));
    await settle();
    expect(output('Chance net positive at 1:10')).toBeInTheDocument();
    act(() => useScenarioStore.getState().makePoint('neutral'));
    await settle();
    expect(headline().innerHTML).toBe(pointsOnly);
  });
});
