/* global window -- used by code that runs in the page */
/**
 * What the profilers (scripts/profile-renders.mjs, profile-cpu.mjs, profile-alloc.mjs) share:
 * the benchmark's pages they can open, their `[page] [slider] [moves]` arguments, an unminified
 * build served and opened in Chromium, and one slider moved through the benchmark's harness the
 * way the benchmark moves it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import {
  freshPage,
  launchBrowser,
  openApp,
  openFiveRanges,
  openYears,
  openYearsRanges,
} from './browser.mjs';
import { installHarness } from './page-harness.mjs';
import { freePort, startPreview } from './server.mjs';
import { WARM_UP_FRACTIONS } from './slider-inputs.mjs';

/** The benchmark's pages, each with the slider a profile moves unless told otherwise. */
export const PROFILE_PAGES = Object.freeze({
  plain: { open: openApp, slider: 'Capabilities roles', chances: false },
  'five-ranges': { open: openFiveRanges, slider: 'Capabilities roles, high end', chances: true },
  years: { open: openYears, slider: 'Years', chances: false },
  'years-ranges': { open: openYearsRanges, slider: 'Years', chances: true },
});

/**
 * `[page] [slider] [moves]` from the command line; exits with 2 on an unknown page.
 *
 * @param {{ page: keyof typeof PROFILE_PAGES, moves: number }} defaults
 */
export function profileArguments(defaults) {
  const [pageName = defaults.page, sliderArg, movesArg] = process.argv.slice(2);
  const chosen = PROFILE_PAGES[pageName];
  if (!chosen) {
    console.error(`Unknown page "${pageName}": one of ${Object.keys(PROFILE_PAGES).join(', ')}`);
    process.exit(2);
  }
  return {
    pageName,
    chosen,
    slider: sliderArg ?? chosen.slider,
    moves: Number(movesArg ?? defaults.moves),
  };
}

/**
 * Opens the page, installs the benchmark's harness and returns how to move the slider.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ open: (page: import('playwright-core').Page, url: string) => Promise<void>, chances: boolean }} chosen
 * @param {string} url The served app.
 * @param {string} slider Accessible name.
 */
export async function openForMoves(page, chosen, url, slider) {
  await chosen.open(page, url);
  await page.evaluate(installHarness);
  const track = await page.evaluate((label) => window.__bench.range(label), slider);
  const timing = { quietMs: 34, minSpacingMs: 130, timeoutMs: 5000, chances: chosen.chances };
  /** @param {number} fraction 0–1 along the track. */
  const at = (fraction) =>
    track.min + Math.round((fraction * (track.max - track.min)) / track.step) * track.step;
  /** @param {number} position */
  const move = (position) =>
    page.evaluate(([label, p, t]) => window.__bench.move(label, p, t), [slider, position, timing]);
  /**
   * The index-th of `count` measured moves: over 5–95 % of the track, in an order that jumps
   * about as a drag back and forth does.
   *
   * @param {number} index
   * @param {number} count
   */
  const measuredMove = (index, count) => move(at(0.05 + (0.9 * ((index * 7) % count)) / count));
  return { at, move, measuredMove };
}

/**
 * What a profiler's `run` gets: the page, opened with the harness installed, its CDP session, the
 * slider's moves (openForMoves), the benchmark's warm-up moves, and `measuredMoves(count)`, which
 * makes the measured moves and returns how many changed the page.
 *
 * @typedef {{
 *   page: import('playwright-core').Page,
 *   cdp: import('playwright-core').CDPSession,
 *   warmUp: () => Promise<void>,
 *   measuredMoves: (count: number) => Promise<number>,
 * } & Awaited<ReturnType<typeof openForMoves>>} ProfiledPage
 */

/**
 * Builds the app unminified into a temporary folder (so functions keep their names), serves it,
 * opens the chosen page in Debian's Chromium and calls `run`; cleans everything up afterwards.
 *
 * @param {object} options
 * @param {string} options.what Printed while building ("unminified", "with react-dom/profiling").
 * @param {import('vite').InlineConfig['resolve']} [options.resolve] Build aliases.
 * @param {(page: import('playwright-core').Page) => Promise<void>} [options.beforeOpen]
 * @param {{ chosen: (typeof PROFILE_PAGES)[keyof typeof PROFILE_PAGES], slider: string }} options.target
 * @param {(page: ProfiledPage) => Promise<void>} run
 */
export async function withProfiledPage({ what, resolve, beforeOpen, target }, run) {
  const outDir = await mkdtemp(join(tmpdir(), 'profile-'));
  try {
    console.log(`[profile] building ${what}…`);
    await build({
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: false },
      ...(resolve ? { resolve } : {}),
    });
    const server = await startPreview(outDir, await freePort());
    const browser = await launchBrowser();
    try {
      const { page, cdp } = await freshPage(browser);
      await beforeOpen?.(page);
      const moves = await openForMoves(page, target.chosen, server.url, target.slider);
      const warmUp = async () => {
        for (const fraction of WARM_UP_FRACTIONS) await moves.move(moves.at(fraction));
      };
      /** @param {number} count */
      const measuredMoves = async (count) => {
        let changed = 0;
        for (let index = 0; index < count; index += 1) {
          const result = await moves.measuredMove(index, count);
          if (result.latencyMs !== null) changed += 1;
        }
        return changed;
      };
      await run({ page, cdp, ...moves, warmUp, measuredMoves });
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
