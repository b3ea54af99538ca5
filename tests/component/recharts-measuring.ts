/**
 * tests/setup.ts gives every HTML element an 800 × 400 box. Recharts measures its legend and
 * its text with getBoundingClientRect, so with that stub the legend is 400 px tall (the plot
 * area collapses and no y axis is drawn) and every tick label is 800 px wide (all but one
 * x tick are dropped as overlapping). Called at the top of a test file, this gives the legend
 * and the text-measuring span realistic sizes for each test; the chart container keeps 800 × 400.
 */
import { beforeEach, vi } from 'vitest';

export function measureRechartsTextRealistically(): void {
  const fullBox = HTMLElement.prototype.getBoundingClientRect;
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      function getBoundingClientRect(this: HTMLElement) {
        const box = (width: number, height: number): DOMRect =>
          ({
            width,
            height,
            top: 0,
            left: 0,
            bottom: height,
            right: width,
            x: 0,
            y: 0,
            toJSON() {},
          }) as DOMRect;
        if (this.id === 'recharts_measurement_span')
          return box(7 * (this.textContent ?? '').length, 14);
        if (this.closest('.recharts-legend-wrapper') !== null) return box(800, 40);
        return fullBox.call(this);
      },
    );
  });
}
