/* global window -- used by code that runs in the page */
/**
 * What the two profilers (scripts/profile-renders.mjs, scripts/profile-cpu.mjs) share: the
 * benchmark's pages they can open, their `[page] [slider] [moves]` arguments, and one slider
 * moved through the benchmark's harness the way the benchmark moves it.
 */
import { openApp, openFiveRanges, openYears, openYearsRanges } from './browser.mjs';
import { installHarness } from './page-harness.mjs';

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
