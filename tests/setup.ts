/**
 * Test setup shared by unit and component tests:
 * - jest-dom matchers;
 * - any console.warn / console.error fails the test that caused it (React and recharts report
 *   real problems there: act() warnings, bad props, zero-size charts);
 * - ResizeObserver reports a fixed size, so recharts' ResponsiveContainer renders in jsdom.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

class FixedSizeResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      devicePixelContentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  window.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
  // jsdom has no layout: give elements a size so recharts does not warn about 0 × 0 charts.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 400 });
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return {
      width: 800,
      height: 400,
      top: 0,
      left: 0,
      bottom: 400,
      right: 800,
      x: 0,
      y: 0,
      toJSON() {},
    };
  };
}

// The plots' recharts chunk loads on the first plot in the browser (plot-frames-loader.tsx);
// loaded here once, DOM tests see each plot in the first render, as before the split.
if (typeof window !== 'undefined') {
  const { loadPlotFrames } = await import('../src/ui/charts/plot-frames-loader');
  await loadPlotFrames();
  // Likewise the range parts, which the page fetches with the first range (range-parts-loader.ts).
  const { loadRangeParts } = await import('../src/ui/range-parts-loader');
  await loadRangeParts();
  // And the embed dialog, which the page fetches on the first click of "Embed".
  const { loadEmbedDialog } = await import('../src/ui/embed-dialog');
  await loadEmbedDialog();
}

let consoleProblems: string[] = [];

beforeEach(() => {
  consoleProblems = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    consoleProblems.push(`console.warn: ${args.map(String).join(' ')}`);
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleProblems.push(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  const problems = consoleProblems;
  consoleProblems = [];
  if (problems.length > 0) {
    throw new Error(`Console warnings or errors during the test:\n${problems.join('\n')}`);
  }
});
