/**
 * The marker paths (src/charts/data/marker-path.ts) draw the same shapes as recharts' `Symbols`
 * (d3-shape's symbol generators), which the charts used before: same vertices, to a hundredth
 * of a pixel, for every symbol and a range of areas.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Symbols } from 'recharts';
import { markerPath, type MarkerSymbol } from '../../src/charts/data/marker-path';

const SYMBOLS: readonly MarkerSymbol[] = ['circle', 'diamond', 'triangle', 'square', 'cross'];

/** The numbers of a path, in order (commands dropped). */
function numbers(d: string): number[] {
  return (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
}

/** d3's rect() writes "M x,y h w v h h -w Z"; turn it into the four corners. */
function d3Vertices(symbol: MarkerSymbol, d: string): number[] {
  if (symbol !== 'square') return numbers(d);
  const [x = 0, y = 0, w = 0, h = 0] = numbers(d);
  return [x, y, x + w, y, x + w, y + h, x, y + h];
}

function recharts(symbol: MarkerSymbol, area: number): string {
  const { container, unmount } = render(
    <svg>
      <Symbols cx={0} cy={0} type={symbol} size={area} sizeType="area" />
    </svg>,
  );
  const d = container.querySelector('path')?.getAttribute('d') ?? '';
  unmount();
  return d;
}

describe('markerPath', () => {
  it.each(SYMBOLS.flatMap((symbol) => [20, 70, 90, 400].map((area) => [symbol, area] as const)))(
    '%s of area %d matches recharts Symbols',
    (symbol, area) => {
      const ours = numbers(markerPath(symbol, area));
      const theirs = d3Vertices(symbol, recharts(symbol, area));
      expect(ours).toHaveLength(theirs.length);
      ours.forEach((value, index) => expect(value).toBeCloseTo(theirs[index] ?? Number.NaN, 2));
    },
  );

  it.each(SYMBOLS)('%s is a closed path with no NaN, also for a bad area', (symbol) => {
    for (const area of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY, 90]) {
      const d = markerPath(symbol, area);
      expect(d).toMatch(/^M.*Z$/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });
});
