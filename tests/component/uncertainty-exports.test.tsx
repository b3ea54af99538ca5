/**
 * The chances beyond the headline (issue 11): the quote states them only once the run of exactly
 * its scenario has answered, the explanation ends with them, the figures CSV downloaded while the
 * run is under way waits for it and carries the percentiles and chances, and "Download samples
 * per input as CSV" is offered only with ranges.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { Explanation } from '../../src/ui/explanation';
import { QuoteBox } from '../../src/ui/quote-box';
import { ScenarioFiles } from '../../src/ui/scenario-files';
import { decodeLink } from '../../src/url/link-codec';
import { formatChance } from '../../src/format/uncertainty-format';
import { runUncertainty } from '../../src/model/uncertainty';
import { captureDownloads } from './download-capture';
import { manualClient, type PendingRun } from './uncertainty-harness';

// 3.3 % at 1 : 10, 81.5 % at 1 : 100, 36.4 % at your ratio (10,000 samples, seed 1).
const LINK = '?v=1&neutral=10~100&toCap=30~60&nonGen=85~99';
const CHANCES =
  'The chance of net positive across the ranges (10,000 samples, seed 1) is 3.3 % at 1 : 10, 81.5 % at 1 : 100 and 36.4 %';

let pending: PendingRun[];

beforeEach(() => {
  useScenarioStore.getState().reset();
  pending = [];
  startPageUncertaintyRuns(useScenarioStore, manualClient(pending));
});

afterEach(() => {
  stopPageUncertaintyRuns();
  useScenarioStore.getState().reset();
});

const quote = () =>
  (screen.getByRole('textbox', { name: 'Ready to paste into a comment' }) as HTMLTextAreaElement)
    .value;

describe('the chances in the quote, the explanation and the downloads', () => {
  it('appear once the run answers; a download made meanwhile waits for it', async () => {
    render(
      <>
        <Explanation />
        <QuoteBox />
        <ScenarioFiles />
      </>,
    );
    const { saved } = captureDownloads();
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    expect(quote()).not.toContain('chance of net positive');
    expect(screen.queryByText((text) => text.startsWith(CHANCES))).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Download figures as CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download samples per input as CSV' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(saved.size).toBe(0);

    await act(async () => {
      pending.at(-1)?.answer();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(quote()).toContain(`${CHANCES} at the assumed ratio (1 : 10 to 1 : 100).`);
    expect(screen.getByText((text) => text.startsWith(CHANCES))).toBeVisible();
    await waitFor(() => expect(saved.size).toBe(2));
    const figures = saved.get('figures.csv') ?? '';
    expect(figures).toContain('figure,value,shown as,p5,median,p95');
    expect(figures).toMatch(/\r\nChance net positive at 1:10,3\.33,3\.3 %,,,\r\n/);
    const inputs = saved.get('samples-per-input.csv') ?? '';
    expect(
      inputs.split('\r\n').filter((line) => /^(neutral|toCap|nonGen),/.test(line)),
    ).toHaveLength(3);
  });

  it('downloads the run of the scenario as it is at the click, not the one a step behind', async () => {
    render(<ScenarioFiles />);
    const { saved } = captureDownloads();
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    await act(async () => {
      pending.at(-1)?.answer();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    // A step: the page's summary is now a step behind.
    act(() => useScenarioStore.getState().setInput('toSafety', 20));
    fireEvent.click(screen.getByRole('button', { name: 'Download figures as CSV' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(saved.size).toBe(0);
    await act(async () => {
      pending.at(-1)?.answer();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(saved.size).toBe(1));
    const { scenario, ranges, sampling } = useScenarioStore.getState();
    const expected = formatChance(runUncertainty(scenario, ranges, sampling).chance.at100);
    expect(expected).not.toBe('81.5 %');
    expect(saved.get('figures.csv')).toContain(`,${expected},`);
  });

  it("drops the quote's chances while the next run is under way", async () => {
    render(<QuoteBox />);
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    await act(async () => {
      pending.at(-1)?.answer();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(quote()).toContain(CHANCES);
    act(() => useScenarioStore.getState().setInput('cohort', 300));
    expect(quote()).not.toContain('chance of net positive');
  });

  it('offer no samples download and no chances without ranges', () => {
    render(
      <>
        <Explanation />
        <ScenarioFiles />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Download figures as CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /samples per input/ })).toBeNull();
    expect(screen.queryByText(/chance of net positive/)).toBeNull();
  });
});
