import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_COMPARISON } from '../../src/model/comparison';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { DEFAULT_SAMPLING, NO_RANGES } from '../../src/model/ranges';
import { useHistoryStore } from '../../src/store/history-store';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChangedChips } from '../../src/ui/changed-chips';
import { ComparePanel } from '../../src/ui/compare-panel';
import { CopyLinkButton } from '../../src/ui/copy-link-button';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { LinkNotice } from '../../src/ui/link-notice';
import { QuoteBox } from '../../src/ui/quote-box';
import { ScenarioFiles } from '../../src/ui/scenario-files';
import { UndoRedo } from '../../src/ui/undo-redo';
import { scenarioToJson } from '../../src/url/scenario-file';
import { captureDownloads } from './download-capture';

const figure = (label: string) => screen.getByRole('status', { name: label });

describe('scenario workflow controls', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      scenario: DEFAULT_SCENARIO,
      pins: [],
      compare: { kind: 'none' },
      notice: [],
      noticeSource: 'link',
    });
    useHistoryStore.setState({ index: 0, max: 0 });
  });

  it('lists each changed input as a chip with its own reset', () => {
    render(<ChangedChips />);
    expect(screen.getByText(/Nothing: this is the thread/)).toBeInTheDocument();
    act(() => useScenarioStore.getState().setInput('cohort', 1200));
    expect(screen.getByText(/Cohort size:/)).toHaveTextContent('Cohort size: 1,200 people');
    fireEvent.click(screen.getByRole('button', { name: 'Reset Cohort size to 1,000 people' }));
    expect(useScenarioStore.getState().scenario.cohort).toBe(1000);
    expect(screen.queryByText(/Cohort size:/)).toBeNull();
  });

  it('pins, renames, compares with, restores and removes scenarios', () => {
    render(
      <>
        <ComparePanel />
        <HeadlineFigures />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario' }));
    act(() => useScenarioStore.getState().setInput('toCap', 10));
    fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario' }));
    const pins = screen.getByRole('list', { name: 'Pinned scenarios' });
    expect(within(pins).getAllByRole('listitem')).toHaveLength(2);

    const name = screen.getByRole('textbox', { name: 'Name of pinned scenario 1' });
    fireEvent.change(name, { target: { value: 'Thread' } });
    fireEvent.blur(name);
    expect(useScenarioStore.getState().pins[0]?.name).toBe('Thread');

    fireEvent.change(screen.getByRole('combobox', { name: 'Compare with' }), {
      target: { value: 'pin:0' },
    });
    expect(screen.getAllByText(/^vs Thread: 7 : 1/).length).toBeGreaterThan(0);
    expect(screen.getByText('vs Thread: 1 : 1 (+4)')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Restore Thread' }));
    expect(figure('New researchers ratio')).toHaveTextContent('1 : 1');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Thread' }));
    expect(useScenarioStore.getState().pins).toHaveLength(1);
    expect(useScenarioStore.getState().compare).toEqual({ kind: 'none' });
  });

  it('allows at most four pins', () => {
    render(<ComparePanel />);
    const pin = screen.getByRole('button', { name: 'Pin this scenario' });
    for (let i = 0; i < 4; i += 1) fireEvent.click(pin);
    expect(pin).toBeDisabled();
    expect(screen.getByText(/4 scenarios pinned/)).toBeInTheDocument();
  });

  it('undo and redo are enabled only where history has an entry', () => {
    render(<UndoRedo />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    act(() => useHistoryStore.setState({ index: 1, max: 2 }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('quotes the scenario with its live figures and link', () => {
    render(<QuoteBox />);
    const quote = screen.getByRole('textbox', { name: 'Ready to paste into a comment' });
    expect((quote as HTMLTextAreaElement).value).toMatch(/10,500 : 1,500, or 7 : 1/);
    expect((quote as HTMLTextAreaElement).value).toMatch(/\?v=1$/);
    act(() => useScenarioStore.getState().setInput('cohort', 2000));
    expect((quote as HTMLTextAreaElement).value).toMatch(/or 5\.5 : 1.*\?v=1&cohort=2000$/);
  });

  it('imports a scenario file through the link rules, with the notice', async () => {
    render(
      <>
        <LinkNotice />
        <ScenarioFiles />
      </>,
    );
    const file = {
      scenario: { ...DEFAULT_SCENARIO, cohort: 292 },
      ranges: NO_RANGES,
      sampling: DEFAULT_SAMPLING,
      pins: [],
      compare: NO_COMPARISON,
    };
    const good = new File([scenarioToJson(file)], 's.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByLabelText('Import scenario from a JSON file'), {
      target: { files: [good] },
    });
    await waitFor(() => expect(useScenarioStore.getState().scenario.cohort).toBe(292));
    expect(screen.getByText('Imported s.json.')).toBeInTheDocument();

    const bad = new File(['{"scenario":{"cap":5,"zzz":1}}'], 'bad.json');
    fireEvent.change(screen.getByLabelText('Import scenario from a JSON file'), {
      target: { files: [bad] },
    });
    await waitFor(() => expect(screen.getByText(/in this file were ignored/)).toBeInTheDocument());
    expect(useScenarioStore.getState().scenario.cap).toBe(100);

    const broken = new File(['not json'], 'broken.json');
    fireEvent.change(screen.getByLabelText('Import scenario from a JSON file'), {
      target: { files: [broken] },
    });
    await waitFor(() =>
      expect(screen.getByText('Could not import broken.json: The file is not valid JSON.')),
    );
    // The failed import does not leave the notice of bad.json on the page beside its error.
    expect(screen.queryByText(/in this file were ignored/)).toBeNull();
  });

  it('the quote, figures CSV and scenario file cite the link Copy link gives, with pins and comparison', async () => {
    act(() => {
      const store = useScenarioStore.getState();
      store.setInput('cohort', 300);
      store.pinCurrent();
      store.setInput('toCap', 10);
      store.setCompare({ kind: 'pin', index: 0 });
    });
    const expected = '?v=1&cohort=300&toCap=10&pin1=Scenario%201&pin1.cohort=300&compare=pin1';
    render(
      <>
        <QuoteBox />
        <ScenarioFiles />
        <CopyLinkButton />
      </>,
    );
    const quote = screen.getByRole('textbox', { name: 'Ready to paste into a comment' });
    expect((quote as HTMLTextAreaElement).value.endsWith(expected)).toBe(true);

    const { saved } = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Download figures as CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download scenario as JSON' }));
    await waitFor(() => expect(saved.size).toBe(2));
    expect(saved.get('figures.csv')).toContain(
      `# Scenario link: ${window.location.origin}/${expected}`,
    );
    const file = JSON.parse(saved.get('scenario.json') ?? '{}') as Record<string, unknown>;
    expect(file.link).toBe(expected);
    expect(file.compare).toBe('pin1');
    expect(file.pins).toEqual([
      { name: 'Scenario 1', scenario: { ...DEFAULT_SCENARIO, cohort: 300 } },
    ]);

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/${expected}`);
  });
});
