/**
 * The benchmark's figures and verdicts for the page with five ranges (scripts/bench/aggregate.mjs,
 * verdicts.mjs, report.mjs, options.mjs): the input → chances time is pooled over runs like the
 * other times, judged on the worst slider's p95 against its 100 ms budget, a summary that never
 * reached the screen is OVER whatever the p95 says, and `--only five-ranges` gives a report of
 * that section alone.
 */
import { describe, expect, it } from 'vitest';
import {
  dragRows,
  sliderFigures,
  type DragResult,
  type SliderSamples,
} from '../../scripts/bench/aggregate.mjs';
import { OptionsError, parseOptions } from '../../scripts/bench/options.mjs';
import { formatReport } from '../../scripts/bench/report.mjs';
import { fiveRangeVerdicts, verdicts } from '../../scripts/bench/verdicts.mjs';

function samples(
  slider: string,
  ms: number[],
  chancesMs?: number[],
  missed = 0,
  bandsMs: number[] = chancesMs?.map((chances) => chances + 30) ?? [],
): SliderSamples {
  return {
    slider,
    jsMs: ms,
    jsCpuMs: ms,
    mainThreadMs: ms,
    latencyMs: ms,
    syncMs: ms,
    unchanged: 0,
    ...(chancesMs ? { chancesMs, bandsMs, chancesMissed: missed } : {}),
  };
}

const drag = (slider: string, longTasks: number, longestMs = 0): DragResult => ({
  slider,
  longTasks,
  longestMs,
  blockingMs: Math.max(0, longestMs - 50),
  dragMs: 900,
});

/** The results of a `--only five-ranges` run, in the shape bench.mjs writes them. */
function onlyFiveRanges(inputs: SliderSamples[][], drags: DragResult[][]) {
  const skipped = { skipped: true };
  const results = {
    machine: {
      cores: 2,
      cpu: 'test',
      chromium: '1',
      node: 'v20',
      platform: 'linux',
      date: 'today',
    },
    options: { runs: inputs.length, quick: false, lighthouse: true, only: 'five-ranges' },
    sliderInputs: skipped,
    throttledInputs: skipped,
    drag: skipped,
    bundle: skipped,
    firstChart: skipped,
    heap: skipped,
    lighthouse: skipped,
    fiveRanges: {
      link: '?v=1&neutral=10~100',
      inputs: { rows: sliderFigures(inputs) },
      drag: { steps: 60, rows: dragRows(drags) },
    },
    verdicts: [] as unknown[],
  };
  results.verdicts = verdicts(results);
  return results;
}

describe('sliderFigures with ranges', () => {
  it('pools the input → chances times over runs, per slider and for all sliders', () => {
    const rows = sliderFigures([
      [samples('A, low end', [1, 2], [40, 60]), samples('B', [3], [80], 1)],
      [samples('A, low end', [1], [50]), samples('B', [3], [120])],
    ]);
    const a = rows.find((row) => row.slider === 'A, low end');
    const all = rows.find((row) => row.slider === 'all sliders');
    expect(a?.chancesMs?.n).toBe(3);
    expect(a?.chancesMs?.median).toBe(50);
    expect(all?.chancesMs?.n).toBe(5);
    expect(all?.chancesMs?.max).toBe(120);
    expect(all?.chancesMissed).toBe(1);
  });

  it('pools the input → bands drawn times the same way', () => {
    const rows = sliderFigures([
      [samples('A, low end', [1, 2], [40, 60], 0, [70, 95]), samples('B', [3], [80], 0, [110])],
      [samples('A, low end', [1], [50], 0, [90]), samples('B', [3], [120], 0, [300])],
    ]);
    const a = rows.find((row) => row.slider === 'A, low end');
    const all = rows.find((row) => row.slider === 'all sliders');
    expect(a?.bandsMs?.n).toBe(3);
    expect(a?.bandsMs?.median).toBe(90);
    expect(all?.bandsMs?.n).toBe(5);
    expect(all?.bandsMs?.max).toBe(300);
  });

  it('adds no chances or bands figure for a page without ranges', () => {
    const rows = sliderFigures([[samples('Cohort size', [1, 2])]]);
    expect(rows.every((row) => !('chancesMs' in row) && !('bandsMs' in row))).toBe(true);
  });
});

describe('garbage collection inside the inputs', () => {
  const withGc = (slider: string, ms: number[], gcMs: number[]): SliderSamples => ({
    ...samples(
      slider,
      ms,
      ms.map(() => 50),
    ),
    gcMs,
  });

  it('counts the inputs with a collection of at least 0.5 ms, and the p95 of the others', () => {
    const rows = sliderFigures([
      [withGc('A', [2, 9, 3], [0, 2.5, 0.4]), withGc('B', [4, 11], [0.1, 6])],
      [withGc('A', [2], [0]), withGc('B', [5], [0])],
    ]);
    const a = rows.find((row) => row.slider === 'A');
    const all = rows.find((row) => row.slider === 'all sliders');
    expect(a?.gc).toEqual({ inputs: 4, withGc: 1, jsP95Without: 2.9 });
    expect(all?.gc.inputs).toBe(7);
    expect(all?.gc.withGc).toBe(2);
    // Without the inputs of 9 and 11 ms: 2, 2, 3, 4, 5.
    expect(all?.gc.jsP95Without).toBe(4.8);
  });

  it('says so under the five-range table, for all sliders and the worst one', () => {
    const report = formatReport(
      onlyFiveRanges(
        [[withGc('A, low end', [2, 3, 4], [0, 0, 0]), withGc('B', [5, 6, 12], [0, 0, 3])]],
        [[drag('A, low end', 0), drag('B', 0)]],
      ),
    );
    expect(report).toContain(
      'GC: a main-thread collection of ≥ 0.5 ms inside 1 of 6 inputs (worst slider: 1 of 3). ' +
        'JS p95 of the other inputs: all 5.8 ms, worst slider 6.0 ms',
    );
  });
});

describe("the JavaScript of an input's busiest frame", () => {
  const withFrames = (slider: string, ms: number[], busiestFrameMs: number[]): SliderSamples => ({
    ...samples(
      slider,
      ms,
      ms.map(() => 50),
    ),
    busiestFrameMs,
  });
  const drags = [
    [drag('A, low end', 0), drag('B', 0)],
    [drag('A, low end', 0), drag('B', 0)],
  ];
  // B adds up to the most JavaScript per input (9–12 ms), A carries the most in one frame.
  const runs = [
    [withFrames('A, low end', [5, 6, 7], [5, 6, 7]), withFrames('B', [8, 9, 12], [4, 5, 5])],
    [withFrames('A, low end', [6], [6.5]), withFrames('B', [10], [6])],
  ];

  it('is pooled over runs per slider and for all sliders', () => {
    const rows = sliderFigures(runs);
    expect(rows.find((row) => row.slider === 'B')?.busiestFrameMs?.max).toBe(6);
    expect(rows.find((row) => row.slider === 'all sliders')?.busiestFrameMs?.n).toBe(8);
  });

  it('is what a page with ranges is judged on, its worst slider by that figure', () => {
    const lines = onlyFiveRanges(runs, drags).verdicts;
    expect(lines).toContainEqual(
      expect.objectContaining({
        name: '5 ranges: JS per input in its busiest frame, p95 (worst: A, low end)',
        figure: '6.9 ms',
        verdict: 'PASS',
      }),
    );
    // The sum over an input's frames stays in the summary, as a figure with no verdict.
    expect(lines).toContainEqual(
      expect.objectContaining({
        name: '  JS per input, all its frames added up (worst: B)',
        figure: '11.7 ms',
        verdict: 'info',
      }),
    );
  });

  it("is OVER when one frame carries more than 8 ms, whatever the sum's spread", () => {
    const heavy = [[withFrames('A', [9, 9, 9], [8.5, 8.5, 8.5])]];
    const [js] = onlyFiveRanges(heavy, [[drag('A', 0)]]).verdicts as Array<{ verdict: string }>;
    expect(js?.verdict).toBe('OVER');
  });

  it('gives the table its columns and verdicts, and says what the two figures are', () => {
    const report = formatReport(onlyFiveRanges(runs, drags));
    expect(report).toMatch(/JS med +JS p95 +busiest frame med +busiest frame p95 +p95 spread/);
    // B: a sum of 11.7 ms at p95, its busiest frame 5.8 ms: PASS on the frame.
    expect(report).toMatch(/^ {2}B +4 +9\.5 +11\.7 +5\.0 +5\.8 +5\.0–6\.0 +≤ 8 +PASS/m);
    expect(report).toContain("Busiest frame: the page's JavaScript in the one frame");
  });

  it('leaves the judgement on the sum for samples saved before frames were measured', () => {
    const old = [[samples('A, low end', [2, 9], [60, 70])]];
    const report = formatReport(onlyFiveRanges(old, [[drag('A, low end', 0)]]));
    expect(report).not.toContain('Busiest frame');
    expect(report).not.toContain('busiest frame p95');
    expect(onlyFiveRanges(old, [[drag('A, low end', 0)]]).verdicts).toContainEqual(
      expect.objectContaining({
        name: '5 ranges: JS per input, p95 (worst: A, low end)',
        verdict: 'OVER',
      }),
    );
  });
});

describe('dragRows', () => {
  it('sums long tasks over runs and keeps the longest', () => {
    expect(dragRows([[drag('A', 1, 70)], [drag('A', 2, 90)]])).toEqual([
      { slider: 'A', longTasks: 3, longestMs: 90, blockingMs: 60 },
    ]);
  });
});

describe('five-range verdicts', () => {
  const noSpread = () => '';

  it('judge JS per input and input → chances on the worst slider, and drags on their sum', () => {
    const results = onlyFiveRanges(
      [[samples('A, low end', [2, 3, 4], [60, 70, 80]), samples('B', [5, 6, 7], [90, 95, 99])]],
      [[drag('A, low end', 0), drag('B', 0)]],
    );
    expect(results.verdicts).toEqual([
      expect.objectContaining({
        name: '5 ranges: JS per input, p95 (worst: B)',
        figure: '6.9 ms',
        verdict: 'PASS',
      }),
      expect.objectContaining({
        name: '5 ranges: input → chances on screen, p95 (worst: B)',
        figure: '98.6 ms (median 95.0 ms)',
        limit: '≤ 100 ms',
        verdict: 'PASS',
      }),
      expect.objectContaining({ name: '5 ranges: long tasks during 60-step drags', figure: '0' }),
    ]);
  });

  it('are OVER past the budgets', () => {
    const [js, chances, longTasks] = onlyFiveRanges(
      [[samples('A', [9, 9, 9], [150, 150, 150])]],
      [[drag('A', 1, 80)]],
    ).verdicts as Array<{ verdict: string }>;
    expect([js?.verdict, chances?.verdict, longTasks?.verdict]).toEqual(['OVER', 'OVER', 'OVER']);
  });

  it('count a summary that never reached the screen as OVER, whatever the p95', () => {
    const lines = onlyFiveRanges([[samples('A', [1], [50, 50, 50], 1)]], [[]]).verdicts as Array<{
      name: string;
      verdict: string;
    }>;
    expect(lines.find((line) => line.name.includes('chances on screen'))?.verdict).toBe('OVER');
    expect(lines.find((line) => line.name.includes('never updated'))).toMatchObject({
      verdict: 'OVER',
    });
  });

  it('are absent when the section was skipped or failed', () => {
    expect(fiveRangeVerdicts({ skipped: true }, noSpread)).toEqual([]);
    expect(fiveRangeVerdicts({ error: 'no browser' }, noSpread)).toEqual([]);
  });
});

describe('--only five-ranges', () => {
  it('is an option, and an unknown section is a mistake', () => {
    expect(parseOptions(['--only', 'five-ranges']).only).toBe('five-ranges');
    expect(parseOptions(['--only', 'first-load']).only).toBe('first-load');
    expect(parseOptions(['--only', 'sliders']).only).toBe('sliders');
    expect(parseOptions(['--only=five-ranges', '--runs', '2'])).toMatchObject({
      only: 'five-ranges',
      runs: 2,
    });
    expect(parseOptions([]).only).toBeNull();
    expect(() => parseOptions(['--only', 'heap'])).toThrow(OptionsError);
  });

  it('prints the other sections as skipped and the five-range tables and verdicts', () => {
    const report = formatReport(
      onlyFiveRanges([[samples('A, low end', [2], [60])]], [[drag('A, low end', 0)]]),
    );
    expect(report).toContain('8. Five ranges (?v=1&neutral=10~100');
    expect(report).toMatch(/A, low end +1 +2\.0 +2\.0 +≤ 8 +PASS/);
    // Items 1–7 and 9 (the years model).
    expect(report.match(/^ {2}skipped$/gm)).toHaveLength(8);
    expect(report).toContain('5 ranges: input → chances on screen, p95 (worst: A, low end)');
    // Input → bands drawn: a figure beside the chances, with no budget of its own.
    expect(report).toMatch(/bands med +bands p95/);
    expect(report).toMatch(/A, low end .* 90\.0 +90\.0$/m);
  });
});
