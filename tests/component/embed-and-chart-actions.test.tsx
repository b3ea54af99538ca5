import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { CHART_PALETTES } from '../../src/theme/colors';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChartActions } from '../../src/ui/charts/chart-actions';
import { NetImpactChart } from '../../src/ui/charts/net-impact-chart';
import { EmbedDialog } from '../../src/ui/embed-dialog';
import { embedSnippet } from '../../src/ui/embed-dialog-body';
import { EmbedApp } from '../../src/ui/embed-app';
import { captureDownloads } from './download-capture';

describe('embed', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      scenario: { ...DEFAULT_SCENARIO, cohort: 1200 },
      pins: [],
      compare: { kind: 'none' },
      notice: [],
    });
  });

  it('the snippet escapes the link for an HTML attribute', () => {
    expect(embedSnippet('https://x.test/?v=1&a="b"')).toContain(
      'src="https://x.test/?v=1&amp;a=&quot;b&quot;"',
    );
  });

  function openDialog() {
    // jsdom has no showModal: open the dialog the way a browser would.
    HTMLDialogElement.prototype.showModal = vi.fn(function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    HTMLDialogElement.prototype.close = vi.fn(function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    render(<EmbedDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    return screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
  }

  it('the dialog shows the iframe code of one chart of the current scenario', () => {
    const code = openDialog();
    expect(code.value).toMatch(/^<iframe src="[^"]*\?v=1&amp;cohort=1200&amp;embed=field"/);
    expect(code.value).toContain(
      'title="Safety vs capabilities ratio explorer: How the field ratio moves with cohort size"',
    );
    expect(code.value).toContain('height="600"');
    expect(code.value).not.toContain('height="1400"');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(HTMLDialogElement.prototype.close).toHaveBeenCalled();
  });

  it('choosing what to embed and the colours changes the link, the height and the title', () => {
    const code = openDialog();
    const what = screen.getByRole('group', { name: 'What to embed' });
    const colours = screen.getByRole('group', { name: 'Colours' });
    expect(within(what).getAllByRole('radio')).toHaveLength(7);
    expect(within(colours).getByRole('radio', { name: /reader's setting/ })).toBeChecked();

    fireEvent.click(within(what).getByRole('radio', { name: 'Figures for this scenario' }));
    expect(code.value).toMatch(/\?v=1&amp;cohort=1200&amp;embed=figures"/);
    expect(code.value).toContain('height="800"');
    expect(screen.getByText(/The frame is 800 px tall/)).toBeInTheDocument();

    fireEvent.click(within(colours).getByRole('radio', { name: 'Dark' }));
    expect(code.value).toMatch(/&amp;embed=figures&amp;theme=dark"/);

    fireEvent.click(
      within(what).getByRole('radio', { name: 'Chart: Net impact against cohort size' }),
    );
    expect(code.value).toMatch(/&amp;embed=impact&amp;theme=dark"/);
    expect(code.value).toContain('height="600"');
    expect(code.value).toContain('title="Safety vs capabilities ratio explorer: Net impact');

    fireEvent.click(
      within(what).getByRole('radio', {
        name: 'Chart: New researchers against the net-neutral lines',
      }),
    );
    fireEvent.click(within(colours).getByRole('radio', { name: 'Light' }));
    expect(code.value).toMatch(/&amp;embed=researchers&amp;theme=light"/);
    expect(code.value).toContain('height="640"');
    expect(screen.getByText(/The frame is 640 px tall/)).toBeInTheDocument();
  });

  it.each([
    ['The field over the years', 'field-years', 600],
    ['Where alumni work', 'alumni-years', 640],
    ['Net impact by year', 'impact-years', 600],
  ] as const)(
    'offers the years chart "%s" by its title, as embed=%s in a %d px frame',
    (title, view, height) => {
      useScenarioStore.setState({
        scenario: { ...DEFAULT_SCENARIO, cohort: 1200, years: 10, perYear: 2 },
      });
      const code = openDialog();
      const what = screen.getByRole('group', { name: 'What to embed' });
      fireEvent.click(within(what).getByRole('radio', { name: `Chart: ${title}` }));
      // The link carries the years inputs: the chart shows the same years as the page.
      expect(code.value).toMatch(
        new RegExp(`\\?v=1&amp;cohort=1200&amp;years=10&amp;perYear=2&amp;embed=${view}"`),
      );
      expect(code.value).toContain(`title="Safety vs capabilities ratio explorer: ${title}"`);
      expect(code.value).toContain(`height="${height}"`);
      expect(screen.getByText(new RegExp(`The frame is ${height} px tall`))).toBeInTheDocument();
    },
  );

  it('a comparison makes the frame of the figures taller, where every figure gains a line', () => {
    useScenarioStore.setState({ compare: { kind: 'defaults' } });
    const code = openDialog();
    fireEvent.click(screen.getByRole('radio', { name: 'Figures for this scenario' }));
    expect(code.value).toMatch(/&amp;compare=defaults&amp;embed=figures"/);
    expect(code.value).toContain('height="1240"');
  });

  it('the figures view has the figures, a link back, and no input controls', () => {
    const { container } = render(<EmbedApp view="figures" />);
    expect(container.querySelectorAll('input, select, textarea')).toHaveLength(0);
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Safety vs capabilities ratio explorer',
    );
    expect(screen.getByRole('status', { name: 'Field ratio after' })).toHaveTextContent(':');
    expect(
      screen.getByRole('link', { name: 'Open the full explorer with this scenario' }),
    ).toHaveAttribute('href', expect.stringMatching(/\?v=1&cohort=1200$/));
  });

  it.each([
    ['field', 'How the field ratio moves with cohort size', 'In words'],
    ['researchers', 'New researchers against the net-neutral lines', 'In words and sources'],
    ['impact', 'Net impact against cohort size', 'In words'],
  ] as const)('the %s view shows that one chart and nothing else', (view, title, more) => {
    const { container } = render(<EmbedApp view={view} />);
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toHaveAccessibleName(title);
    // The chart's title is the page's second heading level, under the one h1.
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // No figures, no downloads, one keyboard readout; the text alternative is kept, folded.
    expect(screen.queryByRole('status', { name: 'Field ratio after' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
    expect(screen.getAllByRole('slider')).toHaveLength(1);
    expect(container.querySelectorAll('input, select, textarea')).toHaveLength(0);
    const details = container.querySelector('details.chart-figure__about');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(details?.querySelector('summary')).toHaveTextContent(more);
    expect(figures[0]).toHaveAccessibleDescription(/^In words:/);
    // The plot fills the height the embed's CSS gives it: no fixed pixel height on it.
    expect(container.querySelector<HTMLElement>('.chart-figure__plot')?.style.height).toBe('');
    expect(
      screen.getByRole('link', { name: 'Open the full explorer with this scenario' }),
    ).toHaveAttribute('href', expect.stringMatching(/\?v=1&cohort=1200$/));
  });
});

describe('embedded years charts', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      scenario: { ...DEFAULT_SCENARIO, cohort: 1200, years: 10 },
      pins: [],
      compare: { kind: 'none' },
      notice: [],
    });
  });

  it.each([
    ['field-years', 'The field over the years', 'In words'],
    ['alumni-years', 'Where alumni work', 'In words and sources'],
    ['impact-years', 'Net impact by year', 'In words'],
  ] as const)(
    'the %s view shows that one years chart and nothing else',
    async (view, title, more) => {
      const { container } = render(<EmbedApp view={view} />);
      // Its code arrives with the section "Over the years" (years-charts-panel.tsx).
      const figure = await screen.findByRole('figure', { name: title });
      expect(screen.getAllByRole('figure')).toHaveLength(1);
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      // The linked scenario's years, not the page's default of one.
      expect(figure).toHaveAccessibleDescription(/^In words: After 10 years\b/);
      expect(screen.queryByRole('status', { name: 'Field ratio after' })).toBeNull();
      expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
      // The plot and its keyboard readout draw once the plot's code is in (a transition).
      expect(await screen.findAllByRole('slider')).toHaveLength(1);
      expect(container.querySelectorAll('input, select, textarea')).toHaveLength(0);
      const details = container.querySelector('details.chart-figure__about');
      expect(details?.querySelector('summary')).toHaveTextContent(more);
      expect(container.querySelector<HTMLElement>('.chart-figure__plot')?.style.height).toBe('');
      expect(
        screen.getByRole('link', { name: 'Open the full explorer with this scenario' }),
      ).toHaveAttribute('href', expect.stringMatching(/\?v=1&cohort=1200&years=10$/));
    },
  );

  it('the years chart at one year, a link without the years inputs, is drawn too', async () => {
    useScenarioStore.setState({ scenario: { ...DEFAULT_SCENARIO, cohort: 1200 } });
    const { container } = render(<EmbedApp view="field-years" />);
    const figure = await screen.findByRole('figure', { name: 'The field over the years' });
    expect(figure).toHaveAccessibleDescription(
      /^In words: After 1 year of one cohort of 1,200 people a year, the field moves from 10 : 1 today to 6.63 : 1/,
    );
    // The keyboard readout walks year 0 and year 1.
    expect(await screen.findByRole('slider')).toHaveAttribute('aria-valuemax', '1');
    expect(container.querySelector('.chart-figure__plot svg.recharts-surface')).not.toBeNull();
  });
});

describe('chart download buttons', () => {
  it('name what they do and save the chart CSV', () => {
    const { blobs, click } = captureDownloads();
    const csv = vi.fn(() => 'a,b\r\n1,2\r\n');
    render(
      <ChartActions
        title="Net impact against cohort size"
        figureRef={createRef<HTMLElement>()}
        csv={csv}
        sourceLine={() => 'Source: test'}
      />,
    );
    expect(screen.getByRole('button', { name: 'Download chart as PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download chart as SVG' })).toBeInTheDocument();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Download chart data as CSV' }));
    });
    expect(csv).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Saved net-impact-against-cohort-size.csv.')).toBeInTheDocument();
  });

  it(
    'save the chart as standalone SVG: vector drawing, legend and link as text',
    {
      timeout: 15_000,
    },
    async () => {
      // jsdom has no canvas: the export measures text with its estimate instead.
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
      const { blobs, click } = captureDownloads();
      const hostile = '</text><script>alert(1)</script>';
      render(
        <NetImpactChart
          scenario={DEFAULT_SCENARIO}
          comparison={{ name: hostile, scenario: { ...DEFAULT_SCENARIO, cohort: 300 } }}
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Download chart as SVG' }));
      // The chart is drawn once more off screen, which takes a few frames in jsdom.
      expect(
        await screen.findByText('Saved net-impact-against-cohort-size.svg.', {}, { timeout: 8000 }),
      ).toBeVisible();
      expect(click).toHaveBeenCalledTimes(1);
      const [blob] = blobs;
      if (blob === undefined) throw new Error('no file');
      expect(blob.type).toBe('image/svg+xml;charset=utf-8');
      const text = await blob.text();
      expect(text).not.toMatch(/foreignObject|var\(|<script|\sclass="|\sstyle="|aria-|tabindex/);
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      expect(svg.getAttribute('viewBox')).toBe('0 0 1200 675');
      const texts = Array.from(svg.querySelectorAll('text')).map((node) => node.textContent);
      expect(texts).toEqual(
        expect.arrayContaining([
          'Net impact against cohort size',
          'Your cohort',
          `Compared: ${hostile}, at your 1 : 100`,
          'net neutral',
        ]),
      );
      // The chart's own drawing (the live layer's lines) is in it, in the light palette's colours.
      const compared = svg.querySelectorAll('path[stroke-dasharray="10 4 2 4"]');
      expect(compared.length).toBeGreaterThan(0);
      for (const path of compared) {
        expect(path.getAttribute('stroke')).toBe(CHART_PALETTES.light.comparison);
      }
      // The off-screen copy of the chart is gone again: one keyboard slider, the on-screen one.
      await waitFor(() => expect(screen.getAllByRole('slider', { hidden: true })).toHaveLength(1));
    },
  );
});
