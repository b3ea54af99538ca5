/**
 * The three charts in jsdom: what lives beside the plot (title, legend, sources, the "In words"
 * text, which follows the props) and how the plot behaves (readout, keyboard, rules that move).
 * What the plot draws is compared as a picture in chart-snapshots.test.tsx. tests/setup.ts fails
 * any test that logs a warning or error.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { formatNetImpact } from '../../src/format/format';
import { calculateYears } from '../../src/model/years';
import { FieldRatioChart } from '../../src/ui/charts/field-ratio-chart';
import { NetImpactChart } from '../../src/ui/charts/net-impact-chart';
import { NewResearchersChart } from '../../src/ui/charts/new-researchers-chart';
import { FieldYearsChart } from '../../src/ui/charts/field-years-chart';
import { AlumniYearsChart } from '../../src/ui/charts/alumni-years-chart';
import { NetImpactYearsChart } from '../../src/ui/charts/net-impact-years-chart';
import { measureRechartsTextRealistically } from './recharts-measuring';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

const EDGE_SCENARIOS: Record<string, Scenario> = {
  'an empty cohort': scenario({ cohort: 0 }),
  'all placements to capabilities': scenario({ toSafety: 0, toCap: 100 }),
  'nobody placed': scenario({ toSafety: 0, toIndep: 0, toCap: 0 }),
  'N = 1 and a huge safety field': scenario({ neutral: 1, cap: 100, saf: 100_000 }),
  'N = 1,000 and the largest cohort': scenario({ neutral: 1000, cohort: 20_000 }),
};

measureRechartsTextRealistically();

/** Every SVG text; wrapped titles are split into <tspan> lines, so those are re-joined. */
function plotTexts(figure: HTMLElement): string[] {
  return [...figure.querySelectorAll('svg text')].map((node) => {
    const lines = [...node.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
    return lines.length > 0 ? lines.join(' ') : (node.textContent ?? '');
  });
}

function figureOf(title: string): HTMLElement {
  const figure = screen.getByRole('figure', { name: title });
  return figure;
}

describe('FieldRatioChart', () => {
  const title = 'How the field ratio moves with cohort size';

  // The plot itself (axes, ticks, line, rule, marker) is compared as a picture in
  // chart-snapshots.test.tsx; this checks what lives outside the <svg>.
  it('renders the title, the legend and the text for the defaults', () => {
    render(<FieldRatioChart scenario={DEFAULT_SCENARIO} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    const figure = figureOf(title);
    expect(figure).toHaveAccessibleDescription(/In words: With a cohort of 1,000 .* 7 : 1/);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      'Field after one cohortYour cohort',
    );
  });

  it('updates the text alternative when the scenario changes', () => {
    const { rerender } = render(<FieldRatioChart scenario={DEFAULT_SCENARIO} />);
    expect(screen.getByText(/from 10 : 1 to 7 : 1/)).toBeInTheDocument();
    rerender(<FieldRatioChart scenario={scenario({ toSafety: 0, toCap: 100 })} />);
    expect(screen.getByText(/rises from 10 : 1 to 11 : 1/)).toBeInTheDocument();
    expect(screen.queryByText(/7 : 1/)).not.toBeInTheDocument();
  });
});

describe('NewResearchersChart', () => {
  const title = 'New researchers against the net-neutral lines';

  it('names the user line, and lists the reference points and their sources', () => {
    render(<NewResearchersChart scenario={scenario({ neutral: 250 })} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    const figure = figureOf(title);
    expect(plotTexts(figure)).toContain('your net-neutral 1 : 250');
    const legend = figure.querySelector('.chart-legend');
    expect(legend).toHaveTextContent('New safety : capabilities at each split');
    expect(legend).toHaveTextContent('Your current split');
    expect(legend).toHaveTextContent(
      '2024 alumni survey, 49 / 29 / 1.4 % (55.7 : 1 with your judgements)',
    );
    expect(legend).toHaveTextContent(
      'Longitudinal career data, 80 / 10 % (8 : 1 with your judgements)',
    );
    const sources = screen.getByRole('list', { name: `Sources for “${title}”` });
    expect(sources).toHaveTextContent(/date unconfirmed/i);
    // The published figures stay in the source notes.
    expect(sources).toHaveTextContent('published as 35 : 1 safety to capabilities');
    expect(sources).toHaveTextContent('published as 8 : 1 safety to capabilities');
    expect(
      screen.getAllByRole('link', { name: 'MATS Alumni Impact Analysis (2024-09-30)' })[0],
    ).toHaveAttribute('href', 'https://www.lesswrong.com/posts/jeBkx6agMuBCQW94C');
  });

  it('shows the hovered split in the readout, with the ratio in words', () => {
    // Plot area: 12 px margin + 84 px y axis, 680 px wide; jsdom puts the <svg> at x = 0.
    render(<NewResearchersChart scenario={DEFAULT_SCENARIO} />);
    const hover = figureOf(title).querySelector('.chart-live__hover');
    if (hover === null) throw new Error('no chart rendered');
    fireEvent.pointerMove(hover, { clientX: 96 + 0.3 * 680, clientY: 150 });
    const readout = figureOf(title).querySelector('.chart-readout');
    expect(readout).toHaveTextContent('30 % of placed people in capabilities roles');
    expect(readout).toHaveTextContent('New researchers: 2.33 : 1 safety to capabilities');
    // A cursor line and a dot on the line mark the sample.
    expect(figureOf(title).querySelectorAll('.chart-live__active circle')).toHaveLength(1);
    fireEvent.pointerLeave(hover);
    expect(figureOf(title).querySelector('.chart-readout')).toBeNull();
  });

  it('steps through the samples with the keyboard and says the values', () => {
    render(<NewResearchersChart scenario={DEFAULT_SCENARIO} />);
    const explorer = screen.getByRole('slider', { name: 'Values along the new-researchers chart' });
    // Starts at the scenario's own split (50 %), the 31st of 61 samples.
    expect(explorer).toHaveAttribute('aria-valuenow', '30');
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      '50 % of placed people in capabilities roles: New researchers 1 : 1 safety to capabilities',
    );
    fireEvent.focus(explorer);
    expect(figureOf(title).querySelector('.chart-readout')).toHaveTextContent('50 %');
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^51.7 % of placed people/),
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(explorer).toHaveAttribute('aria-valuenow', '60');
    expect(figureOf(title).querySelector('.chart-readout')).toHaveTextContent(
      '100 % of placed people in capabilities roles',
    );
    fireEvent.keyDown(explorer, { key: 'PageDown' });
    expect(explorer).toHaveAttribute('aria-valuenow', '54');
    fireEvent.blur(explorer);
    expect(figureOf(title).querySelector('.chart-readout')).toBeNull();
  });

  it('says so when the compared line lies on the current one', () => {
    const comparison = { name: 'Bigger cohort', scenario: scenario({ cohort: 3000 }) };
    const { rerender } = render(
      <NewResearchersChart scenario={DEFAULT_SCENARIO} comparison={comparison} />,
    );
    expect(figureOf(title)).toHaveTextContent('The line for “Bigger cohort” lies on this one.');
    const differentMix = { name: 'Fewer counted', scenario: scenario({ nonGen: 20 }) };
    rerender(<NewResearchersChart scenario={DEFAULT_SCENARIO} comparison={differentMix} />);
    expect(figureOf(title)).not.toHaveTextContent('lies on this one');
    expect(figureOf(title).querySelectorAll('path.chart-line')).toHaveLength(2);
  });

  it('keeps the readout on the sample under the pointer while the values change', () => {
    const { rerender } = render(<NewResearchersChart scenario={DEFAULT_SCENARIO} />);
    const hover = figureOf(title).querySelector('.chart-live__hover');
    if (hover === null) throw new Error('no chart rendered');
    fireEvent.pointerMove(hover, { clientX: 96 + 0.3 * 680, clientY: 150 });
    rerender(<NewResearchersChart scenario={scenario({ toSafety: 29, toIndep: 50 })} />);
    expect(figureOf(title).querySelector('.chart-readout')).toHaveTextContent(
      '30 % of placed people in capabilities roles',
    );
  });

  it('updates the text alternative when the scenario changes', () => {
    const { rerender } = render(<NewResearchersChart scenario={DEFAULT_SCENARIO} />);
    expect(figureOf(title)).toHaveAccessibleDescription(
      /With 50 % of placed people in capabilities roles, the new researchers are 1 : 1 safety to capabilities, above your net-neutral line 1 : 100, so net positive/,
    );
    rerender(<NewResearchersChart scenario={scenario({ toSafety: 0, toCap: 100 })} />);
    expect(figureOf(title)).toHaveAccessibleDescription(
      /every new researcher counts as capabilities \(none as safety\), below/,
    );
    expect(plotTexts(figureOf(title))).toContain('net-neutral 1:100 (yours)');
  });
});

describe('NewResearchersChart under the judgement calls (issue 9, faults 3, 10 and 12)', () => {
  const title = 'New researchers against the net-neutral lines';
  const EIGHT_TO_ONE = scenario({ toSafety: 80, toIndep: 0, toCap: 10 });

  /** The translate of each marker (its own, or its group's for a ring), in drawing order. */
  function markers(figure: HTMLElement) {
    return [...figure.querySelectorAll('path.chart-marker')].map((marker) => ({
      marker,
      at: marker.getAttribute('transform') ?? marker.parentElement?.getAttribute('transform'),
      fill: marker.getAttribute('fill'),
    }));
  }

  function numbers(d: string): number[] {
    return (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
  }

  it('keeps the 8 : 1 marker visible when the current split sits on it', () => {
    render(<NewResearchersChart scenario={EIGHT_TO_ONE} />);
    const drawn = markers(figureOf(title));
    const square = drawn.find(({ marker }) => marker.classList.contains('chart-marker--square'));
    expect(square).toBeDefined();
    const here = drawn.filter(({ at }) => at === square?.at);
    // The published point and the current split, at the same spot.
    expect(here).toHaveLength(2);
    const squareIndex = here.findIndex((entry) => entry === square);
    const current = here.find((entry) => entry !== square);
    // Nothing filled is drawn over the published point there: the current split is a ring
    // (an outline) wide enough to go round it.
    for (const later of here.slice(squareIndex + 1)) expect(later.fill).toBe('none');
    expect(current?.fill).toBe('none');
    const ringRadius = numbers(current?.marker.getAttribute('d') ?? '')[0] ?? 0;
    // d3's square starts at its corner (−w/2, −w/2): its distance from the centre is √2 · w/2.
    const corner =
      Math.abs(numbers(square?.marker.getAttribute('d') ?? '')[0] ?? Infinity) * Math.SQRT2;
    const ringWidth = Number(current?.marker.getAttribute('stroke-width'));
    expect(ringRadius - ringWidth / 2).toBeGreaterThan(corner);
    // The legend draws the current split the same way, as a ring.
    const legendIcon = [...figureOf(title).querySelectorAll('.chart-legend__item')]
      .find((item) => item.textContent === 'Your current split')
      ?.querySelector('path');
    expect(legendIcon?.getAttribute('fill')).toBe('none');
  });

  it("places the survey under the reader's judgements, on the current split's dot", () => {
    const survey = scenario({ toSafety: 49, toIndep: 29, toCap: 1.4, nonGen: 91, neutral: 10 });
    render(<NewResearchersChart scenario={survey} />);
    const figure = figureOf(title);
    const drawn = markers(figure);
    const diamond = drawn.find(({ marker }) => marker.classList.contains('chart-marker--diamond'));
    const ring = drawn.find(({ marker }) => marker.classList.contains('chart-marker--ring'));
    expect(diamond?.at).toBeDefined();
    expect(diamond?.at).toBe(ring?.at);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      '2024 alumni survey, 49 / 29 / 1.4 % (1 : 10.3 with your judgements)',
    );
    expect(figure).toHaveAccessibleDescription(
      /the 2024 alumni survey's split \(1.8 % of placed people in capabilities roles\) gives 1 : 10.3 safety to capabilities/,
    );
    expect(screen.getByRole('list', { name: `Sources for “${title}”` })).toHaveTextContent(
      'independents counted at 100 %, 91 % of safety counted as non-generalizing',
    );
  });

  it('names the share of the cohort beside the share of placed people', () => {
    render(<NewResearchersChart scenario={EIGHT_TO_ONE} />);
    const explorer = screen.getByRole('slider', { name: 'Values along the new-researchers chart' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      '11.1 % of placed people (10 % of the cohort) in capabilities roles: New researchers 8 : 1 safety to capabilities',
    );
    expect(figureOf(title)).toHaveAccessibleDescription(
      /With 11.1 % of placed people \(10 % of the cohort\) in capabilities roles, the new researchers are 8 : 1 safety to capabilities/,
    );
  });
});

describe('FieldRatioChart writes each ratio in its own orientation (issue 9, fault 10)', () => {
  it('gives the limit of the 8 : 1 preset as 8 : 1 safety to capabilities, not 1 : 8', () => {
    render(<FieldRatioChart scenario={scenario({ toSafety: 80, toIndep: 0, toCap: 10 })} />);
    const figure = figureOf('How the field ratio moves with cohort size');
    expect(figure).toHaveAccessibleDescription(/own balance of 8 : 1 safety to capabilities\./);
    expect(figure).not.toHaveAccessibleDescription(/1 : 8/);
  });
});

describe('live layer annotations', () => {
  const title = 'New researchers against the net-neutral lines';

  function rulePositions(figure: HTMLElement): Record<string, string> {
    return Object.fromEntries(
      [...figure.querySelectorAll('line.chart-rule')].map((rule) => [
        rule.getAttribute('data-rule') ?? '',
        `${rule.getAttribute('x1')},${rule.getAttribute('y1')}`,
      ]),
    );
  }

  function bandHeights(figure: HTMLElement): string[] {
    return [...figure.querySelectorAll('.chart-band__rect')].map(
      (rect) => rect.getAttribute('height') ?? '',
    );
  }

  // Rules and bands are memoised by what they draw (live-plot-annotations.tsx): the ones that
  // move must still move, and the others keep their place.
  it('moves the rule, label and bands that depend on N, and only those', () => {
    const { rerender } = render(<NewResearchersChart scenario={scenario({ neutral: 250 })} />);
    const before = rulePositions(figureOf(title));
    const bandsBefore = bandHeights(figureOf(title));
    rerender(<NewResearchersChart scenario={scenario({ neutral: 40 })} />);
    const after = rulePositions(figureOf(title));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const moved = Object.keys(after).filter((key) => after[key] !== before[key]);
    expect(moved).toHaveLength(1);
    expect(plotTexts(figureOf(title))).toContain('your net-neutral 1 : 40');
    expect(plotTexts(figureOf(title))).not.toContain('your net-neutral 1 : 250');
    expect(bandHeights(figureOf(title))).not.toEqual(bandsBefore);
  });
});

describe('NetImpactChart', () => {
  const title = 'Net impact against cohort size';

  it("names one line per N in the legend, with the reader's N, and says the values", () => {
    render(<NetImpactChart scenario={scenario({ neutral: 40 })} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    const figure = figureOf(title);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      'At 1 : 10At 1 : 100At your 1 : 40Your cohort',
    );
    expect(figure.querySelectorAll('path.chart-line')).toHaveLength(3);
    expect(figure).toHaveAccessibleDescription(/With a cohort of 1,000 the net impact is 488/);
  });

  it('keeps three legend entries when the user N equals a thread value, and follows props', () => {
    const { rerender } = render(<NetImpactChart scenario={DEFAULT_SCENARIO} />);
    expect(figureOf(title).querySelector('.chart-legend')).toHaveTextContent(
      'At your 1 : 100 (same as 1 : 100)',
    );
    expect(figureOf(title)).toHaveAccessibleDescription(/495 safety-researcher equivalents/);
    rerender(<NetImpactChart scenario={scenario({ cohort: 2000 })} />);
    expect(figureOf(title)).toHaveAccessibleDescription(
      /With a cohort of 2,000 the net impact is 990/,
    );
  });

  it("over the years plots the whole program, the headline's net impact, and says so", () => {
    const s = yearsScenario({ neutral: 40 }, { years: 10, perYear: 2, anyway: 20 });
    render(<NetImpactChart scenario={s} />);
    const impact = formatNetImpact(calculateYears(s).verdictAtUser.netImpact);
    expect(figureOf(title)).toHaveAccessibleDescription(
      `In words: Each point is the whole program with cohorts of that size (run for 10 years at 2 cohorts a year, into a field that does not grow), as in the headline: with cohorts of 1,000, its net impact by the end of year 10 is ${impact} safety-researcher equivalents at your net-neutral ratio 1 : 40 (net positive), ${formatNetImpact(calculateYears(s).verdictAt10.netImpact)} at 1 : 10 and ${formatNetImpact(calculateYears(s).verdictAt100.netImpact)} at 1 : 100. The verdicts credit the program only with the 80 % of alumni who would not have entered anyway. Net impact is proportional to cohort size, so larger cohorts with this split are more net positive.`,
    );
    const explorer = screen.getByRole('slider', { name: 'Values along the net-impact chart' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Cohorts of 1,000 people, by the end of year 10/),
    );
  });
});

describe('edge scenarios render without warnings', () => {
  for (const [name, s] of Object.entries(EDGE_SCENARIOS)) {
    it(name, () => {
      render(
        <>
          <FieldRatioChart scenario={s} />
          <NewResearchersChart scenario={s} />
          <NetImpactChart scenario={s} />
        </>,
      );
      expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
      for (const path of document.querySelectorAll('path, line, circle, rect')) {
        for (const attr of ['d', 'x', 'y', 'x1', 'y1', 'cx', 'cy', 'width', 'height']) {
          expect(path.getAttribute(attr) ?? '').not.toMatch(/NaN|Infinity/);
        }
      }
      expect(document.body).not.toHaveTextContent(/NaN|Infinity|n\/a/);
    });
  }
});

/** A scenario with the years inputs (issue 12), passed where the charts take the page's scenario. */
const yearsScenario = (changes: Partial<Scenario>, inputs: Partial<Scenario>): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...changes,
  ...inputs,
});

describe('The field over the years', () => {
  const title = 'The field over the years';

  it('draws today → year 1 at the defaults, with both lines, and whole-year ticks', () => {
    render(<FieldYearsChart scenario={DEFAULT_SCENARIO} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    const figure = figureOf(title);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      'With the programWithout the programEnd of the last year',
    );
    expect(figure.querySelectorAll('path.chart-line')).toHaveLength(2);
    expect(figure).toHaveAccessibleDescription(/from 10 : 1 today to 7 : 1/);
    expect(plotTexts(figure)).toEqual(expect.arrayContaining(['0', '1', 'Year (0 is today)']));
    expect(plotTexts(figure)).not.toContain('0.5');
  });

  it('steps through the years with the keyboard, starting at the last', () => {
    render(
      <FieldYearsChart scenario={yearsScenario({}, { years: 5, capGrowth: 10, anyway: 50 })} />,
    );
    const explorer = screen.getByRole('slider', {
      name: 'Values along the field-over-the-years chart',
    });
    expect(explorer).toHaveAttribute('aria-valuenow', '5');
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(
        /^End of year 5: With the program [\d.]+ : 1 capabilities to safety; Without the program [\d.]+ : 1/,
      ),
    );
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Home' });
    expect(explorer).toHaveAttribute('aria-valuenow', '0');
    expect(figureOf(title).querySelector('.chart-readout')).toHaveTextContent(
      'TodayWith the program: 10 : 1 capabilities to safety',
    );
  });
});

describe('Where alumni work', () => {
  const title = 'Where alumni work';

  it('marks the longitudinal 8 : 1 at years 1–3, labelled and sourced as such', () => {
    render(
      <AlumniYearsChart scenario={yearsScenario({ cohort: 100 }, { years: 10, perYear: 2 })} />,
    );
    const figure = figureOf(title);
    const legend = figure.querySelector('.chart-legend');
    expect(legend).toHaveTextContent('Longitudinal career data: 80 % in safety (about years 1–3)');
    expect(legend).toHaveTextContent(
      'Longitudinal career data: 10 % in capabilities (about years 1–3)',
    );
    // One square (safety) and one triangle (capabilities) a year, for years 1, 2 and 3 only.
    expect(figure.querySelectorAll('svg path.chart-marker--square')).toHaveLength(3);
    expect(figure.querySelectorAll('svg path.chart-marker--triangle')).toHaveLength(3);
    const sources = screen.getByRole('list', { name: `Sources for “${title}”` });
    expect(sources).toHaveTextContent('242 of 292 alumni');
    expect(figure).toHaveAccessibleDescription(
      /would count 480 and 60 of the people placed by the end of year 3/,
    );
    const explorer = screen.getByRole('slider', {
      name: 'Values along the where-alumni-work chart',
    });
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Home' });
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(explorer).toHaveAttribute(
      'aria-valuetext',
      'End of year 1: Alumni counted as safety 100; Alumni counted as capabilities 100; Longitudinal data, 80 / 10 % 160 safety, 20 capabilities',
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(explorer.getAttribute('aria-valuetext')).not.toContain('Longitudinal');
  });
});

describe('Net impact by year', () => {
  const title = 'Net impact by year';

  it('draws 1 : 10, 1 : 100 and your N by year, naming an N from the field', () => {
    const { rerender } = render(<NetImpactYearsChart scenario={scenario({ neutral: 40 })} />);
    const figure = figureOf(title);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      'At 1 : 10At 1 : 100At your 1 : 40End of the last year, at your ratio',
    );
    expect(figure.querySelectorAll('path.chart-line')).toHaveLength(3);
    expect(plotTexts(figure)).toContain('net neutral');
    rerender(
      <NetImpactYearsChart
        scenario={yearsScenario({}, { years: 8, nFrom: 'field', importance: 3 })}
      />,
    );
    expect(figureOf(title).querySelector('.chart-legend')).toHaveTextContent(
      'At your 1 : 30, from the field',
    );
    expect(figureOf(title)).toHaveAccessibleDescription(/After 8 years the program's net impact/);
  });

  it('draws the comparison judged at your ratio', () => {
    const comparison = {
      name: 'Drifting',
      scenario: yearsScenario({ neutral: 1000 }, { years: 4, drift: 40 }),
    };
    render(
      <NetImpactYearsChart
        scenario={yearsScenario({ neutral: 40 }, { years: 6 })}
        comparison={comparison}
      />,
    );
    const figure = figureOf(title);
    expect(figure.querySelector('.chart-legend')).toHaveTextContent(
      'Compared: Drifting, at your 1 : 40',
    );
    expect(figure.querySelectorAll('path.chart-line')).toHaveLength(4);
  });
});

describe('the years charts in edge scenarios render without warnings', () => {
  const cases: Record<string, Scenario> = {
    'an empty cohort for 5 years': yearsScenario({ cohort: 0 }, { years: 5 }),
    'everyone would have come anyway': yearsScenario({}, { years: 10, anyway: 100 }),
    'thirty years, four cohorts, doubling': yearsScenario(
      { cohort: 20_000 },
      { years: 30, perYear: 4, safGrowth: 100, capGrowth: 100, drift: 50, pivot: 50 },
    ),
    'shrinking, N from a tiny field ratio': yearsScenario(
      { cap: 100, saf: 100_000 },
      { years: 30, safGrowth: -20, capGrowth: -20, nFrom: 'field', importance: 0.1 },
    ),
  };
  for (const [name, s] of Object.entries(cases)) {
    it(name, () => {
      render(
        <>
          <FieldYearsChart scenario={s} />
          <AlumniYearsChart scenario={s} />
          <NetImpactYearsChart scenario={s} />
        </>,
      );
      expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
      for (const path of document.querySelectorAll('path, line, circle, rect')) {
        for (const attr of ['d', 'x', 'y', 'x1', 'y1', 'cx', 'cy', 'width', 'height']) {
          expect(path.getAttribute(attr) ?? '').not.toMatch(/NaN|Infinity/);
        }
      }
      expect(document.body).not.toHaveTextContent(/NaN|Infinity|n\/a/);
    });
  }
});
