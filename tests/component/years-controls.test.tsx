/**
 * "Over the years" on the page (issue 12): the nine sliders in their own group, the radio group
 * "How N is set", the net-neutral row read-only with its formula when N follows from the field,
 * and the headline on the years model with its new figure "Field ratio without the program".
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_SPECS, type Scenario } from '../../src/model/inputs';
import { YEARS_INPUT_KEYS } from '../../src/model/years-inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { ChangedChips } from '../../src/ui/changed-chips';
import { ControlsPanel } from '../../src/ui/controls-panel';
import { HeadlineFigures } from '../../src/ui/headline-figures';

const figure = (label: string) => screen.getByRole('status', { name: label });
const group = () => screen.getByRole('group', { name: 'Over the years' });
const scenario = () => useScenarioStore.getState().scenario;

function renderPage(changes: Partial<Scenario> = {}) {
  useScenarioStore.getState().applyScenario({ ...DEFAULT_SCENARIO, ...changes });
  return render(
    <>
      <ControlsPanel />
      <HeadlineFigures />
      <ChangedChips />
    </>,
  );
}

describe('the "Over the years" group', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it('holds the nine sliders, each named by its label, and the choice before Safety importance', () => {
    renderPage();
    const sliders = within(group()).getAllByRole('slider');
    expect(sliders.map((slider) => slider.getAttribute('id') && slider)).toHaveLength(9);
    for (const key of YEARS_INPUT_KEYS) {
      const slider = within(group()).getByRole('slider', { name: INPUT_SPECS[key].label });
      expect(slider).toHaveAttribute('aria-valuetext');
      expect(
        within(group()).getByRole('spinbutton', { name: `${INPUT_SPECS[key].label}, exact value` }),
      ).toBeInTheDocument();
    }
    const radios = within(group()).getByRole('group', { name: 'How N is set' });
    const importance = within(group()).getByRole('slider', { name: 'Safety importance' });
    // The choice comes right before the input it switches on.
    expect(radios.compareDocumentPosition(importance) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('reads its values naturally', () => {
    renderPage({ years: 10, perYear: 2, safGrowth: -5, importance: 0.5 });
    const valueText = (name: string) =>
      within(group()).getByRole('slider', { name }).getAttribute('aria-valuetext');
    expect(valueText('Years')).toBe('10 years');
    expect(valueText('Cohorts per year')).toBe('2 cohorts a year');
    expect(valueText('Safety field growth')).toBe('−5 % a year');
    expect(valueText('Would have entered anyway')).toBe('0 %');
    expect(valueText('Safety importance')).toBe('0.5×');
  });

  it('moves the store with a slider, and every range-capable input has a range toggle but Years', () => {
    renderPage();
    fireEvent.change(within(group()).getByRole('slider', { name: 'Years' }), {
      target: { value: '12' },
    });
    expect(scenario().years).toBe(12);
    expect(screen.queryByRole('button', { name: 'Make Years a range' })).toBeNull();
    for (const key of YEARS_INPUT_KEYS.filter((k) => k !== 'years')) {
      expect(
        screen.getByRole('button', { name: `Make ${INPUT_SPECS[key].label} a range` }),
      ).toBeInTheDocument();
    }
  });
});

describe('How N is set', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it('is a radio group with the slider chosen by default, and choosing commits once', () => {
    renderPage();
    const radios = screen.getByRole('group', { name: 'How N is set' });
    const slider = within(radios).getByRole('radio', { name: 'Your slider' });
    const field = within(radios).getByRole('radio', { name: 'From the field' });
    expect(slider).toBeChecked();
    expect(field).not.toBeChecked();
    const commits = useScenarioStore.getState().commitCount;
    fireEvent.click(field);
    expect(scenario().nFrom).toBe('field');
    expect(field).toBeChecked();
    expect(useScenarioStore.getState().commitCount).toBe(commits + 1);
  });

  it('shows the derived N read-only with its formula, and the slider value comes back', () => {
    renderPage({ neutral: 50, importance: 1 });
    fireEvent.click(screen.getByRole('radio', { name: 'From the field' }));
    const n = screen.getByRole('slider', { name: 'Your net-neutral ratio' });
    expect(n).toBeDisabled();
    expect(n).toHaveAttribute('aria-valuetext', '1 : 10, from the field');
    const box = screen.getByRole('textbox', { name: 'Your net-neutral ratio, exact value' });
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveValue('1 : 10');
    expect(box).toHaveAccessibleDescription(
      "N = importance × C/S of today's field = 1 × 10,000 / 1,000 = 10",
    );
    expect(
      screen.queryByRole('button', { name: 'Make Your net-neutral ratio a range' }),
    ).toBeNull();
    // The verdict at your ratio follows the derived N, not the slider's 1 : 50.
    expect(screen.getByText('net-neutral ratio 1 : 10, also your ratio')).toBeVisible();
    expect(screen.queryByRole('status', { name: 'Verdict at your ratio' })).toBeNull();
    // Importance moves the derived N.
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Safety importance, exact value' }), {
      target: { value: '10' },
    });
    fireEvent.blur(screen.getByRole('spinbutton', { name: 'Safety importance, exact value' }));
    expect(
      screen.getByRole('textbox', { name: 'Your net-neutral ratio, exact value' }),
    ).toHaveValue('1 : 100');
    fireEvent.click(screen.getByRole('radio', { name: 'Your slider' }));
    const back = screen.getByRole('slider', { name: 'Your net-neutral ratio' });
    expect(back).toBeEnabled();
    expect(back).toHaveAttribute('aria-valuetext', '1 : 50');
  });

  it('says when the derived N lies outside the slider, and uses it as it is', () => {
    renderPage({ nFrom: 'field', importance: 100, saf: 100, cap: 100_000 });
    expect(screen.getByText(/1 : 100,000 is above the slider's 1 : 1 to 1 : 1,000/)).toBeVisible();
    expect(figure('Verdict at your ratio')).toHaveTextContent('Net positive');
  });

  it('appears among the changed chips, with a reset', () => {
    renderPage({ nFrom: 'field' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset How N is set to Your slider' }));
    expect(scenario().nFrom).toBe('set');
  });
});

describe('the headline on the years model', () => {
  it('keeps every default figure and adds "Field ratio without the program"', () => {
    renderPage();
    expect(figure('Field ratio after')).toHaveTextContent('7 : 1');
    expect(figure('Field ratio without the program')).toHaveTextContent('10 : 1');
    expect(screen.getByText('the same field with no alumni, 10,000 : 1,000')).toBeVisible();
    expect(figure('Net impact at 1:10')).toHaveTextContent('450');
    expect(figure('Net impact at 1:100')).toHaveTextContent('495');
  });

  it('reads the field at the end of year Y and counts only what the program caused', () => {
    // Two years, two cohorts a year: 2,000 safety and 2,000 capabilities alumni.
    renderPage({ years: 2, perYear: 2, anyway: 50, capBoost: 100 });
    expect(figure('Field ratio after')).toHaveTextContent('4 : 1');
    expect(
      screen.getByText('capabilities : safety at the end of year 2, 12,000 : 3,000'),
    ).toBeVisible();
    expect(figure('Field ratio without the program')).toHaveTextContent('5.5 : 1');
    expect(
      screen.getByText(
        'the same field at the end of year 2 with only the 50 % of alumni who would have entered anyway, 11,000 : 2,000',
      ),
    ).toBeVisible();
    // (1 − 0.5) × (2,000 − 2,000 × 2 ÷ 10) = 800; at 1 : 100, 0.5 × (2,000 − 40) = 980.
    expect(figure('Net impact at 1:10')).toHaveTextContent('800');
    expect(figure('Net impact at 1:100')).toHaveTextContent('980');
    // Break-even: caused capabilities ÷ caused safety = 2.
    expect(figure('Break-even ratio')).toHaveTextContent('1 : 2');
  });

  it('with everyone entering anyway, net impact is 0 and every verdict neutral', () => {
    renderPage({ anyway: 100 });
    expect(figure('Net impact at 1:10')).toHaveTextContent('0');
    expect(figure('Verdict at 1:10')).toHaveTextContent('Net neutral');
    expect(figure('Verdict at 1:100')).toHaveTextContent('Net neutral');
    expect(figure('Field ratio without the program')).toHaveTextContent('7 : 1');
    expect(figure('Break-even ratio')).toHaveTextContent('nothing caused');
    expect(
      screen.getByText(
        'every alumnus would have entered anyway, so the program caused nothing: net neutral at every net-neutral ratio',
      ),
    ).toBeVisible();
  });
});
