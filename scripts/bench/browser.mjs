/** Launches Debian's Chromium through playwright-core, the same way the Playwright tests do. */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** Desktop viewport: all three charts are laid out at full width, the first one above the fold. */
export const VIEWPORT = Object.freeze({ width: 1440, height: 900 });

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/**
 * A page in a fresh context (empty cache) with a CDP session.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }>}
 */
export async function freshPage(browser) {
  const context = await browser.newContext({ viewport: { ...VIEWPORT } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/**
 * @param {import('playwright-core').CDPSession} cdp
 * @param {number} rate 1 = no slowdown.
 */
export async function setCpuSlowdown(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Selector of the first chart's data line: the chart shows real data. The plot's preview
 * (src/ui/charts/plot-preview.tsx) has it in the prerendered HTML, before any script runs.
 */
export const FIRST_CHART_LINE = 'figure svg path.chart-line';

/** Selector of a line in the plot proper (recharts' frame and the live layer): interactive. */
export const DRAWN_PLOT_LINE = 'figure svg.recharts-surface path.chart-line';

/**
 * Opens the app and waits until the first chart has drawn its line.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector(DRAWN_PLOT_LINE);
}
