/* global window -- used by code that runs in the page */
/**
 * Long tasks during a real mouse drag: the thumb is pressed, moved to the far end of the track in
 * 60 mouse-move steps (Playwright waits for Chromium to handle each one) and released. Long tasks
 * (> 50 ms) come from a buffered 'longtask' PerformanceObserver installed before the app loads;
 * only those that start after the button went down count.
 */
import { freshPage, openApp } from './browser.mjs';

export const DRAG_STEPS = 60;

/** Runs in the page before any script: keeps every long task. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * @typedef {object} DragResult
 * @property {string} slider
 * @property {number} longTasks Count of tasks > 50 ms during the drag and its aftermath.
 * @property {number} longestMs Longest of them (0 when none).
 * @property {number} blockingMs Sum of their time beyond 50 ms (as Total Blocking Time counts).
 * @property {number} dragMs Time from mouse down to mouse up.
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {readonly string[]} sliders
 * @param {(page: import('playwright-core').Page, url: string) => Promise<void>} [open] Opens the
 *   page before each drag (default: the default scenario; the five-range link passes its own).
 * @returns {Promise<DragResult[]>}
 */
export async function measureDragLongTasks(browser, url, sliders, open = openApp) {
  /** @type {DragResult[]} */
  const results = [];
  const { context, page } = await freshPage(browser);
  await page.addInitScript(observeLongTasks);
  try {
    for (const slider of sliders) {
      await open(page, url);
      const input = page.getByRole('slider', { name: slider, exact: true });
      await input.scrollIntoViewIfNeeded();
      const box = await input.boundingBox();
      if (!box) throw new Error(`slider ${slider} has no box`);
      const min = Number(await input.getAttribute('min'));
      const max = Number(await input.getAttribute('max'));
      const value = Number(await input.inputValue());
      // Chromium's thumb is about 16 px wide; its centre runs from 8 px to width − 8 px.
      const thumbX = (fraction) => box.x + 8 + fraction * (box.width - 16);
      const from = (value - min) / (max - min);
      const to = from < 0.5 ? 0.95 : 0.05;
      const y = box.y + box.height / 2;
      await page.mouse.move(thumbX(from), y);
      // Let the load settle, so only the drag's own tasks are counted.
      await page.waitForTimeout(300);
      const started = await page.evaluate(() => performance.now());
      await page.mouse.down();
      await page.mouse.move(thumbX(to), y, { steps: DRAG_STEPS });
      await page.mouse.up();
      const ended = await page.evaluate(() => performance.now());
      // Deferred chart renders finish after the last move.
      await page.waitForTimeout(500);
      const tasks = await page.evaluate(
        (since) => window.__benchLongTasks.filter((task) => task.start >= since),
        started,
      );
      results.push({
        slider,
        longTasks: tasks.length,
        longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
        blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        dragMs: ended - started,
      });
    }
  } finally {
    await context.close();
  }
  return results;
}
