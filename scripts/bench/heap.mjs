/* global window -- used by code that runs in the page */
/**
 * JavaScript heap growth over many slider changes: after a warm-up, garbage is collected
 * (HeapProfiler.collectGarbage, twice) and the used heap read (Runtime.getHeapUsage); then
 * `changes` slider changes are made, one per animation frame, cycling through all sliders and
 * across each track; then, after the last deferred render and URL update, garbage is collected
 * and the heap read again.
 */
import { freshPage, openApp } from './browser.mjs';
import { installHarness } from './page-harness.mjs';

/**
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<number>} Used JS heap in bytes after a full GC.
 */
async function usedHeapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {readonly string[]} sliders
 * @param {number} changes
 * @returns {Promise<{ changes: number, beforeBytes: number, afterBytes: number, growthBytes: number }>}
 */
export async function measureHeapGrowth(browser, url, sliders, changes) {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await openApp(page, url);
    await page.evaluate(installHarness);
    await cdp.send('HeapProfiler.enable');
    const churn = (count) =>
      page.evaluate(([labels, n]) => window.__bench.churn(labels, n), [[...sliders], count]);
    await churn(Math.min(200, changes));
    await page.waitForTimeout(500);
    const beforeBytes = await usedHeapAfterGc(cdp);
    await churn(changes);
    await page.waitForTimeout(500);
    const afterBytes = await usedHeapAfterGc(cdp);
    return { changes, beforeBytes, afterBytes, growthBytes: afterBytes - beforeBytes };
  } finally {
    await context.close();
  }
}
