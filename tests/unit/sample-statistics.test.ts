/**
 * The run's statistics (src/model/sample-statistics.ts, on order-statistics.ts) against plain
 * definitions: percentiles by selection equal d3-array's quantile on a full sort (ties,
 * infinities, constant columns included), the chance counts equal direct counts, and the histogram holds every sample once.
 */
import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsBelow, histogramOf, percentilesAt } from '../../src/model/sample-statistics';

/** Arrays with many ties, some +∞ and some constant runs: what break-even ratios look like. */
const samples = fc
  .array(
    fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1, 10, Number.POSITIVE_INFINITY),
      fc.integer({ min: -5, max: 5 }),
    ),
    { minLength: 1, maxLength: 400 },
  )
  .map((values) => Float64Array.from(values));

const PS = [0, 0.005, 0.05, 0.5, 0.95, 0.995, 1];

function bySort(values: Float64Array, p: number): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  // d3's interpolation gives NaN at an exact position next to +∞ (0 × ∞); the value is the order
  // statistic itself.
  if (Number.isInteger(position)) return sorted[position] ?? Number.NaN;
  const below = sorted[Math.floor(position)];
  const above = sorted[Math.ceil(position)];
  if (below === Number.POSITIVE_INFINITY || above === Number.POSITIVE_INFINITY) {
    return Number.POSITIVE_INFINITY;
  }
  return quantileSorted(sorted, p) ?? Number.NaN;
}

describe('sample statistics', () => {
  it('percentiles by selection equal d3-array quantiles of the sorted values', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const before = Float64Array.from(values);
        const got = percentilesAt(values, PS);
        // + 0 turns −0 into 0: the two are the same sample value, whichever one selection keeps.
        PS.forEach((p, index) =>
          expect((got[index] ?? Number.NaN) + 0).toBe(bySort(values, p) + 0),
        );
        expect(values).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('counts below each threshold as a direct count does', () => {
    fc.assert(
      fc.property(
        samples,
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 20 }),
        (values, thresholds) => {
          const ascending = [...thresholds].sort((a, b) => a - b);
          const direct = ascending.map((t) => Array.from(values).filter((v) => v < t).length);
          expect(countsBelow(values, ascending)).toEqual(direct);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the histogram holds every sample exactly once', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const finite = values.filter((value) => Number.isFinite(value));
        if (finite.length === 0) return;
        const [low = 0, high = 0] = percentilesAt(finite, [0.005, 0.995]);
        const { bins, below, above } = histogramOf(finite, low, high, 40);
        const inBins = bins.reduce((sum, bin) => sum + bin.count, 0);
        expect(inBins + below + above).toBe(finite.length);
        for (const bin of bins) expect(bin.x1).toBeGreaterThanOrEqual(bin.x0);
      }),
      { numRuns: 300 },
    );
  });

  it('puts each sample in the bin that holds it: [x0, x1), the top edge in the last bin', () => {
    fc.assert(
      fc.property(samples, fc.integer({ min: 0, max: 2 }), (values, spread) => {
        const finite = Float64Array.from(values.filter((value) => Number.isFinite(value)));
        if (finite.length === 0) return;
        // A central interval as the summary passes it, a single point (no spread: one bin at the
        // point), or an interval narrower than the samples' range.
        const ps = [
          [0.005, 0.995],
          [0.5, 0.5],
          [0.25, 0.75],
        ][spread] ?? [0, 1];
        const [low = 0, high = 0] = percentilesAt(finite, ps);
        const { bins, below, above } = histogramOf(finite, low, high, 40);
        const first = bins[0]?.x0 ?? low;
        const last = bins.at(-1)?.x1 ?? high;
        const all = [...finite];
        expect(below).toBe(all.filter((value) => value < first).length);
        expect(above).toBe(all.filter((value) => value > last).length);
        bins.forEach((bin, index) => {
          const top = index === bins.length - 1;
          const inside = all.filter(
            (value) => value >= bin.x0 && (value < bin.x1 || (top && value <= bin.x1)),
          );
          expect(bin.count).toBe(inside.length);
        });
      }),
      { numRuns: 300 },
    );
  });
});
