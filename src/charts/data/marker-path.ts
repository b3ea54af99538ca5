/**
 * SVG paths of the marker symbols, centred on (0, 0), for a symbol of a given area (px²).
 *
 * The shapes are d3-shape's symbols (the ones recharts' `Symbols` draws), written out so that a
 * marker is one <path> with a precomputed `d` and a translate: a moving marker then costs an
 * attribute change on every slider move, not a symbol generator run. The formulas follow
 * d3-shape's src/symbol/*.js (circle, cross, diamond, square, triangle).
 */

export type MarkerSymbol = 'circle' | 'diamond' | 'triangle' | 'square' | 'cross';

/** Two decimals: a hundredth of a pixel is below anything a screen shows. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('')}Z`;
}

/** The path of `symbol` with area `area` (px²), centred on the origin. */
export function markerPath(symbol: MarkerSymbol, area: number): string {
  const size = Number.isFinite(area) && area > 0 ? area : 0;
  switch (symbol) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      return `M${n(r)},0A${n(r)},${n(r)},0,1,1,${n(-r)},0A${n(r)},${n(r)},0,1,1,${n(r)},0Z`;
    }
    case 'square': {
      const w = Math.sqrt(size);
      return polygon([
        [-w / 2, -w / 2],
        [w / 2, -w / 2],
        [w / 2, w / 2],
        [-w / 2, w / 2],
      ]);
    }
    case 'diamond': {
      const tan30 = Math.sqrt(1 / 3);
      const y = Math.sqrt(size / (tan30 * 2));
      const x = y * tan30;
      return polygon([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
    }
    case 'triangle': {
      const sqrt3 = Math.sqrt(3);
      const y = -Math.sqrt(size / (sqrt3 * 3));
      return polygon([
        [0, y * 2],
        [-sqrt3 * y, -y],
        [sqrt3 * y, -y],
      ]);
    }
    case 'cross': {
      const r = Math.sqrt(size / 5) / 2;
      return polygon([
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r],
        [r, -3 * r],
        [r, -r],
        [3 * r, -r],
        [3 * r, r],
        [r, r],
        [r, 3 * r],
        [-r, 3 * r],
        [-r, r],
        [-3 * r, r],
      ]);
    }
  }
}
