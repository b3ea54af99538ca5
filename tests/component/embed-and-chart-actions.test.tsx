import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChartActions } from '../../src/ui/charts/chart-actions';
import { EmbedDialog, embedSnippet } from '../../src/ui/embed-dialog';
import { EmbedApp } from '../../src/ui/embed-app';

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

  it('the dialog shows the iframe code of the current scenario in embed mode', () => {
    // jsdom has no showModal: open the dialog the way a browser would.
    HTMLDialogElement.prototype.showModal = vi.fn(function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    HTMLDialogElement.prototype.close = vi.fn(function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    render(<EmbedDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).toMatch(/^<iframe src="[^"]*\?v=1&amp;cohort=1200&amp;embed=1"/);
    expect(code.value).toContain('title="Safety vs capabilities ratio explorer"');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(HTMLDialogElement.prototype.close).toHaveBeenCalled();
  });

  it('embed mode has figures and a link back, and no input controls', () => {
    const { container } = render(<EmbedApp />);
    // The only sliders left are the charts' keyboard readouts; no input changes the scenario.
    expect(container.querySelectorAll('input, select, textarea')).toHaveLength(0);
    for (const slider of screen.queryAllByRole('slider')) {
      expect(slider).toHaveAccessibleName(/^Values along the /);
    }
    expect(screen.getByRole('status', { name: 'Field ratio after' })).toHaveTextContent(':');
    expect(
      screen.getByRole('link', { name: 'Open the full explorer with this scenario' }),
    ).toHaveAttribute('href', expect.stringMatching(/\?v=1&cohort=1200$/));
  });
});

describe('chart download buttons', () => {
  it('name what they do and save the chart CSV', () => {
    const createObjectURL = vi.fn(() => 'blob:csv');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
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
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Saved net-impact-against-cohort-size.csv.')).toBeInTheDocument();
  });
});
