/** Launches Debian's Chromium through playwright-core, the same way the Playwright tests do. */
import { chromium } from 'playwright-core';
import { FIVE_RANGES_QUERY } from './five-ranges.mjs';
import { YEARS_QUERY, YEARS_RANGES_QUERY } from './years.mjs';

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

/** The first chart of the charts panel (not the headline figures). */
export const FIRST_CHART = '.charts .chart-figure';

/**
 * Opens the app as a reader who watches the first chart while moving sliders: scrolled so the
 * first chart's top is at the top of the window (the controls column is sticky, so the sliders
 * stay in view), and waits until its plot has drawn. The charts near the window follow every
 * slider step; those far below are paused (src/ui/use-near-viewport.ts), so this is the work a
 * step costs while the reader looks at the charts, not the smaller cost at the top of the page,
 * where no chart is near at 1440 × 900.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function openApp(page, url) {
  await page.goto(url);
  await page
    .locator(FIRST_CHART)
    .first()
    .evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
  await page.waitForSelector(DRAWN_PLOT_LINE);
}

/** The chances row once it shows the summary of the scenario as it is now (chance-figures.tsx). */
export const CURRENT_CHANCES = '.headline__chances[data-summary-current="true"]';

/**
 * Opens the five-range link (five-ranges.mjs) as a reader who drags a range end while watching
 * the chances of net positive: scrolled so the chances row is at the top of the window (the
 * sticky controls stay in view, and the first chart sits below the figures, so it follows every
 * step too), and waits until the first Monte Carlo summary is on screen and the plot has drawn.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url The served app's address (the query is added here).
 */
export async function openFiveRanges(page, url) {
  await page.goto(new URL(FIVE_RANGES_QUERY, url).href);
  await page.waitForSelector(CURRENT_CHANCES);
  await page
    .locator('.headline__chances')
    .evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.waitForSelector(DRAWN_PLOT_LINE);
}

/** Selector of a drawn plot line in the section "Over the years" (years-charts-panel.tsx). */
export const DRAWN_YEARS_LINE = '.years-charts svg.recharts-surface path.chart-line';

/**
 * Opens a years link (years.mjs) as a reader who moves the years inputs while watching their
 * charts: scrolled so "Over the years" is at the top of the window (the sticky controls stay in
 * view; the first three charts are then far above and paused, the three years charts follow
 * every step), and waits until its first plot has drawn, and with ranges until the first Monte
 * Carlo summary is on screen.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url The served app's address (the query is added here).
 * @param {string} query
 * @param {boolean} ranges
 */
async function openYearsLink(page, url, query, ranges) {
  await page.goto(new URL(query, url).href);
  if (ranges) await page.waitForSelector(CURRENT_CHANCES);
  await page
    .locator('.years-charts')
    .evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await page.waitForSelector(DRAWN_YEARS_LINE);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export const openYears = (page, url) => openYearsLink(page, url, YEARS_QUERY, false);

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export const openYearsRanges = (page, url) => openYearsLink(page, url, YEARS_RANGES_QUERY, true);
