/**
 * The 90 % bands of the three scenario charts (issue 11), with the page's own Monte Carlo runs
 * and a client that runs the worker's handler in the test: no band before the first answer or
 * without ranges (the figure is exactly the points-only one); with an answer, a shaded area under
 * the lines, a "90 % band" legend entry, the band's ends in the readout and keyboard value text,
 * a sentence at the scenario's own x in "In words", and p5 / p95 columns in the CSV of the
 * current run only. While a newer run goes the last band stays.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChartFromStore } from '../../src/ui/chart-from-store';
import { FieldRatioChart } from '../../src/ui/charts/field-ratio-chart';
import { NetImpactChart } from '../../src/ui/charts/net-impact-chart';
import { NewResearchersChart } from '../../src/ui/charts/new-researchers-chart';
import type { ScenarioChartProps } from '../../src/ui/charts/scenario-chart-props';
import { decodeLink } from '../../src/url/link-codec';
import { captureDownloads } from './download-capture';
import { manualClient, type PendingRun } from './uncertainty-harness';

// The issue's link (ranges on N, the capabilities share and the independents' weight) and a
// non-generalizing share of 0–20 %: with no independents placed, only that moves chart 2's line.
const LINK = '?v=1&neutral=10~100&toCap=5~20&indepWeight=0~100&nonGen=0~20';

const CHARTS: readonly (readonly [string, string, ComponentType<ScenarioChartProps>, RegExp])[] = [
  [
    'How the field ratio moves with cohort size',
    'Values along the field-ratio chart',
    FieldRatioChart,
    /With your ranges, 90 % of samples put the field ratio after a cohort of 1,000 people between [\d.]+ : 1 and [\d.]+ : 1 capabilities to safety researchers\./,
  ],
  [
    'New researchers against the net-neutral lines',
    'Values along the new-researchers chart',
    NewResearchersChart,
    /With your ranges, 90 % of samples put the new researchers at your split \([\d.]+ % of placed people in capabilities roles\) between [\d.]+ : 1 and [\d.]+ : 1 safety to capabilities\./,
  ],
  [
    'Net impact against cohort size',
    'Values along the net-impact chart',
    NetImpactChart,
    /With your ranges, 90 % of samples put the net impact at your ratio \(each sample at its own N\) for a cohort of 1,000 people between [\d,.]+ and [\d,.]+ safety-researcher equivalents/,
  ],
];

let pending: PendingRun[];

beforeEach(() => {
  useScenarioStore.getState().reset();
  pending = [];
  startPageUncertaintyRuns(useScenarioStore, manualClient(pending));
});

afterEach(() => {
  stopPageUncertaintyRuns();
  act(() => useScenarioStore.getState().reset());
});

const figureOf = (title: string) => screen.getByRole('figure', { name: title });
const areaOf = (title: string) => figureOf(title).querySelector('.chart-live path.chart-area');

async function answerAll() {
  await act(async () => {
    for (const run of pending.splice(0)) run.answer();
    await Promise.resolve();
  });
}

/** Opens LINK and answers its run: the chart titled `title` then shows the run's band. */
async function openLinkWithBand(title: string) {
  act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
  await answerAll();
  await waitFor(() => expect(areaOf(title)).not.toBeNull());
}

describe.each(CHARTS)('%s', (title, keyboardLabel, Chart, sentence) => {
  it('without ranges, draws exactly the points-only figure', () => {
    const { container: plain } = render(<Chart scenario={DEFAULT_SCENARIO} />);
    const { container: fed } = render(<ChartFromStore Chart={Chart} />);
    // Generated ids differ between two renders; nothing else may.
    const same = (html: string) => html.replace(/_r_\w+_/g, 'id').replace(/recharts\d+/g, 'rc');
    expect(same(fed.innerHTML)).toBe(same(plain.innerHTML));
    expect(fed.querySelector('.chart-area')).toBeNull();
    expect(fed).not.toHaveTextContent('90 % band');
  });

  it("draws the run's band under the lines, in the legend, the readout and the words", async () => {
    render(<ChartFromStore Chart={Chart} />);
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    // Sampling: no band yet.
    expect(areaOf(title)).toBeNull();
    await answerAll();
    await waitFor(() => expect(areaOf(title)).not.toBeNull());
    const area = areaOf(title);
    expect(area?.getAttribute('d')).toMatch(/^M[\d.,]+L/);
    // Under the lines: the first mark in the clipped group.
    const lines = area?.parentElement;
    expect(lines?.firstElementChild).toBe(area);
    expect(lines?.querySelector('.chart-area ~ .chart-line')).not.toBeNull();
    expect(figureOf(title).querySelector('.chart-legend')).toHaveTextContent('90 % band');
    expect(figureOf(title)).toHaveAccessibleDescription(sentence);
    const explorer = screen.getByRole('slider', { name: keyboardLabel });
    expect(explorer).toHaveAttribute('aria-valuetext', expect.stringContaining('; 90 % band '));
    fireEvent.focus(explorer);
    expect(figureOf(title).querySelector('.chart-readout')).toHaveTextContent('90 % band:');

    // A newer run under way: the last band stays.
    act(() => useScenarioStore.getState().setRangeEnd('toCap', 'hi', 30));
    expect(pending).toHaveLength(1);
    expect(areaOf(title)).not.toBeNull();

    // Ranges off: no band, the points-only figure.
    act(() => {
      for (const key of ['neutral', 'toCap', 'indepWeight', 'nonGen'] as const) {
        useScenarioStore.getState().makePoint(key);
      }
    });
    expect(areaOf(title)).toBeNull();
    expect(figureOf(title)).not.toHaveTextContent('90 % band');
  });

  it('adds p5 and p95 to the CSV of the current run, never a band a step behind', async () => {
    const { saved } = captureDownloads();
    render(<ChartFromStore Chart={Chart} />);
    await openLinkWithBand(title);
    const download = () =>
      fireEvent.click(screen.getByRole('button', { name: 'Download chart data as CSV' }));
    download();
    await waitFor(() => expect(saved.size).toBe(1));
    const [name = '', current = ''] = [...saved.entries()][0] ?? [];
    const header = current.split('\r\n').find((line) => !line.startsWith('#')) ?? '';
    expect(header).toMatch(/,p5[^,]*,p95[^,]*$/);
    expect(current).toContain('# With ranges: p5 and p95 are the 5th and 95th percentiles');
    expect(current).toContain('10,000 samples, seed 1');
    // Every row has both ends, as numbers.
    const rows = current.split('\r\n').filter((line) => /^[\d.]+,/.test(line));
    for (const row of rows) expect(row).toMatch(/,-?[\d.e-]+,-?[\d.e-]+$/);

    act(() => useScenarioStore.getState().setRangeEnd('toCap', 'hi', 30));
    saved.clear();
    download();
    await waitFor(() => expect(saved.get(name)).toBeDefined());
    expect(saved.get(name)).not.toContain('p5');
  });
});

describe('a chart far from the viewport', () => {
  it("does no work when a run's bands come, and shows the latest bands as it nears", async () => {
    const title = CHARTS[0]?.[0] ?? '';
    let renders = 0;
    const ui = (near: boolean) => (
      <Profiler id="far chart" onRender={() => (renders += 1)}>
        <ChartFromStore Chart={FieldRatioChart} near={near} />
      </Profiler>
    );
    const { rerender } = render(ui(true));
    await openLinkWithBand(title);
    const firstRun = figureOf(title).getAttribute('data-band-run');
    rerender(ui(false));
    // A new seed: a new run, whose summary and then bands come while the chart is far.
    act(() => useScenarioStore.getState().rerollSeed(() => 0.5));
    renders = 0;
    await answerAll();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(renders, 'the far chart did not render again').toBe(0);
    expect(figureOf(title).getAttribute('data-band-run')).toBe(firstRun);
    rerender(ui(true));
    expect(Number(figureOf(title).getAttribute('data-band-run'))).toBeGreaterThan(Number(firstRun));
  });
});

describe("with ranges, while a step's run goes", () => {
  it("downloads the chart data of the scenario as it is now, with the run's band only once it is that scenario's", async () => {
    const { saved } = captureDownloads();
    const [title = ''] = CHARTS[0] ?? [];
    render(<ChartFromStore Chart={FieldRatioChart} />);
    await openLinkWithBand(title);
    const download = async () => {
      saved.clear();
      fireEvent.click(screen.getByRole('button', { name: 'Download chart data as CSV' }));
      await waitFor(() => expect(saved.size).toBe(1));
      return [...saved.values()][0] ?? '';
    };
    const dataRows = (csv: string) => csv.split('\r\n').filter((line) => /^[\d.]+,/.test(line));
    const drawnBefore = dataRows(await download());

    act(() => useScenarioStore.getState().setInput('toSafety', 60));
    const pendingCsv = await download();
    expect(pendingCsv, 'no band of another scenario').not.toContain('p5');
    expect(dataRows(pendingCsv)).not.toEqual(
      drawnBefore.map((row) => row.replace(/(,[^,]*){2}$/, '')),
    );

    await answerAll();
    await waitFor(() => expect(figureOf(title).getAttribute('data-band-run')).toBe('2'));
    const answered = dataRows(await download());
    // The same values, now with the run's p5 and p95.
    expect(answered.map((row) => row.replace(/(,[^,]*){2}$/, ''))).toEqual(dataRows(pendingCsv));
  });
});

describe("with ranges, a chart's picture", () => {
  it(
    "waits for the step's bands, so they belong to its lines and to the link under it",
    { timeout: 30_000 },
    async () => {
      // jsdom has no canvas: the export measures text with its estimate instead.
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
      const { blobs } = captureDownloads();
      const [title = ''] = CHARTS[0] ?? [];
      render(<ChartFromStore Chart={FieldRatioChart} />);
      await openLinkWithBand(title);
      const save = () =>
        fireEvent.click(screen.getByRole('button', { name: 'Download chart as SVG' }));
      // The picture saved as file number `count` (the status line stays "Saved …" in between).
      const saved = async (count: number) => {
        await waitFor(() => expect(blobs).toHaveLength(count), { timeout: 10_000 });
        const blob = blobs[count - 1];
        if (blob === undefined) throw new Error('no file');
        // Generated ids differ between two drawings; nothing else may.
        return (await blob.text()).replace(/_r_\w+_/g, 'id').replace(/recharts\d+/g, 'rc');
      };
      save();
      const drawnBefore = await saved(1);

      act(() => useScenarioStore.getState().setInput('toSafety', 60));
      save();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(blobs, 'nothing saved while the run goes').toHaveLength(1);
      await answerAll();
      const during = await saved(2);
      expect(during, 'the new scenario, not the picture before it').not.toBe(drawnBefore);

      // Saved again with nothing under way: the same picture.
      save();
      expect(await saved(3)).toBe(during);
    },
  );
});
