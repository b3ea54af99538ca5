/**
 * Error boundaries (src/ui/error-boundary.tsx): a part that throws is replaced by a plain message
 * in its place, the rest of the page keeps working and following the controls, the console gets
 * one line naming the part, "Try again" and a change of scenario bring the part back once it
 * draws again, and a page that throws outside every other boundary shows a message, not nothing.
 *
 * Faults are injected by wrapping real components in module mocks that throw while a switch
 * below says so (for the field-ratio chart: for the scenarios the switch picks).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { App } from '../../src/ui/app';
import { ChartBoundary } from '../../src/ui/chart-boundary';
import type { ScenarioChartProps } from '../../src/ui/charts/scenario-chart-props';
import { ChartsPanel } from '../../src/ui/charts-panel';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { EmbedApp } from '../../src/ui/embed-app';
import { onCaughtError } from '../../src/ui/error-boundary';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { retryableLazy } from '../../src/ui/retryable-lazy';
import { SectionBoundary } from '../../src/ui/section-boundary';

const faults = vi.hoisted(() => ({
  /** The field-ratio chart throws for the scenarios this picks. */
  fieldRatio: (_scenario: Scenario): boolean => false,
  figures: false,
  presets: false,
}));

vi.mock('../../src/ui/charts/field-ratio-chart', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/charts/field-ratio-chart')>();
  function FieldRatioChart(props: ScenarioChartProps) {
    if (faults.fieldRatio(props.scenario)) throw new Error('Field-ratio fault');
    return <actual.FieldRatioChart {...props} />;
  }
  return { ...actual, FieldRatioChart };
});

vi.mock('../../src/ui/headline-figures', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/headline-figures')>();
  function HeadlineFigures() {
    if (faults.figures) throw new Error('Figures fault');
    return <actual.HeadlineFigures />;
  }
  return { ...actual, HeadlineFigures };
});

vi.mock('../../src/ui/presets-bar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/presets-bar')>();
  function PresetsBar() {
    if (faults.presets) throw new Error('Presets fault');
    return <actual.PresetsBar />;
  }
  return { ...actual, PresetsBar };
});

const FIELD = 'How the field ratio moves with cohort size';
const OTHERS = ['New researchers against the net-neutral lines', 'Net impact against cohort size'];
const COULD_NOT_DRAW = 'This chart could not be drawn.';
const SLOW = { timeout: 10_000 };

const figureOf = (title: string) => screen.getByRole('figure', { name: title });
const plotOf = (title: string) => figureOf(title).querySelector('svg.recharts-surface');
const textOf = (title: string) => figureOf(title).querySelector('.chart-figure__text')?.textContent;
const headline = (label: string) => screen.getByRole('status', { name: label });
const moveSlider = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('slider', { name }), { target: { value } });

/** console.error as the page would see it: tests/setup.ts fails a test on any other call. */
function watchConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}

/** The render options main.tsx gives createRoot: React does not repeat what a boundary logged. */
const ROOT_OPTIONS = { onCaughtError };

function renderExplorer() {
  return render(
    <>
      <ControlsPanel />
      <HeadlineFigures />
      <ChartsPanel />
    </>,
    ROOT_OPTIONS,
  );
}

beforeEach(() => {
  useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
});

afterEach(() => {
  faults.fieldRatio = () => false;
  faults.figures = false;
  faults.presets = false;
});

describe('a chart that throws', () => {
  it(
    'shows a message in its place; the other charts and the figures keep following the sliders',
    { timeout: 30_000 },
    async () => {
      const errors = watchConsole();
      faults.fieldRatio = () => true;
      renderExplorer();
      const field = figureOf(FIELD);
      expect(within(field).getByRole('heading', { name: FIELD })).toBeInTheDocument();
      expect(within(field).getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
      expect(within(field).getByRole('status')).toHaveTextContent(
        'The rest of the page still works, and the link still holds your scenario.',
      );
      expect(within(field).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      // The failed chart passes its turn on: the charts after it still draw.
      await waitFor(() => {
        for (const title of OTHERS) expect(plotOf(title)).not.toBeNull();
      }, SLOW);

      const texts = OTHERS.map(textOf);
      expect(headline('New researchers ratio')).toHaveTextContent('1 : 1');
      moveSlider('Capabilities roles', '10');
      expect(headline('New researchers ratio')).toHaveTextContent('5 : 1');
      OTHERS.forEach((title, index) => expect(textOf(title)).not.toBe(texts[index]));
      // The chart was tried again with the new scenario and failed again: the message stays.
      expect(within(figureOf(FIELD)).getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);

      // One line naming the chart, not one per slider step while the fault persists.
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors).toHaveBeenCalledWith(`The chart “${FIELD}” failed:`, expect.any(Error));
      expect(errors.mock.calls[0]?.[1]).toHaveProperty('message', 'Field-ratio fault');
    },
  );

  it('comes back with "Try again" once the fault is gone', { timeout: 30_000 }, async () => {
    const errors = watchConsole();
    faults.fieldRatio = () => true;
    renderExplorer();
    const button = within(figureOf(FIELD)).getByRole('button', { name: 'Try again' });
    expect(button).toHaveAccessibleDescription(new RegExp(COULD_NOT_DRAW));

    // Still failing: the message says so, and the button (with the focus) stays where it was.
    button.focus();
    fireEvent.click(button);
    expect(within(figureOf(FIELD)).getByRole('status')).toHaveTextContent(
      'Trying again did not help',
    );
    expect(document.activeElement).toBe(button);
    expect(errors).toHaveBeenCalledTimes(2);

    faults.fieldRatio = () => false;
    fireEvent.click(button);
    await waitFor(() => expect(plotOf(FIELD)).not.toBeNull(), SLOW);
    expect(screen.queryByText(COULD_NOT_DRAW)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
  });

  it(
    'comes back by itself when the scenario changes to one it can draw',
    { timeout: 30_000 },
    async () => {
      const errors = watchConsole();
      faults.fieldRatio = (scenario) => scenario.toCap < 20;
      renderExplorer();
      await waitFor(() => expect(plotOf(FIELD)).not.toBeNull(), SLOW);

      moveSlider('Capabilities roles', '10');
      expect(within(figureOf(FIELD)).getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
      moveSlider('Capabilities roles', '15');
      expect(within(figureOf(FIELD)).getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
      expect(errors).toHaveBeenCalledTimes(1);

      moveSlider('Capabilities roles', '30');
      await waitFor(() => expect(plotOf(FIELD)).not.toBeNull(), SLOW);
      expect(screen.queryByText(COULD_NOT_DRAW)).toBeNull();
      expect(textOf(FIELD)).toMatch(/./);

      // A new fault after the recovery is news: it is logged again.
      moveSlider('Capabilities roles', '5');
      expect(within(figureOf(FIELD)).getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
      expect(errors).toHaveBeenCalledTimes(2);
    },
  );

  it('is left alone while it is far from the viewport, and tried again as it nears', () => {
    watchConsole();
    const Faulty = () => {
      const cohort = useScenarioStore((state) => state.scenario.cohort);
      if (cohort > 1000) throw new Error('Cohort fault');
      return <p>Drawn for {cohort}</p>;
    };
    const at = (paused: boolean) => (
      <ChartBoundary title="A chart" paused={paused}>
        <Faulty />
      </ChartBoundary>
    );
    act(() => useScenarioStore.getState().setInput('cohort', 2000));
    const { rerender } = render(at(false), ROOT_OPTIONS);
    expect(screen.getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
    rerender(at(true));
    act(() => useScenarioStore.getState().setInput('cohort', 500));
    expect(screen.getByRole('status')).toHaveTextContent(COULD_NOT_DRAW);
    rerender(at(false));
    expect(screen.getByText('Drawn for 500')).toBeInTheDocument();
  });
});

describe('an embedded chart that throws', () => {
  it("keeps the frame: title, a message in the chart's place, and the link back", () => {
    const errors = watchConsole();
    faults.fieldRatio = () => true;
    render(<EmbedApp view="field" />, ROOT_OPTIONS);
    const field = figureOf(FIELD);
    expect(within(field).getByRole('heading', { level: 2, name: FIELD })).toBeInTheDocument();
    expect(within(field).getByRole('status')).toHaveTextContent(
      `${COULD_NOT_DRAW} The link below still opens this scenario in the full explorer.`,
    );
    expect(
      screen.getByRole('link', { name: 'Open the full explorer with this scenario' }),
    ).toBeInTheDocument();
    expect(errors).toHaveBeenCalledWith(`The chart “${FIELD}” failed:`, expect.any(Error));
  });
});

describe('a chart whose code did not arrive (an embedded years chart)', () => {
  it('says it could not load in the chart\'s place, and "Try again" fetches it again', async () => {
    const errors = watchConsole();
    let fetches = 0;
    const Chart = retryableLazy(
      async () => {
        fetches += 1;
        if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return {
          Loaded: function Loaded() {
            return <p>Loaded chart</p>;
          },
        };
      },
      (module) => module.Loaded,
    );
    render(
      <ChartBoundary title="The field over the years" onRetry={Chart.retry}>
        <Suspense fallback={null}>
          <Chart />
        </Suspense>
      </ChartBoundary>,
      ROOT_OPTIONS,
    );
    const chart = await screen.findByRole('figure', { name: 'The field over the years' });
    expect(within(chart).getByRole('status')).toHaveTextContent(/^This chart could not load\./);
    expect(errors).toHaveBeenCalledWith(
      'The chart “The field over the years” failed:',
      expect.objectContaining({ name: 'SectionLoadError' }),
    );
    fireEvent.click(within(chart).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded chart')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(fetches).toBe(2);
  });
});

describe('a section whose code did not arrive', () => {
  it('says it could not load, and "Try again" fetches it again', async () => {
    const errors = watchConsole();
    let fetches = 0;
    const Section = retryableLazy(
      async () => {
        fetches += 1;
        if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return {
          Loaded: function Loaded() {
            return <p>Loaded section</p>;
          },
        };
      },
      (module) => module.Loaded,
    );
    render(
      <Suspense fallback={null}>
        <SectionBoundary name="The section “Quote this scenario”" onRetry={Section.retry}>
          <Section />
        </SectionBoundary>
      </Suspense>,
      ROOT_OPTIONS,
    );
    const region = await screen.findByRole('region', { name: 'The section “Quote this scenario”' });
    expect(within(region).getByRole('status')).toHaveTextContent(
      'The section “Quote this scenario” could not load.',
    );
    expect(errors).toHaveBeenCalledWith(
      'The section “Quote this scenario” failed:',
      expect.objectContaining({ name: 'SectionLoadError' }),
    );
    fireEvent.click(within(region).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded section')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(fetches).toBe(2);
  });
});

describe('the page', () => {
  it(
    'keeps the charts and controls when the headline figures throw',
    { timeout: 30_000 },
    async () => {
      const errors = watchConsole();
      faults.figures = true;
      render(<App />, ROOT_OPTIONS);
      const region = screen.getByRole('region', { name: 'The headline figures' });
      expect(within(region).getByRole('status')).toHaveTextContent(
        'The headline figures could not be shown.',
      );
      expect(screen.getByRole('slider', { name: 'Capabilities roles' })).toBeInTheDocument();
      await waitFor(() => expect(plotOf(FIELD)).not.toBeNull(), SLOW);
      expect(errors).toHaveBeenCalledWith('The headline figures failed:', expect.any(Error));

      // Any change to the scenario tries the figures again.
      faults.figures = false;
      moveSlider('Capabilities roles', '10');
      expect(headline('New researchers ratio')).toHaveTextContent('5 : 1');
      expect(screen.queryByRole('region', { name: 'The headline figures' })).toBeNull();
      await act(async () => {}); // the lazy sections below settle
    },
  );

  it(
    'shows a plain message, not a blank page, when a part without its own boundary throws',
    { timeout: 30_000 },
    async () => {
      const errors = watchConsole();
      faults.presets = true;
      const { container } = render(<App />, ROOT_OPTIONS);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Safety vs capabilities ratio explorer',
      );
      expect(screen.getByRole('alert')).toHaveTextContent('The explorer could not be shown.');
      expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
      expect(container).not.toBeEmptyDOMElement();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors).toHaveBeenCalledWith('The page failed:', expect.any(Error));

      faults.presets = false;
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'Does training safety researchers feed capabilities?',
        }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      await waitFor(() => expect(plotOf(FIELD)).not.toBeNull(), SLOW);
    },
  );
});
