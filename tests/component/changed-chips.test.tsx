/**
 * "Changed from default" follows a slider step by rebuilding only the chip of the input that
 * moved: with a dozen inputs changed (a program run for years), rebuilding every chip's text on
 * every step was a fifth of a millisecond of each step.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { NO_RANGES } from '../../src/model/ranges';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChangedChips } from '../../src/ui/changed-chips';

// Counts how often a value is written for a chip (the chips' only formatting).
const formatted = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/format/input-format', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/format/input-format')>();
  return {
    ...original,
    formatInputValue: (...args: Parameters<typeof original.formatInputValue>) => {
      formatted.count += 1;
      return original.formatInputValue(...args);
    },
  };
});

describe('changed-from-default chips', () => {
  beforeEach(() => {
    useScenarioStore.setState({ scenario: DEFAULT_SCENARIO, ranges: NO_RANGES, commitCount: 0 });
  });

  it('a step of one input rewrites that chip only', () => {
    render(<ChangedChips />);
    act(() => {
      const { setInput } = useScenarioStore.getState();
      setInput('cap', 20000);
      setInput('years', 30);
      setInput('drift', 5);
      setInput('cohort', 1200);
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(4);

    formatted.count = 0;
    act(() => useScenarioStore.getState().setInput('drift', 6));
    expect(screen.getByText(/Safety alumni moving to capabilities:/)).toHaveTextContent(
      /Safety alumni moving to capabilities: 6 %/,
    );
    // The moved chip's value and its default; not the three other chips' six.
    expect(formatted.count).toBeLessThanOrEqual(2);
  });

  it('says which of N and the importance the chosen way of setting N does not read', () => {
    render(<ChangedChips />);
    act(() => {
      const { setInput } = useScenarioStore.getState();
      setInput('neutral', 50);
      setInput('importance', 3);
    });
    const chip = (name: RegExp) =>
      screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''));
    expect(chip(/^Your net-neutral ratio/)).toHaveTextContent(/\(default 1 : 100\)×$/);
    expect(chip(/^Safety importance/)).toHaveTextContent(
      /\(default 10×; used only when N follows from the field\)×$/,
    );
    act(() => useScenarioStore.getState().setChoice('nFrom', 'field'));
    expect(chip(/^Your net-neutral ratio/)).toHaveTextContent(
      /\(default 1 : 100; not used while N follows from the field\)×$/,
    );
    expect(chip(/^Safety importance/)).toHaveTextContent(/\(default 10×\)×$/);
  });

  it('adds and removes chips as inputs start and stop differing from their defaults', () => {
    render(<ChangedChips />);
    act(() => useScenarioStore.getState().setInput('pivot', 10));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => useScenarioStore.getState().setInput('pivot', DEFAULT_SCENARIO.pivot));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText(/Nothing: this is the thread/)).toBeInTheDocument();
  });

  it('shows a range as the range, even when its middle is the default, and resets it to the default point', () => {
    render(<ChangedChips />);
    act(() => {
      const { makeRange, setRangeEnd } = useScenarioStore.getState();
      makeRange('cohort');
      setRangeEnd('cohort', 'lo', 500);
      setRangeEnd('cohort', 'hi', 2000);
      // 1 : 50 to 1 : 200: its middle is the default 1 : 100.
      makeRange('neutral');
    });
    expect(screen.getByText(/Cohort size:/)).toHaveTextContent(
      'Cohort size: 500–2,000 people (a range; default 1,000 people)',
    );
    expect(screen.getByText(/Your net-neutral ratio:/)).toHaveTextContent(
      'Your net-neutral ratio: 1 : 50 to 1 : 200 (a range; default 1 : 100)',
    );

    const commits = useScenarioStore.getState().commitCount;
    fireEvent.click(screen.getByRole('button', { name: 'Reset Cohort size to 1,000 people' }));
    expect(useScenarioStore.getState().ranges.cohort).toBeUndefined();
    expect(useScenarioStore.getState().scenario.cohort).toBe(1000);
    expect(useScenarioStore.getState().commitCount).toBe(commits + 1);
    expect(screen.queryByText(/Cohort size:/)).toBeNull();

    fireEvent.click(
      screen.getByRole('button', { name: 'Reset Your net-neutral ratio to 1 : 100' }),
    );
    expect(useScenarioStore.getState().ranges).toEqual({});
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
