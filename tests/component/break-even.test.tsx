/**
 * The break-even ratio figure and each slider's flip point (issue 11), by role and label: the
 * output "Break-even ratio", and the sliders' accessible descriptions and track marks.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { positionFromValue } from '../../src/ui/slider-scale';
import { trackFraction } from '../../src/ui/slider-flip';

const breakEven = () => screen.getByRole('status', { name: 'Break-even ratio' });
const slider = (label: string) => screen.getByRole('slider', { name: label });

function renderParts() {
  return render(
    <>
      <ControlsPanel />
      <HeadlineFigures />
    </>,
  );
}

describe('the break-even ratio figure', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it("reads 1 : 1 for the thread's illustration, with what it means", () => {
    renderParts();
    expect(breakEven().tagName).toBe('OUTPUT');
    expect(breakEven()).toHaveTextContent(/^1 : 1$/);
    expect(
      screen.getByText(
        'net positive at 1 : N for every N above it; R = new capabilities ÷ new safety',
      ),
    ).toBeInTheDocument();
  });

  it('follows the sliders: 1 : 3 at half non-generalizing, "never" and "any" at the edges', () => {
    renderParts();
    const nonGen = slider('Non-generalizing alignment');
    fireEvent.change(nonGen, {
      target: { value: String(positionFromValue(INPUT_SPECS.nonGen, 50)) },
    });
    expect(breakEven()).toHaveTextContent(/^1 : 3$/);
    fireEvent.change(nonGen, { target: { value: '100' } });
    expect(breakEven()).toHaveTextContent(/^never$/);
    expect(screen.getByText(/no safety placements: net negative at every/)).toBeInTheDocument();
    fireEvent.change(nonGen, { target: { value: '0' } });
    fireEvent.change(slider('Capabilities roles'), { target: { value: '0' } });
    expect(breakEven()).toHaveTextContent(/^any$/);
  });

  it('is shown with nothing placed too', () => {
    useScenarioStore.getState().applyScenario({ ...DEFAULT_SCENARIO, cohort: 0 });
    renderParts();
    expect(breakEven()).toHaveTextContent(/^no one placed$/);
  });
});

describe('the flip point on every slider', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it.each([
    ['Capabilities roles', 'Verdict at your ratio flips at 99.0 %'],
    ['Non-generalizing alignment', 'Verdict at your ratio flips at 98.0 %'],
    ['Your net-neutral ratio', 'Verdict at your ratio flips at 1 : 1'],
    ['Cohort size', 'No flip in 0–20,000'],
  ])("%s, in the thread's illustration: %s", (label, sentence) => {
    renderParts();
    expect(slider(label)).toHaveAccessibleDescription(expect.stringContaining(sentence));
    // Visible text too, not only for screen readers.
    expect(screen.getByText((text) => text.startsWith(sentence))).toBeVisible();
  });

  it('every slider is described by its flip sentence, then by what it means', () => {
    renderParts();
    for (const key of INPUT_KEYS) {
      const spec = INPUT_SPECS[key];
      expect(slider(spec.label)).toHaveAccessibleDescription(
        expect.stringMatching(
          new RegExp(
            `^(Verdict at your ratio flips|No flip)[ :].*${spec.description.slice(0, 20)}`,
          ),
        ),
      );
    }
  });

  it('updates when another input moves: the net-neutral ratio flips at R', () => {
    renderParts();
    fireEvent.change(slider('Non-generalizing alignment'), {
      target: { value: String(positionFromValue(INPUT_SPECS.nonGen, 50)) },
    });
    expect(slider('Your net-neutral ratio')).toHaveAccessibleDescription(
      expect.stringContaining('Verdict at your ratio flips at 1 : 3 (net positive above)'),
    );
    act(() => useScenarioStore.getState().setInput('nonGen', 100));
    expect(slider('Your net-neutral ratio')).toHaveAccessibleDescription(
      expect.stringContaining('No flip from 1 : 1 to 1 : 1,000'),
    );
  });

  it("marks the flip on the track where the slider's own scale puts it", () => {
    const { container } = renderParts();
    const marks = container.querySelectorAll<HTMLElement>('.slider-flip__mark');
    // Defaults: Safety roles 0.5 %, Capabilities roles 99.0 %, Non-generalizing 98.0 %, N 1 : 1.
    expect(marks).toHaveLength(4);
    const at = [...marks].map((mark) => Number(mark.style.getPropertyValue('--flip-from')));
    expect(at).toEqual([
      trackFraction('toSafety', 0.5),
      trackFraction('toCap', 99),
      trackFraction('nonGen', 98),
      trackFraction('neutral', 1),
    ]);
    expect(at[1]).toBeCloseTo(0.99, 12);
    expect(at[3]).toBe(0);
    // A ladder slider: N = 3 sits on its rung, not at 3 / 1,000 of the track.
    act(() => useScenarioStore.getState().setInput('nonGen', 50));
    const neutralMark = container.querySelectorAll<HTMLElement>('.slider-flip__mark')[3];
    const rungs = Number(slider('Your net-neutral ratio').getAttribute('max'));
    expect(Number(neutralMark?.style.getPropertyValue('--flip-from'))).toBeCloseTo(
      positionFromValue(INPUT_SPECS.neutral, 3) / rungs,
      12,
    );
  });
});
