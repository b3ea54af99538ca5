/* global window, document, requestAnimationFrame -- used by code that runs in the page */
/**
 * Cold load to the first chart: each sample opens the app in a new browser context (empty HTTP
 * cache, fresh storage) and, from a script that runs before the page's own, checks in every
 * animation frame whether the first chart's line exists; the time is taken at the end of the
 * next frame (its rendering done), relative to navigation start, and never before the first
 * contentful paint. The line comes first in the plot's preview (prerendered, no script needed);
 * the time the plot proper (recharts' frame, tick labels, readout) has drawn is reported too,
 * with the page scrolled to the first chart as soon as its line is there (a plot draws once it
 * is near the window). First contentful paint and
 * largest contentful paint are recorded too, and the bytes the browser actually fetched
 * (Resource Timing encodedBodySize: compressed if the server compressed).
 */
import { DRAWN_PLOT_LINE, FIRST_CHART, freshPage, FIRST_CHART_LINE } from './browser.mjs';

/** @param {{ line: string, plot: string }} selectors */
function watchFirstChart(selectors) {
  window.__benchFirstChart = null;
  window.__benchPlotDrawn = null;
  window.__benchLcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  /** @param {string} selector @param {(time: number) => void} found */
  const watch = (selector, found) => {
    const check = () => {
      if (document.querySelector(selector)) {
        // Found during this frame's callbacks: it is painted in this frame; note the frame's end.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => found(performance.now());
          channel.port2.postMessage(0);
        });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  watch(selectors.line, (time) => (window.__benchFirstChart = time));
  watch(selectors.plot, (time) => (window.__benchPlotDrawn = time));
}

/**
 * @typedef {object} ColdLoad
 * @property {number} firstChartMs The first chart's data line on screen (its preview counts).
 * @property {number} plotDrawnMs The first plot proper drawn: axes, labels, readout.
 * @property {number} fcpMs
 * @property {number} lcpMs
 * @property {Array<{ file: string, encodedBytes: number, decodedBytes: number }>} transferred
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<ColdLoad>}
 */
async function coldLoad(browser, url) {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript(watchFirstChart, { line: FIRST_CHART_LINE, plot: DRAWN_PLOT_LINE });
    await page.goto(url);
    // The reader goes to the charts (below the fold at 1440 × 900) as soon as the page shows.
    await page.waitForSelector(FIRST_CHART_LINE);
    await page
      .locator(FIRST_CHART)
      .first()
      .evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      () => window.__benchFirstChart !== null && window.__benchPlotDrawn !== null,
      null,
      { timeout: 30_000 },
    );
    // (FCP is reported once the paint is presented; wait for its entry.)
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    return await page.evaluate(() => {
      const fcp =
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      return {
        // Nothing is on screen before the first contentful paint, however early a frame ran.
        firstChartMs: Math.max(window.__benchFirstChart, fcp),
        plotDrawnMs: window.__benchPlotDrawn,
        fcpMs: fcp,
        lcpMs: window.__benchLcp || Number.NaN,
        transferred: performance
          .getEntriesByType('resource')
          .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname))
          .map((r) => ({
            file: new URL(r.name).pathname.replace(/^\//, ''),
            encodedBytes: r.encodedBodySize,
            decodedBytes: r.decodedBodySize,
          })),
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} samples
 * @returns {Promise<ColdLoad[]>}
 */
export async function measureFirstChart(browser, url, samples) {
  // One unmeasured load first: the server and the OS file cache warm up, not the browser.
  await coldLoad(browser, url);
  /** @type {ColdLoad[]} */
  const loads = [];
  for (let index = 0; index < samples; index += 1) loads.push(await coldLoad(browser, url));
  return loads;
}
