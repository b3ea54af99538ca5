/**
 * A scenario chart's 90 % band (issue 11): with ranges, the Monte Carlo worker sends, with its
 * summary, the 5th and 95th percentiles of each chart's main line at the chart's own x samples
 * (src/model/curve-bands.ts). This adds them to what the chart already shows: a shaded area under
 * the lines, a legend entry "90 % band", a row in the readout (and so in the keyboard control's
 * value text), a sentence in "In words" and p5 / p95 columns in the CSV.
 *
 * Without ranges there is no source and every part is passed through as it is (same objects), so
 * the points-only page does no extra work per slider step. While the worker recomputes, the band
 * of the last run stays (as the headline's chances do); it carries its own x values, so a band a
 * step behind is still drawn where it was computed.
 */
import { useMemo } from 'react';
import { scenarioLink } from '../../app/share-url';
import { pageUncertaintyRuns, type RunBands } from '../../app/uncertainty-runs';
import type { AxisSpec } from '../../charts/data/axis';
import { bandEndsAt, isFlatBand, type BandEnds } from '../../charts/data/band-words';
import type { CsvBand } from '../../export/csv';
import type { CurveBand, CurveBands } from '../../model/curve-bands';
import type { Scenario } from '../../model/inputs';
import { BAND_OPACITY } from '../../theme/colors';
import type { LegendEntry } from './chart-legend';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import type { LiveValues } from './live-chart-figure';
import type { LiveArea } from './live-plot-context';

/**
 * The last Monte Carlo run's bands, as the charts take them (chart-from-store.tsx): the run's
 * scenario sets the bands' x samples and the sentence's x.
 */
export type ChartBandSource = Omit<RunBands, 'run'> & { readonly run?: number };

/** The legend's and readout's name for a band. */
export const BAND_NAME = '90 % band';

/** One line's band: which of the run's bands it is, and how the chart shows it. */
export interface BandLine {
  readonly pick: (bands: CurveBands) => CurveBand;
  /** The band's fill: its line's colour (drawn at BAND_OPACITY). */
  readonly fill: string;
  /** The readout row of the band's line: the band's row goes right after it. */
  readonly lineKey: string;
  /** The legend's and readout's name: BAND_NAME unless the chart bands more than one line. */
  readonly name?: string;
  /** The band's ends at one x, in the readout's words. */
  readonly text: (ends: BandEnds) => string;
}

/** What one chart needs to show its band(s): all pure functions, defined once per chart. */
export interface ChartBandSpec<Series> extends BandLine {
  /**
   * More lines with a band of their own (the years charts band two lines); each is drawn,
   * named and read out like the first. The "In words" sentence and the CSV cover them all.
   */
  readonly others?: readonly BandLine[];
  /** A band value as the layer plots it (chart 2 clamps to its log axis' display range). */
  readonly plot?: (value: number) => number;
  /**
   * The y axis widened to the band's lowest and highest values where they pass it (the builders
   * fit their axes to the lines only); the same axis when the band fits. None for a fixed axis.
   */
  readonly fitAxis?: (axis: AxisSpec, lowest: number, highest: number) => AxisSpec;
  /** The x of the series' sample at `index` (where the readout stands). */
  readonly xAt: (series: Series, index: number) => number | undefined;
  /** The "In words" sentence, at the run's own x (the first line's band; `source` has the rest). */
  readonly sentence: (band: CurveBand, source: ChartBandSource) => string;
  /** The CSV with p5 / p95 columns; `band.byLine` has every banded line's band by its lineKey. */
  readonly csv: (series: Series, scenario: Scenario, link: string, band: CsvBand) => string;
}

/** What a chart shows; with a band, each part gets its share of it. */
export interface BandedParts {
  readonly values: LiveValues;
  readonly describe: (index: number) => ReadoutContent | null;
  readonly text: string;
  readonly legend: readonly LegendEntry[];
  readonly csv: () => string;
  /** The Monte Carlo run whose bands these are (none without ranges). */
  readonly bandRun?: number | undefined;
}

/** A drawn band: its line, and the area the layer shades. */
interface DrawnBand {
  readonly line: BandLine;
  readonly band: CurveBand;
}

function bandArea<Series>(spec: ChartBandSpec<Series>, drawn: DrawnBand, first: boolean): LiveArea {
  const plot = spec.plot ?? ((value: number) => value);
  return {
    key: first ? 'band' : `band-${drawn.line.lineKey}`,
    xs: drawn.band.xs,
    lo: drawn.band.p5.map(plot),
    hi: drawn.band.p95.map(plot),
    fill: drawn.line.fill,
    opacity: BAND_OPACITY,
  };
}

/**
 * The band of the run of exactly the store's scenario, ranges and sampling, for the CSV (as the
 * other downloads, it never mixes a band a step behind with the current line); null otherwise.
 */
function currentBand<Series>(
  spec: ChartBandSpec<Series>,
  source: ChartBandSource,
  band: CurveBand,
): CsvBand | null {
  const runs = pageUncertaintyRuns();
  const state = runs?.getState();
  const bands = runs?.getBands();
  if (state?.status !== 'ready' || !state.current || bands?.run !== state.run) return null;
  if (bands.bands !== source.bands) return null;
  const byLine = Object.fromEntries(
    [spec, ...(spec.others ?? [])].map((line) => [line.lineKey, line.pick(source.bands)]),
  );
  return { band, samples: source.samples, seed: source.seed, byLine };
}

export function useChartBand<Series>(
  spec: ChartBandSpec<Series>,
  series: Series,
  scenario: Scenario,
  source: ChartBandSource | null,
  parts: BandedParts,
): BandedParts {
  const band = source === null ? null : spec.pick(source.bands);
  // A band of no width (no range moves this line) is not drawn; its sentence says why.
  const drawn = useMemo((): readonly DrawnBand[] => {
    if (source === null) return [];
    return [spec, ...(spec.others ?? [])]
      .map((line) => ({ line, band: line.pick(source.bands) }))
      .filter((entry) => !isFlatBand(entry.band));
  }, [spec, source]);
  const areas = useMemo(
    () => drawn.map((entry) => bandArea(spec, entry, entry.line === spec)),
    [spec, drawn],
  );
  const { values, describe, legend, csv } = parts;
  const extent = useMemo(
    () =>
      drawn.length === 0
        ? null
        : [
            Math.min(...drawn.map((entry) => Math.min(...entry.band.p5))),
            Math.max(...drawn.map((entry) => Math.max(...entry.band.p95))),
          ],
    [drawn],
  );
  const bandedValues = useMemo((): LiveValues => {
    if (extent === null) return values;
    const [lowest = 0, highest = 0] = extent;
    const yAxis = spec.fitAxis?.(values.yAxis, lowest, highest) ?? values.yAxis;
    return { ...values, yAxis, areas };
  }, [values, areas, extent, spec]);
  const bandedDescribe = useMemo(() => {
    if (drawn.length === 0) return describe;
    return (index: number): ReadoutContent | null => {
      const content = describe(index);
      const x = spec.xAt(series, index);
      if (content === null || x === undefined) return content;
      const rows = [...content.rows];
      for (const { line, band: lineBand } of drawn) {
        const ends = bandEndsAt(lineBand, x);
        if (ends === null) continue;
        const row: ReadoutRow = {
          key: line === spec ? 'band' : `band-${line.lineKey}`,
          name: line.name ?? BAND_NAME,
          value: line.text(ends),
          color: line.fill,
        };
        const after = rows.findIndex((existing) => existing.key === line.lineKey);
        rows.splice(after === -1 ? rows.length : after + 1, 0, row);
      }
      return { ...content, rows };
    };
  }, [describe, drawn, spec, series]);
  const sentence = useMemo(
    () => (band === null || source === null ? '' : spec.sentence(band, source)),
    [spec, band, source],
  );
  const bandedLegend = useMemo(
    (): readonly LegendEntry[] =>
      drawn.length === 0
        ? legend
        : [
            ...legend,
            ...drawn.map(({ line }): LegendEntry => ({
              kind: 'area',
              name: line.name ?? BAND_NAME,
              fill: line.fill,
              opacity: BAND_OPACITY,
            })),
          ],
    [legend, drawn],
  );
  const bandedCsv = useMemo(() => {
    if (band === null || source === null) return csv;
    return () => {
      const current = currentBand(spec, source, band);
      return current === null ? csv() : spec.csv(series, scenario, scenarioLink(), current);
    };
  }, [csv, band, source, spec, series, scenario]);
  return {
    values: bandedValues,
    describe: bandedDescribe,
    text: sentence === '' ? parts.text : `${parts.text} ${sentence}`,
    legend: bandedLegend,
    csv: bandedCsv,
    bandRun: source?.run,
  };
}
