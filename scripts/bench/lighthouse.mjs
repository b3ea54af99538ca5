/**
 * Lighthouse (default config: mobile emulation, simulated slow 4G and 4× CPU) against the served
 * build, in its own Chromium started by chrome-launcher (a dependency of lighthouse). Returns the
 * four category scores, the three Web Vitals it measures, and every audit that keeps a category
 * below 100 (score < 1), heaviest first.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { summariseLighthouseRuns } from './lighthouse-median.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} LighthouseSummary
 * @property {string} lighthouseVersion
 * @property {Record<string, number | null>} scores 0–100 per category.
 * @property {{ lcpMs: number, tbtMs: number, cls: number, fcpMs: number }} metrics
 * @property {Record<string, Array<{ id: string, title: string, score: number, weight: number, display: string }>>} failing
 * @property {string[]} runWarnings
 */

/**
 * @param {string} url
 * @returns {Promise<LighthouseSummary>}
 */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    /** @type {LighthouseSummary['failing']} */
    const failing = {};
    /** @type {LighthouseSummary['scores']} */
    const scores = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category?.score === null || !category ? null : Math.round(category.score * 100);
      failing[id] = (category?.auditRefs ?? [])
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(
          ({ audit }) =>
            audit &&
            audit.score !== null &&
            audit.score < 1 &&
            !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode),
        )
        .map(({ ref, audit }) => ({
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          display: audit.displayValue ?? '',
        }))
        .sort((a, b) => b.weight - a.weight || a.score - b.score);
    }
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      scores,
      metrics: {
        fcpMs: numeric('first-contentful-paint'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
      },
      failing,
      runWarnings: lhr.runWarnings ?? [],
    };
  } finally {
    chrome.kill();
  }
}

/**
 * `count` Lighthouse runs one after another, each in a fresh Chromium.
 *
 * @param {string} url
 * @param {number} count
 * @param {(message: string) => void} [log]
 * @returns {Promise<import('./lighthouse-median.mjs').LighthouseSeries>}
 */
export async function runLighthouseSeries(url, count, log = () => {}) {
  const runs = [];
  for (let index = 0; index < count; index += 1) {
    log(`lighthouse run ${index + 1}/${count}…`);
    runs.push(await runLighthouse(url));
  }
  return summariseLighthouseRuns(runs);
}
