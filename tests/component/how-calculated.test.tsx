/**
 * "How this is calculated" shows the model on the page itself (issue 9, fault 13): every formula,
 * the share rule, the judgement calls, what the model leaves out and the sources, and no pointer
 * to a repository file a visitor cannot open.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/model/sources';
import { HowCalculated } from '../../src/ui/how-calculated';

function renderOpen() {
  const view = render(<HowCalculated />);
  const details = view.container.querySelector('details');
  if (details === null) throw new Error('no <details>');
  details.open = true;
  return { view, details };
}

/** The formulas list: figure (its term) → formula (the first description after it). */
function formulas(): Map<string, string> {
  const heading = screen.getByRole('heading', { name: 'Formulas' });
  const list = heading.parentElement?.querySelector('h3 ~ dl.how__formulas');
  if (!list) throw new Error('no formulas list after the heading');
  const rows = new Map<string, string>();
  for (const term of list.querySelectorAll('dt')) {
    const formula = term.nextElementSibling;
    expect(formula?.tagName).toBe('DD');
    expect(formula?.querySelector('code')).not.toBeNull();
    rows.set(term.textContent ?? '', formula?.textContent ?? '');
  }
  return rows;
}

describe('How this is calculated', () => {
  it('is a collapsible section named "How this is calculated"', () => {
    const { details } = renderOpen();
    expect(details.querySelector('summary')).toHaveTextContent('How this is calculated');
  });

  it('shows the formula of every figure', () => {
    renderOpen();
    expect(Object.fromEntries(formulas())).toMatchObject({
      'Counted as safety': 'C × (s + i × w)',
      'New safety researchers': 'counted as safety × (1 − g)',
      'New capabilities researchers': 'C × c + counted as safety × g',
      'Other / not placed': 'C × (1 − s − i − c)',
      'Field ratio now (capabilities : safety)': 'K : S',
      'Field ratio after (capabilities : safety)': '(K + new capabilities) : (S + new safety)',
      'New researchers (safety : capabilities)': 'new safety : new capabilities',
      'Capabilities per 100 safety': '100 × new capabilities ÷ new safety',
      'Verdict at 1 : N': expect.stringContaining(
        'net positive when new safety × N > new capabilities',
      ),
      Margin: 'new safety × N ÷ new capabilities',
      'Net impact at 1 : N': 'new safety − new capabilities ÷ N',
    });
  });

  it('names every symbol with the control it comes from', () => {
    renderOpen();
    const table = screen.getByRole('table', { name: 'The inputs as the formulas write them' });
    for (const control of [
      'Cohort size',
      'Safety roles',
      'Independent safety research',
      'Capabilities roles',
      'Your net-neutral ratio',
    ]) {
      expect(within(table).getByText(control)).toBeInTheDocument();
    }
  });

  it('explains the share rule and the judgement calls', () => {
    renderOpen();
    expect(screen.getByRole('heading', { name: 'The share rule' })).toBeInTheDocument();
    expect(screen.getByText(/never pass 100 %/)).toBeInTheDocument();
    expect(screen.getByText(/scaled\s+down in proportion/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The judgement calls' })).toBeInTheDocument();
    for (const term of [
      'Your net-neutral ratio 1 : N',
      'Independents counted as safety',
      'Non-generalizing alignment',
    ]) {
      expect(screen.getByText(term, { selector: 'dt' })).toBeInTheDocument();
    }
  });

  it.each([
    'Clued-up capabilities researchers',
    'Counterfactual entrants',
    'Researcher quality',
    'Uncertainty',
    'Time',
  ])('says the model leaves out %s', (item) => {
    renderOpen();
    const heading = screen.getByRole('heading', { name: 'What the model leaves out' });
    expect(heading).toBeInTheDocument();
    const section = heading.nextElementSibling?.nextElementSibling;
    if (!(section instanceof HTMLDListElement)) throw new Error('no list under the heading');
    expect(within(section).getByText(item, { selector: 'dt' })).toBeInTheDocument();
  });

  it('links every source', () => {
    renderOpen();
    for (const source of Object.values(SOURCES)) {
      expect(screen.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    }
  });

  it('does not send the reader to the project repository', () => {
    const { details } = renderOpen();
    expect(details.textContent).not.toMatch(/project repository/i);
    expect(details.textContent).not.toMatch(/docs\/model\.md/);
  });
});
