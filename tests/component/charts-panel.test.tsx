/**
 * The charts panel draws its three plots one after another on load (src/ui/plot-turns.tsx):
 * every figure is there at once with its title and text, and the first plot is drawn in the
 * first render. After a change every chart shows the new scenario in the same render, with the
 * rest of the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChartsPanel } from '../../src/ui/charts-panel';

const TITLES = [
  'How the field ratio moves with cohort size',
  'New researchers against the net-neutral lines',
  'Net impact against cohort size',
] as const;

const figureOf = (title: string) => screen.getByRole('figure', { name: title });
const plotOf = (title: string) => figureOf(title).querySelector('svg.recharts-surface');
const textOf = (title: string) => figureOf(title).querySelector('.chart-figure__text')?.textContent;
const pathsOf = (title: string) =>
  [...figureOf(title).querySelectorAll('path.chart-line')].map((path) => path.getAttribute('d'));
/** Mounting a chart in jsdom takes a few hundred milliseconds; slower when the suite runs. */
const SLOW = { timeout: 10_000 };

afterEach(() => {
  act(() => useScenarioStore.getState().reset());
});

describe('ChartsPanel', () => {
  it('shows every figure at once and draws the plots in turn', { timeout: 30_000 }, async () => {
    render(<ChartsPanel />);
    for (const title of TITLES) {
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    }
    expect(plotOf(TITLES[0])).not.toBeNull();
    expect(plotOf(TITLES[2])).toBeNull();
    await waitFor(() => {
      for (const title of TITLES) expect(plotOf(title)).not.toBeNull();
    }, SLOW);
  });

  it(
    "shows a waiting plot's data in its preview, follows changes, and swaps it for the plot",
    { timeout: 30_000 },
    async () => {
      render(<ChartsPanel />);
      const previewOf = (title: string) => figureOf(title).querySelector('svg.chart-preview');
      const previewLine = () =>
        previewOf(TITLES[2])?.querySelector('path.chart-line')?.getAttribute('d');
      // The last plot waits its turn: its box shows the preview, hidden from assistive technology.
      expect(plotOf(TITLES[2])).toBeNull();
      expect(previewOf(TITLES[2])).toHaveAttribute('aria-hidden', 'true');
      const before = previewLine();
      expect(before).toMatch(/^M/);
      act(() => useScenarioStore.getState().setInput('toCap', 20));
      if (plotOf(TITLES[2]) === null) expect(previewLine()).not.toBe(before);
      await waitFor(() => {
        for (const title of TITLES) {
          expect(plotOf(title)).not.toBeNull();
          expect(previewOf(title)).toBeNull();
        }
      }, SLOW);
    },
  );

  it(
    'brings every chart up to date in the same render as a change',
    { timeout: 30_000 },
    async () => {
      render(<ChartsPanel />);
      await waitFor(() => {
        for (const title of TITLES) expect(plotOf(title)).not.toBeNull();
      }, SLOW);
      const before = TITLES.map(textOf);
      // Moving the capabilities share changes all three charts.
      const linesBefore = TITLES.map((title) => pathsOf(title));
      act(() => useScenarioStore.getState().setInput('toCap', 20));
      TITLES.forEach((title, index) => {
        expect(textOf(title)).not.toBe(before[index]);
        expect(pathsOf(title)).not.toEqual(linesBefore[index]);
      });
    },
  );
});
