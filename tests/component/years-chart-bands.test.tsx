/**
 * The 90 % bands of the three "Over the years" charts (issue 12), with the page's own Monte Carlo
 * runs and a client that runs the worker's handler in the test: without ranges the figure is
 * exactly the points-only one; with a run, a shaded area per banded line under the lines, a
 * legend entry for each, its ends in the readout and keyboard value text, a sentence at the last
 * year in "In words" and p5 / p95 columns in the CSV. With one year (the default) the band has
 * two points and the chart still works.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChartFromStore } from '../../src/ui/chart-from-store';
import { AlumniYearsChart } from '../../src/ui/charts/alumni-years-chart';
import { FieldYearsChart } from '../../src/ui/charts/field-years-chart';
import { NetImpactYearsChart } from '../../src/ui/charts/net-impact-years-chart';
import type { ScenarioChartProps } from '../../src/ui/charts/scenario-chart-props';
import { decodeLink } from '../../src/url/link-codec';
import { captureDownloads } from './download-capture';
import { manualClient, type PendingRun } from './uncertainty-harness';

// Ten years of a program, with ranges on the capabilities share, drift, the growth of
// capabilities, who would have come anyway and N: every banded line moves.
const LINK =
  '?v=1&years=10&perYear=2&cohort=100&toCap=5~30&drift=0~20&capGrowth=5~20&anyway=0~50&neutral=10~100';
const RANGED = ['toCap', 'drift', 'capGrowth', 'anyway', 'neutral'] as const;

interface Case {
  readonly title: string;
  readonly keyboardLabel: string;
  readonly Chart: ComponentType<ScenarioChartProps>;
  /** Each banded line's legend name. */
  readonly bands: readonly string[];
  readonly sentence: RegExp;
  /** The CSV's band columns, last in its header. */
  readonly columns: string;
}

const CASES: readonly Case[] = [
  {
    title: 'The field over the years',
    keyboardLabel: 'Values along the field-over-the-years chart',
    Chart: FieldYearsChart,
    bands: ['90 % band, with the program', '90 % band, without the program'],
    sentence:
      /With your ranges, 90 % of samples put the field ratio at the end of year 10 between [\d.,]+ : 1 and [\d.,]+ : 1 capabilities to safety researchers with the program, and between [\d.,]+ : 1 and [\d.,]+ : 1 without it\./,
    columns: 'p5_with_program,p95_with_program,p5_without_program,p95_without_program',
  },
  {
    title: 'Where alumni work',
    keyboardLabel: 'Values along the where-alumni-work chart',
    Chart: AlumniYearsChart,
    bands: ['90 % band, counted as safety', '90 % band, counted as capabilities'],
    sentence:
      /With your ranges, 90 % of samples put the alumni at the end of year 10 counted as safety between [\d,]+ and [\d,]+, and counted as capabilities between [\d,]+ and [\d,]+\./,
    columns: 'p5_safety,p95_safety,p5_capabilities,p95_capabilities',
  },
  {
    title: 'Net impact by year',
    keyboardLabel: 'Values along the net-impact-by-year chart',
    Chart: NetImpactYearsChart,
    bands: ['90 % band'],
    sentence:
      /With your ranges, 90 % of samples put the net impact at your ratio \(each sample at its own N\) at the end of year 10 between [\d,.]+ and [\d,.]+ safety-researcher equivalents/,
    columns: 'p5_at_your_ratio,p95_at_your_ratio',
  },
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
const areasOf = (title: string) => figureOf(title).querySelectorAll('.chart-live path.chart-area');

async function answerAll() {
  await act(async () => {
    for (const run of pending.splice(0)) run.answer();
    await Promise.resolve();
  });
}

describe.each(CASES)('$title', ({ title, keyboardLabel, Chart, bands, sentence, columns }) => {
  it('without ranges, draws exactly the points-only figure', () => {
    const { container: plain } = render(<Chart scenario={DEFAULT_SCENARIO} />);
    const { container: fed } = render(<ChartFromStore Chart={Chart} />);
    const same = (html: string) => html.replace(/_r_\w+_/g, 'id').replace(/recharts\d+/g, 'rc');
    expect(same(fed.innerHTML)).toBe(same(plain.innerHTML));
    expect(fed.querySelector('.chart-area')).toBeNull();
    expect(fed).not.toHaveTextContent('90 % band');
  });

  it("draws the run's bands under the lines, in the legend, the readout and the words", async () => {
    render(<ChartFromStore Chart={Chart} />);
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    expect(areasOf(title)).toHaveLength(0);
    await answerAll();
    await waitFor(() => expect(areasOf(title)).toHaveLength(bands.length));
    const [area] = areasOf(title);
    expect(area?.getAttribute('d')).toMatch(/^M[\d.,]+L/);
    // Under the lines: the areas come first in the clipped group.
    expect(area?.parentElement?.querySelector('.chart-area ~ .chart-line')).not.toBeNull();
    const legend = figureOf(title).querySelector('.chart-legend');
    for (const name of bands) expect(legend).toHaveTextContent(name);
    expect(figureOf(title)).toHaveAccessibleDescription(sentence);
    const explorer = screen.getByRole('slider', { name: keyboardLabel });
    for (const name of bands) {
      expect(explorer).toHaveAttribute('aria-valuetext', expect.stringContaining(`; ${name} `));
    }
    fireEvent.focus(explorer);
    const readout = figureOf(title).querySelector('.chart-readout');
    for (const name of bands) expect(readout).toHaveTextContent(`${name}:`);

    // Ranges off: no band, the points-only figure.
    act(() => {
      for (const key of RANGED) useScenarioStore.getState().makePoint(key);
    });
    expect(areasOf(title)).toHaveLength(0);
    expect(figureOf(title)).not.toHaveTextContent('90 % band');
  });

  it('adds p5 and p95 of each banded line to the CSV of the current run', async () => {
    const { saved } = captureDownloads();
    render(<ChartFromStore Chart={Chart} />);
    act(() => useScenarioStore.getState().applyLinkState(decodeLink(LINK).state));
    await answerAll();
    await waitFor(() => expect(areasOf(title)).toHaveLength(bands.length));
    fireEvent.click(screen.getByRole('button', { name: 'Download chart data as CSV' }));
    await waitFor(() => expect(saved.size).toBe(1));
    const [, text = ''] = [...saved.entries()][0] ?? [];
    const lines = text.split('\r\n');
    const header = lines.find((line) => !line.startsWith('#')) ?? '';
    expect(header.endsWith(`,${columns}`)).toBe(true);
    expect(text).toContain('# With ranges: p5 and p95 are the 5th and 95th percentiles');
    // Years 0 … 10, each with both ends of every band as numbers.
    const rows = lines.filter((line) => /^\d+,/.test(line));
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const pairs = columns.split(',').length;
    for (const row of rows) {
      const cells = row.split(',').slice(-pairs);
      for (const cell of cells) expect(cell).toMatch(/^-?[\d.e-]+$/);
    }
  });
});

it('with one year (the default) the bands span today and year 1', async () => {
  render(<ChartFromStore Chart={FieldYearsChart} />);
  act(() =>
    useScenarioStore.getState().applyLinkState(decodeLink('?v=1&toCap=5~30&cap=5000~20000').state),
  );
  await answerAll();
  const title = 'The field over the years';
  await waitFor(() => expect(areasOf(title)).toHaveLength(2));
  expect(figureOf(title)).toHaveAccessibleDescription(
    /90 % of samples put the field ratio at the end of year 1 between /,
  );
  // Without the program the field is the field now, which a range on its size moves too.
  expect(figureOf(title).querySelector('.chart-legend')).toHaveTextContent(
    '90 % band, without the program',
  );
});
