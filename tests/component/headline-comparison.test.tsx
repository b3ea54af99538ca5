/**
 * Issue 9, faults 2, 11 and 12: the headline cards compare two scenarios at the same
 * net-neutral ratio, write differences between the values a reader sees, show enough digits to
 * see a change, and show one pair of verdict cards per distinct N.
 */
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../src/store/scenario-store';
import { HeadlineFigures } from '../../src/ui/headline-figures';
import { decodeLink } from '../../src/url/link-codec';

const figure = (label: string) => screen.getByRole('status', { name: label });
/** The comparison line under a card. */
const compareLineOf = (label: string) =>
  figure(label).parentElement?.querySelector('.figure__compare')?.textContent ?? '';

function open(search: string) {
  const { state, issues } = decodeLink(search);
  expect(issues).toEqual([]);
  useScenarioStore.getState().applyLinkState(state);
  return render(<HeadlineFigures />);
}

describe('headline figures', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyLinkState(decodeLink('').state);
  });

  it('judges the compared scenario at the reader’s N, not at the N saved with it', () => {
    // The thread's illustration is 500 / 500 at its own 1 : 100 (net impact 495); at the
    // reader's 1 : 10 it is 500 − 50 = 450. This scenario: 750 − 200 / 10 = 730.
    open('?v=1&toSafety=75&toCap=20&neutral=10&compare=thread');
    expect(figure('Net impact at 1:10')).toHaveTextContent('730');
    expect(compareLineOf('Net impact at 1:10')).toBe("vs Thread's illustration: 450 (+280)");
    expect(screen.getByText(/judged at the same net-neutral ratios/)).toHaveTextContent(
      'your 1 : 10',
    );
  });

  it('judges the compared scenario at the reader’s own N in the “your ratio” row', () => {
    // At 1 : 20: this scenario 750 − 10 = 740; the thread's 500 − 25 = 475.
    open('?v=1&toSafety=75&toCap=20&neutral=20&compare=thread');
    expect(figure('Net impact at your ratio')).toHaveTextContent('740');
    expect(compareLineOf('Net impact at your ratio')).toBe("vs Thread's illustration: 475 (+265)");
    expect(compareLineOf('Verdict at your ratio')).toBe(
      "vs Thread's illustration: Net positive (20× break-even)",
    );
  });

  it('writes the difference between the values as shown, with the digits to tell them apart', () => {
    // 10 % non-generalizing: 450 safety, 550 capabilities; at 1 : 100 net impact 444.5 against
    // the defaults' 495. Shown whole, the difference is between the whole numbers.
    open('?v=1&nonGen=10&compare=defaults');
    const value = figure('Net impact at 1:100').textContent ?? '';
    const line = compareLineOf('Net impact at 1:100');
    const reference = /vs Defaults: ([\d,.]+) \(([+−][\d,.]+)\)/.exec(line);
    expect(reference).not.toBeNull();
    const shown = Number(value.replace(/,/g, ''));
    const referenceShown = Number(reference?.[1]?.replace(/,/g, ''));
    const difference = Number(reference?.[2]?.replace('−', '-').replace(/,/g, ''));
    expect(shown - referenceShown).toBeCloseTo(difference, 9);
  });

  it('shows a worse field as worse, not the same "10 : 1" as before', () => {
    // nonGen 82: 90 safety, 910 capabilities; the field goes from 10,000 : 1,000 to 10,910 : 1,090.
    open('?v=1&nonGen=82');
    expect(figure('Field ratio now')).toHaveTextContent('10 : 1');
    expect(figure('Field ratio after')).toHaveTextContent('10.01 : 1');
  });

  it.each([
    [10, ['Verdict at 1:10', 'Verdict at 1:100'], 'net-neutral ratio 1 : 10, also your ratio'],
    [100, ['Verdict at 1:10', 'Verdict at 1:100'], 'net-neutral ratio 1 : 100, also your ratio'],
    [
      37,
      ['Verdict at 1:10', 'Verdict at 1:100', 'Verdict at your ratio'],
      'your net-neutral ratio 1 : 37',
    ],
  ])('at N = %d the verdict cards are %j', (n, labels, detail) => {
    open(`?v=1&neutral=${n}`);
    const shown = screen
      .getAllByRole('status')
      .map((element) => element.getAttribute('aria-label'))
      .filter((label) => label?.startsWith('Verdict at'));
    expect(shown).toEqual(labels);
    expect(screen.getByText(detail)).toBeInTheDocument();
  });
});
