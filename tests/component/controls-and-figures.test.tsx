import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { PresetsBar } from '../../src/ui/presets-bar';
import { Explanation } from '../../src/ui/explanation';
import { LinkNotice } from '../../src/ui/link-notice';
import { positionFromValue } from '../../src/ui/slider-scale';

function renderExplorerParts() {
  return render(
    <>
      <LinkNotice />
      <PresetsBar />
      <ControlsPanel />
      <HeadlineFigures />
      <Explanation />
    </>,
  );
}

const figure = (label: string) => screen.getByRole('status', { name: label });

describe('controls and headline figures', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it('shows the thread illustration for the defaults', () => {
    renderExplorerParts();
    expect(figure('Field ratio now')).toHaveTextContent('10 : 1');
    expect(figure('Field ratio after')).toHaveTextContent('7 : 1');
    expect(figure('New researchers ratio')).toHaveTextContent('1 : 1');
    expect(figure('Capabilities per 100 safety')).toHaveTextContent('100');
    expect(figure('Verdict at 1:10')).toHaveTextContent('Net positive');
    expect(figure('Verdict at 1:100')).toHaveTextContent('Net positive');
    expect(figure('Net impact at 1:10')).toHaveTextContent('450');
    expect(figure('Net impact at 1:100')).toHaveTextContent('495');
    // The default N is the thread's 1 : 100, so its cards say so once instead of a third pair.
    expect(screen.queryByRole('status', { name: 'Verdict at your ratio' })).toBeNull();
    expect(screen.getByText('net-neutral ratio 1 : 100, also your ratio')).toBeInTheDocument();
    expect(figure('Other / not placed')).toHaveTextContent('0 %');
    expect(screen.getAllByText(/10,500 : 1,500/).length).toBeGreaterThan(0);
  });

  it('has one slider per input, named by its label, with a natural value text', () => {
    renderExplorerParts();
    for (const key of INPUT_KEYS) {
      const slider = screen.getByRole('slider', { name: INPUT_SPECS[key].label });
      expect(slider).toHaveAttribute('type', 'range');
      expect(slider).toHaveAttribute('aria-valuetext');
    }
    expect(screen.getByRole('slider', { name: 'Capabilities researchers' })).toHaveAttribute(
      'aria-valuetext',
      '10,000 researchers',
    );
    expect(screen.getByRole('slider', { name: 'Safety roles' })).toHaveAttribute(
      'aria-valuetext',
      '50 %',
    );
    expect(screen.getByRole('slider', { name: 'Your net-neutral ratio' })).toHaveAttribute(
      'aria-valuetext',
      '1 : 100',
    );
  });

  it('moving the capabilities slider updates the figures', () => {
    renderExplorerParts();
    fireEvent.change(screen.getByRole('slider', { name: 'Capabilities roles' }), {
      target: { value: '10' },
    });
    expect(figure('Other / not placed')).toHaveTextContent('40 %');
    expect(figure('New researchers ratio')).toHaveTextContent('5 : 1');
    expect(figure('Field ratio after')).toHaveTextContent('6.73 : 1');
  });

  it('the number box takes exact values', () => {
    renderExplorerParts();
    const box = screen.getByRole('spinbutton', { name: 'Cohort size, exact value' });
    fireEvent.change(box, { target: { value: '1234' } });
    fireEvent.blur(box);
    expect(useScenarioStore.getState().scenario.cohort).toBe(1234);
    expect(box).toHaveValue(1234);
  });

  it('raising one share past 100 % takes from the others in proportion', () => {
    renderExplorerParts();
    fireEvent.change(screen.getByRole('slider', { name: 'Independent safety research' }), {
      target: { value: '60' },
    });
    const { toSafety, toIndep, toCap } = useScenarioStore.getState().scenario;
    expect([toSafety, toIndep, toCap]).toEqual([20, 60, 20]);
  });

  it('a preset sets its scenario, is marked pressed, and cites its source', () => {
    renderExplorerParts();
    const button = screen.getByRole('button', { name: '2024 alumni survey, independents ignored' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(figure('New researchers ratio')).toHaveTextContent('35 : 1');
    expect(figure('Capabilities per 100 safety')).toHaveTextContent('2.86');
    const item = button.closest('li');
    expect(item).not.toBeNull();
    expect(within(item as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.lesswrong.com/posts/jeBkx6agMuBCQW94C',
    );
  });

  it('reset returns to the defaults', () => {
    renderExplorerParts();
    fireEvent.click(screen.getByRole('button', { name: 'Longitudinal career data, 8 : 1' }));
    expect(figure('New researchers ratio')).toHaveTextContent('8 : 1');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(figure('New researchers ratio')).toHaveTextContent('1 : 1');
  });

  it.each([
    [{ cohort: 0 }, 'no one placed on either side', 'Net neutral'],
    [{ toCap: 0 }, 'all safety (no capabilities placements)', 'Net positive'],
    [{ toSafety: 0, toCap: 100 }, 'all capabilities (no safety placements)', 'Net negative'],
  ])('edge case %o is named, never NaN', (changes, ratioText, verdictText) => {
    useScenarioStore.getState().applyScenario({ ...DEFAULT_SCENARIO, ...changes });
    const { container } = renderExplorerParts();
    expect(figure('New researchers ratio')).toHaveTextContent(ratioText);
    expect(figure('Verdict at 1:100')).toHaveTextContent(verdictText);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the notice lists every adjusted parameter', () => {
    useScenarioStore
      .getState()
      .applyScenario(DEFAULT_SCENARIO, ['cohort (Cohort size): not a number.', 'zzz: unknown.']);
    renderExplorerParts();
    const notice = screen.getByText(/ignored or adjusted/).closest('[role="status"]');
    expect(notice).not.toBeNull();
    expect(notice).toHaveTextContent('cohort (Cohort size)');
    expect(notice).toHaveTextContent('zzz');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/ignored or adjusted/)).toBeNull();
  });

  it('the explanation follows the sliders', () => {
    renderExplorerParts();
    expect(screen.getByText(/the field becomes 10,500 : 1,500, or 7 : 1/)).toBeInTheDocument();
    // Cohort size's slider positions are rungs of its ladder, not people.
    fireEvent.change(screen.getByRole('slider', { name: 'Cohort size' }), {
      target: { value: String(positionFromValue(INPUT_SPECS.cohort, 2000)) },
    });
    expect(screen.getByText(/the field becomes 11,000 : 2,000, or 5.5 : 1/)).toBeInTheDocument();
  });
});
