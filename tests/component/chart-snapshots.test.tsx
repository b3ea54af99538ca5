/**
 * SVG snapshots of each chart's plot at a fixed size (800 px wide, tests/setup.ts), as
 * Observable Plot tests its marks: the whole drawing (axes, ticks, grid, lines, bands, rules,
 * markers) is compared with a reviewable .svg file in __snapshots__, so any change to what a
 * reader sees fails here and shows up as a picture in review. Numbers are rounded to two
 * decimals and generated ids renamed (svg-snapshot.ts), so only a real change fails.
 *
 * After an intended change: `npx vitest run tests/component/chart-snapshots.test.tsx -u`, then
 * look at the changed .svg files before committing them.
 */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import type { ChartComparison } from '../../src/ui/charts/chart-comparison';
import { FieldRatioChart } from '../../src/ui/charts/field-ratio-chart';
import { NetImpactChart } from '../../src/ui/charts/net-impact-chart';
import { NewResearchersChart } from '../../src/ui/charts/new-researchers-chart';
import type { ScenarioChartProps } from '../../src/ui/charts/scenario-chart-props';
import { ChanceCurveChart } from '../../src/ui/charts/chance-curve-chart';
import { NetImpactDistributionChart } from '../../src/ui/charts/net-impact-distribution-chart';
import { SensitivityChart } from '../../src/ui/charts/sensitivity-chart';
import type { UncertaintyChartProps } from '../../src/ui/charts/uncertainty-chart-props';
import type { ScenarioRanges } from '../../src/model/ranges';
import { withRangePoints } from '../../src/model/range-points';
import { runUncertainty } from '../../src/model/uncertainty';
import { FieldYearsChart } from '../../src/ui/charts/field-years-chart';
import { AlumniYearsChart } from '../../src/ui/charts/alumni-years-chart';
import { NetImpactYearsChart } from '../../src/ui/charts/net-impact-years-chart';
import { svgSnapshot } from './svg-snapshot';
import { measureRechartsTextRealistically } from './recharts-measuring';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

interface Case {
  readonly name: string;
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison;
}

const CASES: readonly Case[] = [
  { name: 'defaults', scenario: DEFAULT_SCENARIO },
  {
    // The 2024 alumni survey's split, compared with the defaults: two lines, two own points.
    name: 'survey-vs-defaults',
    scenario: scenario({ toSafety: 49, toIndep: 29, toCap: 1.4 }),
    comparison: { name: 'Defaults', scenario: DEFAULT_SCENARIO },
  },
  { name: 'empty-cohort', scenario: scenario({ cohort: 0 }) },
  { name: 'all-capabilities', scenario: scenario({ toSafety: 0, toIndep: 0, toCap: 100 }) },
];

const CHARTS: readonly (readonly [string, string, ComponentType<ScenarioChartProps>])[] = [
  ['field-ratio', 'How the field ratio moves with cohort size', FieldRatioChart],
  ['new-researchers', 'New researchers against the net-neutral lines', NewResearchersChart],
  ['net-impact', 'Net impact against cohort size', NetImpactChart],
];

measureRechartsTextRealistically();

describe.each(CHARTS)('%s chart', (file, title, Chart) => {
  it.each(CASES)('draws $name', async ({ name, scenario: s, comparison }) => {
    render(<Chart scenario={s} comparison={comparison ?? null} />);
    const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
    // The live layer is in the picture (not only recharts' frame).
    expect(svg.querySelector('.chart-live path.chart-line')).not.toBeNull();
    await expect(svgSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${file}--${name}.svg`);
  });

  it('keeps its last drawing while paused, and catches up when unpaused', () => {
    const { rerender } = render(<Chart scenario={DEFAULT_SCENARIO} />);
    const plot = () => {
      const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
      if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
      return svgSnapshot(svg);
    };
    const before = plot();
    const moved = scenario({ toSafety: 20, toCap: 60, neutral: 40 });
    rerender(<Chart scenario={moved} paused />);
    expect(plot()).toBe(before);
    rerender(<Chart scenario={moved} />);
    expect(plot()).not.toBe(before);
  });
});

/** A scenario with some of the years inputs (issue 12) set. */
const yearsScenario = (changes: Partial<Scenario>, years: Partial<Scenario>): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...changes,
  ...years,
});

// About two cohorts a year of about 100 at the longitudinal 80 / 10 %, into a safety field of
// about 600 growing 21 % a year (sources.md); the capabilities side and the moves are guesses.
const RUNNING_POINTS = { cohort: 100, toSafety: 80, toIndep: 0, toCap: 10, saf: 600, cap: 10_000 };
const RUNNING_YEARS = {
  years: 10,
  perYear: 2,
  safGrowth: 21,
  capGrowth: 10,
  drift: 5,
  pivot: 10,
  anyway: 20,
};
const RUNNING_PROGRAM = yearsScenario(RUNNING_POINTS, RUNNING_YEARS);

const YEARS_CASES: readonly Case[] = [
  // Y = 1: today → year 1, the one-cohort figures.
  { name: 'defaults', scenario: DEFAULT_SCENARIO },
  { name: 'program-running', scenario: RUNNING_PROGRAM },
  {
    // Thirty years of heavy drift, compared with the program above: the verdict at 1 : 10 turns.
    name: 'drift-vs-program',
    scenario: yearsScenario(
      { toSafety: 60, toCap: 30 },
      { years: 30, perYear: 4, drift: 30, capBoost: 100 },
    ),
    comparison: { name: 'Running program', scenario: RUNNING_PROGRAM },
  },
  { name: 'empty-cohort', scenario: yearsScenario({ cohort: 0 }, { years: 5, safGrowth: -20 }) },
];

const YEARS_CHARTS: readonly (readonly [string, string, ComponentType<ScenarioChartProps>])[] = [
  ['field-years', 'The field over the years', FieldYearsChart],
  ['alumni-years', 'Where alumni work', AlumniYearsChart],
  ['net-impact-years', 'Net impact by year', NetImpactYearsChart],
];

describe.each(YEARS_CHARTS)('%s chart', (file, title, Chart) => {
  it.each(YEARS_CASES)('draws $name', async ({ name, scenario: s, comparison }) => {
    render(<Chart scenario={s} comparison={comparison ?? null} />);
    const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
    expect(svg.querySelector('.chart-live path.chart-line')).not.toBeNull();
    await expect(svgSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${file}--${name}.svg`);
  });

  it('keeps its last drawing while paused, and catches up when unpaused', () => {
    const { rerender } = render(<Chart scenario={RUNNING_PROGRAM} />);
    const plot = () => {
      const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
      if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
      return svgSnapshot(svg);
    };
    const before = plot();
    const moved = yearsScenario(RUNNING_POINTS, { ...RUNNING_YEARS, drift: 40, years: 12 });
    rerender(<Chart scenario={moved} paused />);
    expect(plot()).toBe(before);
    rerender(<Chart scenario={moved} />);
    expect(plot()).not.toBe(before);
  });
});

/** The uncertainty charts draw a Monte Carlo summary; a seeded run gives the same one anywhere. */
function uncertaintyCase(name: string, changes: Partial<Scenario>, ranges: ScenarioRanges) {
  const sampling = { seed: 1, samples: 10_000 };
  const { scenario: s } = withRangePoints({ ...DEFAULT_SCENARIO, ...changes }, ranges);
  return {
    name,
    summary: runUncertainty(s, ranges, sampling),
    job: { scenario: s, ranges, sampling },
  };
}

const UNCERTAINTY_CASES = [
  // The link: ?v=1&neutral=10~100&toCap=5~20&indepWeight=0~100.
  uncertaintyCase(
    'issue-link',
    {},
    { neutral: { lo: 10, hi: 100 }, toCap: { lo: 5, hi: 20 }, indepWeight: { lo: 0, hi: 100 } },
  ),
  // 1 % in safety roles: the verdict is in doubt, and two ranges alone flip it.
  uncertaintyCase(
    'in-doubt',
    { toSafety: 1 },
    { neutral: { lo: 10, hi: 100 }, toCap: { lo: 5, hi: 50 }, cohort: { lo: 500, hi: 2000 } },
  ),
];

const BAND_CASES = [
  ...UNCERTAINTY_CASES,
  // The judgement calls as ranges, with independents placed: they move every chart's line.
  uncertaintyCase(
    'judgements',
    { toIndep: 20 },
    { indepWeight: { lo: 0, hi: 100 }, nonGen: { lo: 0, hi: 30 }, cap: { lo: 5_000, hi: 20_000 } },
  ),
];

/** The scenario charts with the 90 % band of each case's run (chart-band.ts). */
describe.each(CHARTS)('%s chart with its 90 %% band', (file, title, Chart) => {
  it.each(BAND_CASES)('draws $name', async ({ name, summary, job }) => {
    const band = {
      bands: summary.bands,
      scenario: job.scenario,
      ranged: summary.ranged,
      samples: summary.samples,
      seed: summary.seed,
    };
    render(<Chart scenario={job.scenario} band={band} />);
    const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
    const area = svg.querySelector('.chart-live path.chart-area');
    // With no independents placed, none of these ranges moves the split's line: no band.
    if (file === 'new-researchers' && name !== 'judgements') {
      expect(area).toBeNull();
      return;
    }
    // Under the lines: before every line in the drawing.
    expect(area).not.toBeNull();
    for (const line of svg.querySelectorAll('.chart-live path.chart-line')) {
      expect(area?.compareDocumentPosition(line)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    }
    await expect(svgSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${file}--band-${name}.svg`);
  });
});

/**
 * The years charts with the 90 % bands of a run of the program above with ranges on its
 * capabilities share, drift, the capabilities field's growth, who came anyway and N.
 */
const YEARS_BAND_CASE = (() => {
  const ranges: ScenarioRanges = {
    toCap: { lo: 5, hi: 30 },
    drift: { lo: 0, hi: 20 },
    capGrowth: { lo: 5, hi: 20 },
    anyway: { lo: 0, hi: 50 },
    neutral: { lo: 10, hi: 100 },
  };
  const sampling = { seed: 1, samples: 10_000 };
  const { scenario: s } = withRangePoints(RUNNING_PROGRAM, ranges);
  const summary = runUncertainty(s, ranges, sampling);
  return {
    scenario: s,
    band: {
      bands: summary.bands,
      scenario: s,
      ranged: summary.ranged,
      samples: summary.samples,
      seed: summary.seed,
    },
  };
})();

describe.each(YEARS_CHARTS)('%s chart with its 90 %% bands', (file, title, Chart) => {
  it('draws the program with ranges', async () => {
    render(<Chart scenario={YEARS_BAND_CASE.scenario} band={YEARS_BAND_CASE.band} />);
    const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
    const areas = svg.querySelectorAll('.chart-live path.chart-area');
    expect(areas.length).toBe(file === 'net-impact-years' ? 1 : 2);
    for (const line of svg.querySelectorAll('.chart-live path.chart-line')) {
      for (const area of areas) {
        expect(area.compareDocumentPosition(line)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      }
    }
    await expect(svgSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${file}--band-program.svg`);
  });
});

const UNCERTAINTY_CHARTS: readonly (readonly [
  string,
  string,
  ComponentType<UncertaintyChartProps>,
])[] = [
  ['chance-curve', 'Chance of net positive against the net-neutral ratio', ChanceCurveChart],
  [
    'net-impact-distribution',
    'The distribution of net impact at your ratio',
    NetImpactDistributionChart,
  ],
  ['sensitivity', 'Sensitivity: which range decides the verdict', SensitivityChart],
];

describe.each(UNCERTAINTY_CHARTS)('%s chart', (file, title, Chart) => {
  it.each(UNCERTAINTY_CASES)('draws $name', async ({ name, summary, job }) => {
    render(<Chart summary={summary} job={job} />);
    const svg = screen.getByRole('figure', { name: title }).querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no plot rendered');
    expect(svg.querySelector('.chart-live path.chart-line, .chart-live .chart-bar')).not.toBeNull();
    await expect(svgSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${file}--${name}.svg`);
  });
});
