/**
 * Embeds (issue 9, fault 6): each view opened the way its snippet frames it, an iframe as tall as
 * the snippet's height and 320 to 1,200 px wide, fits without any scrolling, inside or outside,
 * with its chart (or figures) and the link back in view. The link's theme overrides the reader's
 * setting, and axe finds no violation of any impact.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { embedHeight } from '../../src/ui/embed-views';
import { EMBED_VIEWS, type EmbedView } from '../../src/url/link-codec';
import { expect, test } from './fixtures';

// Every view a link can ask for: a new one is checked here from the day it exists.
const VIEWS: readonly EmbedView[] = EMBED_VIEWS;
const WIDTHS = [320, 390, 700, 1000, 1200];
// One year, as a link without the years inputs has: the years charts at their smallest.
const SCENARIO = 'v=1&cohort=1200&toCap=30&neutral=20';
// The longest pin name a link keeps (40 characters): every "vs …" line at its longest.
const LONG_NAME = encodeURIComponent('A rather long name for a pinned scenario');
const COMPARED = `${SCENARIO}&pin1=${LONG_NAME}&pin1.toCap=45&compare=pin1`;
/**
 * A chart at its fullest: a program running for years, ranges (each chart gains its 90 % bands'
 * legend entries, two on the years charts that band two lines) and the long-named comparison.
 */
const YEARS_RANGED_COMPARED =
  'v=1&cohort=1200&toCap=30~60&nonGen=0~50&neutral=10~100&years=10&perYear=2&safGrowth=21&capGrowth=10&drift=0~20' +
  `&pin1=${LONG_NAME}&pin1.toCap=45&compare=pin1`;

/** Waits until the view has drawn: its chart's plot (and bands, with ranges), or the figures. */
async function drawn(page: Page, view: EmbedView, ranged = false) {
  if (view === 'figures') {
    await expect(
      page.getByRole('status', { name: 'Field ratio after', exact: true }),
    ).toBeVisible();
  } else {
    await expect(page.locator('.chart-figure svg.recharts-surface')).toBeVisible();
    // The live layer's tick labels: the plot has its final size.
    await expect(page.locator('.chart-figure .recharts-surface text').first()).toBeVisible();
    if (ranged) {
      await expect(page.locator('.chart-figure .chart-legend')).toContainText('90 % band', {
        timeout: 15_000,
      });
    }
  }
}

interface Fit {
  readonly scrollHeight: number;
  readonly scrollWidth: number;
  readonly innerHeight: number;
  readonly innerWidth: number;
  readonly nested: string[];
  readonly outside: string[];
}

/** The page's own scroll size, every element that scrolls inside it, and what lies outside. */
function measure(page: Page, view: EmbedView): Promise<Fit> {
  return page.evaluate((view) => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const nested = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const scrolls = (value: string) => value === 'auto' || value === 'scroll';
        return (
          (scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1) ||
          (scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
        );
      })
      .map((element) => `${element.tagName}.${element.className}`);
    // What a reader must see without scrolling: the plot (or every figure) and the link back.
    const musts = [
      ...(view === 'figures'
        ? [...document.querySelectorAll('.figure')]
        : [...document.querySelectorAll('.chart-figure__plot svg.recharts-surface')]),
      ...document.querySelectorAll('.embed__footer a'),
      ...document.querySelectorAll('h1'),
    ];
    const outside = musts
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width === 0 ||
          box.height === 0 ||
          box.top < -1 ||
          box.left < -1 ||
          box.bottom > window.innerHeight + 1 ||
          box.right > window.innerWidth + 1
        );
      })
      .map((element) => `${element.tagName}.${element.getAttribute('class') ?? ''}`);
    return {
      scrollHeight: scroller.scrollHeight,
      scrollWidth: scroller.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      nested,
      outside: musts.length === 0 ? ['nothing to see'] : outside,
    };
  }, view);
}

const SCENARIOS = [
  ['a scenario', SCENARIO, false, false],
  ['a comparison with a long name', COMPARED, true, false],
] as const;
// The figures with ranges are checked in uncertainty.spec.ts.
const CHART_SCENARIOS = [
  ...SCENARIOS,
  ['ten years, ranges and a comparison with a long name', YEARS_RANGED_COMPARED, true, true],
] as const;

for (const view of VIEWS) {
  for (const [name, scenario, compared, ranged] of view === 'figures'
    ? SCENARIOS
    : CHART_SCENARIOS) {
    test(`embed=${view} with ${name} fits its snippet's frame from 320 to 1,200 px wide`, async ({
      page,
    }) => {
      if (ranged) test.setTimeout(90_000);
      const height = embedHeight(view, compared);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height });
        await page.goto(`./?${scenario}&embed=${view}`);
        await drawn(page, view, ranged);
        const fit = await measure(page, view);
        const where = `${view} at ${width} × ${height}`;
        expect(fit.scrollHeight, `${where}: page scrolls`).toBeLessThanOrEqual(fit.innerHeight + 1);
        expect(fit.scrollWidth, `${where}: page scrolls sideways`).toBeLessThanOrEqual(
          fit.innerWidth + 1,
        );
        expect(fit.nested, `${where}: nested scroll`).toEqual([]);
        expect(fit.outside, `${where}: not in view`).toEqual([]);
        if (view !== 'figures') {
          // One chart, and its plot is a real chart, not a sliver.
          await expect(page.getByRole('figure')).toHaveCount(1);
          const plot = await page.locator('.chart-figure__plot').boundingBox();
          expect(plot?.height ?? 0, `${where}: plot height`).toBeGreaterThanOrEqual(200);
        }
      }
    });
  }
}

test("only the embed of a years chart fetches the years charts' code", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const yearsChunk = () =>
    fetched.filter((path) => /\/assets\/years-charts-panel-[^/]*\.js$/.test(path));
  for (const view of ['field', 'researchers', 'impact', 'figures'] as const) {
    await page.goto(`./?v=1&years=10&embed=${view}`);
    await drawn(page, view);
    expect(yearsChunk(), `embed=${view}`).toEqual([]);
  }
  await page.goto('./?v=1&years=10&embed=impact-years');
  await drawn(page, 'impact-years');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Net impact by year');
  expect(yearsChunk()).toHaveLength(1);
});

test('old embed=1 links open the figures, within the 1,400 px frame they fixed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 1400 });
  await page.goto('./?v=1&cohort=1200&embed=1');
  await drawn(page, 'figures');
  await expect(page).toHaveURL(/\?v=1&cohort=1200&embed=figures$/);
  const fit = await measure(page, 'figures');
  expect(fit.scrollHeight).toBeLessThanOrEqual(fit.innerHeight + 1);
  expect(fit.outside).toEqual([]);
});

/** The page's background colour, as "r g b". */
function background(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const colour = getComputedStyle(document.documentElement).backgroundColor;
    return (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  });
}

const isDark = (rgb: readonly number[]) => rgb.length === 3 && rgb.every((c) => c < 60);
const isLight = (rgb: readonly number[]) => rgb.length === 3 && rgb.every((c) => c > 200);

test('theme=dark gives dark colours to a light-mode reader, theme=light the reverse', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?v=1&embed=impact&theme=dark');
  await drawn(page, 'impact');
  expect(isDark(await background(page))).toBe(true);
  // The chart's own background and text follow too.
  const figure = await page
    .locator('.chart-figure')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(isDark((figure.match(/\d+/g) ?? []).slice(0, 3).map(Number))).toBe(true);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?v=1&embed=impact&theme=light');
  await drawn(page, 'impact');
  expect(isLight(await background(page))).toBe(true);
  // A change of the reader's setting does not undo the link's choice.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(isLight(await background(page))).toBe(true);

  // Without a theme in the link, the reader's setting decides.
  await page.goto('./?v=1&embed=impact');
  await drawn(page, 'impact');
  expect(isDark(await background(page))).toBe(true);
});

test('"In words" opens over the plot, and the frame still does not scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: embedHeight('researchers', false) });
  await page.goto('./?v=1&embed=researchers');
  await drawn(page, 'researchers');
  await page.getByText('In words and sources').click();
  await expect(page.locator('.chart-figure__text')).toBeVisible();
  await expect(page.locator('.chart-figure__sources a').first()).toBeVisible();
  // It closes again from the same summary, which the panel leaves uncovered.
  await page.getByText('In words and sources').click();
  await expect(page.locator('.chart-figure__text')).toBeHidden();
  await page.getByText('In words and sources').click();
  const scrollHeight = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
  expect(scrollHeight).toBeLessThanOrEqual(embedHeight('researchers', false) + 1);
});

for (const [view, theme] of [
  ['impact', 'light'],
  ['researchers', 'dark'],
  ['field-years', 'light'],
  ['alumni-years', 'dark'],
  ['figures', 'auto'],
] as const) {
  test(`axe finds no violations in embed=${view}, theme ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: embedHeight(view, false) });
    await page.goto(`./?v=1&cohort=1200&embed=${view}${theme === 'auto' ? '' : `&theme=${theme}`}`);
    await drawn(page, view);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const findings = results.violations.map(
      (violation) =>
        `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
    expect(findings).toEqual([]);
  });
}
