/**
 * The benchmark's years section (scripts/bench/years.mjs, issue 12 "Measured"): the links it
 * opens must be what they say, "The program as it runs" over 30 years with four cohorts a year
 * and every years input away from its default, opening with no notice; the sliders it moves must
 * exist on those pages (by their public accessible names) and cover every years input; and
 * `--only years` must give its figures with their budgets and verdicts.
 */
import { describe, expect, it } from 'vitest';
import {
  dragRows,
  sliderFigures,
  type DragResult,
  type SliderSamples,
} from '../../scripts/bench/aggregate.mjs';
import { parseOptions } from '../../scripts/bench/options.mjs';
import { formatReport } from '../../scripts/bench/report.mjs';
import { verdicts, yearsVerdicts } from '../../scripts/bench/verdicts.mjs';
import {
  YEARS_KEY_SLIDERS,
  YEARS_QUERY,
  YEARS_RANGE_KEY_SLIDERS,
  YEARS_RANGE_KEYS,
  YEARS_RANGE_SLIDERS,
  YEARS_RANGES_QUERY,
  YEARS_SLIDERS,
} from '../../scripts/bench/years.mjs';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS, type InputKey } from '../../src/model/inputs';
import { YEARS_INPUT_KEYS } from '../../src/model/years-inputs';
import { PRESETS } from '../../src/model/presets';
import { rangeEndName } from '../../src/ui/range-end-field';
import { decodeScenario, encodeScenario } from '../../src/url';

const points = decodeScenario(YEARS_QUERY);
const ranged = decodeScenario(YEARS_RANGES_QUERY);
const rangedKeys = Object.keys(ranged.ranges) as InputKey[];
const yearsKeys: readonly InputKey[] = YEARS_INPUT_KEYS;

describe('the years links', () => {
  it('open with no notice, in the form the page writes', () => {
    expect(points.issues).toEqual([]);
    expect(Object.keys(points.ranges)).toEqual([]);
    expect(encodeScenario(points.scenario, points.ranges)).toBe(YEARS_QUERY);
    expect(ranged.issues).toEqual([]);
    expect([...rangedKeys].sort()).toEqual([...YEARS_RANGE_KEYS].sort());
    expect(encodeScenario(ranged.scenario, ranged.ranges)).toBe(YEARS_RANGES_QUERY);
  });

  it('run The program as it runs for 30 years, four cohorts a year, every years input set', () => {
    const preset = PRESETS.find((p) => p.id === 'program-running');
    if (!preset) throw new Error('no program-running preset');
    expect(points.scenario.years).toBe(INPUT_SPECS.years.max);
    expect(points.scenario.perYear).toBe(INPUT_SPECS.perYear.max);
    for (const key of yearsKeys) expect(points.scenario[key]).not.toBe(DEFAULT_SCENARIO[key]);
    // N from the field, so Safety importance moves the figures too.
    expect(points.scenario.nFrom).toBe('field');
    for (const key of INPUT_KEYS) {
      if (!yearsKeys.includes(key)) expect(points.scenario[key]).toBe(preset.scenario[key]);
    }
  });

  it('differ only in the ranges, all of them years inputs', () => {
    for (const key of rangedKeys) expect(yearsKeys).toContain(key);
    for (const key of INPUT_KEYS) {
      if (!(key in ranged.ranges)) expect(ranged.scenario[key]).toBe(points.scenario[key]);
    }
    expect(ranged.scenario.nFrom).toBe(points.scenario.nFrom);
  });
});

describe('the sliders it moves', () => {
  const labels = (keys: readonly InputKey[]) => keys.map((key) => INPUT_SPECS[key].label);

  it('cover every years input and two of the first sliders, on the link of points', () => {
    for (const label of labels(yearsKeys)) expect(YEARS_SLIDERS).toContain(label);
    expect(labels(INPUT_KEYS)).toEqual(expect.arrayContaining([...YEARS_SLIDERS]));
    expect(YEARS_SLIDERS.filter((s) => !labels(yearsKeys).includes(s))).toHaveLength(2);
    for (const slider of YEARS_KEY_SLIDERS) expect(YEARS_SLIDERS).toContain(slider);
  });

  it('are both ends of every range and point sliders of the others, on the link with ranges', () => {
    const ends = rangedKeys.flatMap((key) => [rangeEndName(key, 'lo'), rangeEndName(key, 'hi')]);
    const pointLabels = labels(INPUT_KEYS.filter((key) => !(key in ranged.ranges)));
    for (const end of ends) expect(YEARS_RANGE_SLIDERS).toContain(end);
    for (const slider of YEARS_RANGE_SLIDERS) expect([...ends, ...pointLabels]).toContain(slider);
    for (const slider of YEARS_RANGE_KEY_SLIDERS) expect(YEARS_RANGE_SLIDERS).toContain(slider);
  });
});

function samples(slider: string, ms: number[], chancesMs?: number[]): SliderSamples {
  return {
    slider,
    jsMs: ms,
    jsCpuMs: ms,
    mainThreadMs: ms,
    latencyMs: ms,
    syncMs: ms,
    unchanged: 0,
    ...(chancesMs ? { chancesMs, chancesMissed: 0 } : {}),
  };
}

const drag = (slider: string, longTasks: number): DragResult => ({
  slider,
  longTasks,
  longestMs: longTasks > 0 ? 80 : 0,
  blockingMs: longTasks > 0 ? 30 : 0,
  dragMs: 900,
});

/** The results of a `--only years` run, in the shape bench.mjs writes them. */
function onlyYears(inputs: SliderSamples[], drags: DragResult[], rangeInputs: SliderSamples[]) {
  const skipped = { skipped: true };
  const results = {
    machine: { cores: 2, cpu: 'test', chromium: '1', node: 'v20', platform: 'linux', date: 'x' },
    options: { runs: 1, quick: true, lighthouse: true, only: 'years' },
    sliderInputs: skipped,
    throttledInputs: skipped,
    drag: skipped,
    bundle: skipped,
    firstChart: skipped,
    heap: skipped,
    lighthouse: skipped,
    fiveRanges: skipped,
    years: {
      link: '?v=1&years=30',
      inputs: { rows: sliderFigures([inputs]) },
      drag: { steps: 60, rows: dragRows([drags]) },
      ranges: { link: '?v=1&years=30&drift=2~20', inputs: { rows: sliderFigures([rangeInputs]) } },
    },
    verdicts: [] as unknown[],
  };
  results.verdicts = verdicts(results);
  return results;
}

describe('--only years', () => {
  it('is an option', () => {
    expect(parseOptions(['--only', 'years', '--quick'])).toMatchObject({ only: 'years' });
  });

  it('judges JS per input, drags, and with ranges the chances, against their budgets', () => {
    const results = onlyYears(
      [samples('Years', [2, 3, 4]), samples('Cohorts per year', [9, 9, 9])],
      [drag('Years', 0), drag('Cohorts per year', 1)],
      [samples('Years', [1, 2, 3], [60, 70, 80])],
    );
    expect(results.verdicts).toEqual([
      expect.objectContaining({
        name: 'years: JS per input, p95 (worst: Cohorts per year)',
        figure: '9.0 ms',
        limit: '≤ 8 ms',
        verdict: 'OVER',
      }),
      expect.objectContaining({
        name: 'years: long tasks during 60-step drags',
        figure: '1',
        verdict: 'OVER',
      }),
      expect.objectContaining({ name: 'years, 3 ranges: JS per input, p95 (worst: Years)' }),
      expect.objectContaining({
        name: 'years, 3 ranges: input → chances on screen, p95 (worst: Years)',
        limit: '≤ 100 ms',
        verdict: 'PASS',
      }),
    ]);
  });

  it('prints the other sections as skipped and the years tables', () => {
    const report = formatReport(
      onlyYears([samples('Years', [2])], [drag('Years', 0)], [samples('Years', [3], [90])]),
    );
    expect(report).toContain('9. Over the years: 30 years, four cohorts a year');
    expect(report).toContain('With three ranges (?v=1&years=30&drift=2~20)');
    expect(report).toMatch(/Years +1 +2\.0 +2\.0 +≤ 8 +PASS/);
    expect(report).toMatch(/Years +1 +3\.0 +3\.0 +≤ 8 +PASS .* 90\.0 +≤ 100 +PASS/);
    // Items 1–8.
    expect(report.match(/^ {2}skipped$/gm)).toHaveLength(8);
    expect(yearsVerdicts({ skipped: true }, () => '')).toEqual([]);
  });
});
