/**
 * "Changed from default" follows a slider step by rebuilding only the chip of the input that
 * moved: with a dozen inputs changed (a program run for years), rebuilding every chip's text on
 * every step was a fifth of a millisecond of each step.
 */
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
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
    useScenarioStore.setState({ scenario: DEFAULT_SCENARIO });
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

  it('adds and removes chips as inputs start and stop differing from their defaults', () => {
    render(<ChangedChips />);
    act(() => useScenarioStore.getState().setInput('pivot', 10));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => useScenarioStore.getState().setInput('pivot', DEFAULT_SCENARIO.pivot));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText(/Nothing: this is the thread/)).toBeInTheDocument();
  });
});
