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
