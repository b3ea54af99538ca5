/**
 * Accessibility checks in a real browser: axe-core on the page in each state a reader meets it
 * (defaults, a preset with the formulas open, phone width, dark mode, a bad link's notice), plus
 * what axe cannot see: chart text alternatives that follow the sliders, a visible focus
 * indicator on every element the Tab key reaches, the contrast of chart text, lines and markers
 * in both themes (axe skips SVG text), the charts following a theme change, and no motion for
 * readers who ask for less.
 *
 * axe's serious and critical findings fail the test; every finding, minor ones included, is
 * printed in the failure message so it can be fixed rather than guessed at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dragSlider, drawAllPlots, expect, openHowCalculated, slider, test } from './fixtures';

// WCAG 2.2 AA too: its target-size rule (24 × 24 px) is the one Lighthouse's accessibility score checks.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const CHART_TITLES = [
  'How the field ratio moves with cohort size',
  'New researchers against the net-neutral lines',
  'Net impact against cohort size',
];

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the whole page; returns every violation, one entry per rule. */
async function axeFindings(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
}

function report(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no axe violations';
  return findings
    .map((f) => `[${f.impact}] ${f.id}: ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
}

/**
 * Fails on serious or critical violations; the message lists every violation, of every impact.
 * Moderate and minor ones are attached to the test's annotations, so they show without failing.
 */
async function expectNoViolations(page: Page) {
  await chartsDrawn(page);
  const findings = await axeFindings(page);
  if (findings.length > 0)
    test.info().annotations.push({ type: 'axe', description: report(findings) });
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(blocking, report(findings)).toEqual([]);
}

/** Charts draw as the reader nears them: scrolls past each until all three have drawn. */
async function chartsDrawn(page: Page) {
  await drawAllPlots(page);
}

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('axe-core finds no violations', () => {
  test('on the default page', async ({ page }) => {
    await ready(page);
    await expectNoViolations(page);
  });

  test('after choosing a preset, with "How this is calculated" open', async ({ page }) => {
    await ready(page);
    // The page is prerendered: a click before the app and the section's code have loaded can be
    // undone when the section hydrates (CI saw the section close again once). This test is about
    // what axe finds once it is open, so it acts on the loaded page.
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('button', { name: '2024 alumni survey, independents ignored', exact: true })
      .click();
    await openHowCalculated(page);
    await expectNoViolations(page);
  });

  test('at phone width (360 × 740)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await ready(page);
    await expectNoViolations(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`at phone width with the sticky summary stuck above the sliders (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 390, height: 740 });
      await ready(page, './?v=1&neutral=37');
      await slider(page, 'Capabilities roles').scrollIntoViewIfNeeded();
      await expect(page.getByRole('region', { name: 'Summary of the figures' })).toBeInViewport();
      await expectNoViolations(page);
    });
  }

  test('in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await ready(page);
    await openHowCalculated(page);
    await expectNoViolations(page);
  });

  test('with two pins, a comparison and the embed dialog open', async ({ page }) => {
    await ready(page, './?v=1&cohort=1200&pin1=Mine&pin1.toCap=10&pin2=Other&compare=pin1');
    await expect(page.getByText('Compared: Mine').first()).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog', { name: 'Embed this scenario' })).toBeVisible();
    await expectNoViolations(page);
  });

  // Embed mode shows one chart or the figures, not the three charts this helper waits for:
  // tests/e2e/embed.spec.ts runs axe on each embed view, failing on findings of any impact.

  test('with the notice a bad link shows', async ({ page }) => {
    await ready(page, './?v=1&cohort=abc');
    await expect(page.locator('.notice')).toContainText('cohort');
    await expectNoViolations(page);
  });
});

test('each chart\'s "In words" text follows the sliders, by keyboard and by drag', async ({
  page,
}) => {
  await ready(page);
  const figures = CHART_TITLES.map((title) => page.getByRole('figure', { name: title }));
  const texts = figures.map((figure) => figure.locator('.chart-figure__text'));
  // The paragraph is the figure's accessible description, not only text near it.
  for (const [index, figure] of figures.entries()) {
    await expect(figure).toHaveAccessibleDescription(/^In words: /);
    const description = await texts[index]?.textContent();
    await expect(figure).toHaveAccessibleDescription(description ?? '');
  }
  const read = () => Promise.all(texts.map((text) => text.textContent()));
  // A chart far from the viewport catches up as it nears (src/ui/use-near-viewport.ts), which
  // is also what happens when a screen reader's cursor reaches it: so each is scrolled to first.
  const expectAllChanged = async (before: readonly (string | null)[]) => {
    for (const [index, text] of texts.entries()) {
      await text.scrollIntoViewIfNeeded();
      await expect(text).not.toHaveText(before[index] ?? '');
      await expect(text).toContainText('In words:');
    }
  };

  // Every chart depends on the cohort's split, so this one slider moves all three texts.
  const toCap = slider(page, 'Capabilities roles');
  const initial = await read();
  await toCap.focus();
  for (let press = 0; press < 10; press += 1) await toCap.press('ArrowLeft');
  await expect(toCap).toHaveAttribute('aria-valuetext', '40 %');
  await expectAllChanged(initial);
  // 40 % to capabilities and 50 % to safety: 40 / 90 of the placed people.
  await expect(
    page.getByRole('figure', { name: 'New researchers against the net-neutral lines' }),
  ).toContainText('With 44.4 % of placed people (40 % of the cohort) in capabilities roles');

  const afterKeys = await read();
  await dragSlider(page, 'Capabilities roles', 0.9);
  await expectAllChanged(afterKeys);
});

interface FocusStop {
  /** "input[range] Cohort size", "a MATS Alumni Impact Analysis", "svg", … */
  readonly name: string;
  readonly kind: string;
  /** Back at the first element (the walk went round) or out of the page. */
  readonly wrapped: boolean;
  readonly problem: string | null;
}

/**
 * The element Tab just focused, and whether it shows focus: a `:focus-visible` outline at least
 * 2 px wide, or else a box-shadow ring, in a colour with 3 : 1 against the page (WCAG 1.4.11).
 */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    type Marked = Window & { firstFocused?: Element };
    const view = window as Marked;
    const element = document.activeElement;
    if (element === null || element === document.body) {
      return { name: 'body', kind: 'body', wrapped: true, problem: null };
    }
    const wrapped = view.firstFocused === element;
    view.firstFocused ??= element;

    const tag = element.tagName.toLowerCase();
    const kind = tag === 'input' ? `input[${element.getAttribute('type') ?? 'text'}]` : tag;
    const label =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent ??
      '';
    const name = `${kind} ${label.trim().slice(0, 50)}`;

    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      const linear = (c: number) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const style = getComputedStyle(element);
    const page = luminance(getComputedStyle(document.body).backgroundColor || 'rgb(255,255,255)');
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ringed = style.boxShadow !== 'none' && style.boxShadow !== '';
    let problem: string | null = null;
    if (!element.matches(':focus-visible')) problem = 'does not match :focus-visible';
    else if (!outlined && !ringed) problem = 'no outline or ring';
    else if (outlined) {
      const outline = luminance(style.outlineColor);
      const ratio = (Math.max(outline, page) + 0.05) / (Math.min(outline, page) + 0.05);
      if (ratio < 3) problem = `outline ${style.outlineColor} has ${ratio.toFixed(2)} : 1`;
    }
    return { name, kind, wrapped, problem };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every element Tab reaches shows a visible focus indicator (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await ready(page);
    // Open the formulas so the summary and the source links inside it are in the Tab order too.
    await openHowCalculated(page);
    await page.locator('body').click({ position: { x: 1, y: 1 } });

    const stops: FocusStop[] = [];
    for (let press = 0; press < 400; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      if (stop.wrapped) break;
      stops.push(stop);
    }
    const problems = stops.filter((stop) => stop.problem !== null);
    expect(problems, 'focused elements without a visible focus indicator').toEqual([]);
    // The walk went through the whole page: every kind of control was reached.
    const kinds = new Set(stops.map((stop) => stop.kind));
    // (The "rect" is a chart's keyboard readout: arrow keys step along its line.)
    for (const kind of ['button', 'input[range]', 'input[number]', 'a', 'summary', 'rect']) {
      expect([...kinds], `reached a ${kind}`).toContain(kind);
    }
    expect(stops.length).toBeGreaterThan(30);
  });
}

interface ContrastProblem {
  readonly what: string;
  readonly color: string;
  readonly background: string;
  readonly ratio: number;
  readonly needed: number;
}

/**
 * axe cannot measure text inside SVG ("background could not be determined"), so the charts are
 * measured here from the computed colours: text (ticks, titles, labels, legend, readout) needs
 * 4.5 : 1, lines and markers 3 : 1 (WCAG 1.4.3 and 1.4.11) against the figure's background, or
 * against the shaded region a label sits in. Decorative grid lines and region tints are exempt.
 */
function chartContrast(page: Page): Promise<{ problems: ContrastProblem[]; checked: number }> {
  return page.evaluate(() => {
    type Rgb = readonly [number, number, number];
    const parse = (css: string): { rgb: Rgb; alpha: number } | null => {
      const parts = css.match(/[\d.]+/g)?.map(Number);
      if (!css.startsWith('rgb') || parts === undefined || parts.length < 3) return null;
      return { rgb: [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0], alpha: parts[3] ?? 1 };
    };
    const luminance = ([r, g, b]: Rgb) => {
      const linear = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const blend = (over: Rgb, alpha: number, under: Rgb): Rgb =>
      [0, 1, 2].map(
        (i) => (over[i] ?? 0) * alpha + (under[i] ?? 0) * (1 - alpha),
      ) as unknown as Rgb;
    const show = (rgb: Rgb) => `rgb(${rgb.map((c) => Math.round(c)).join(', ')})`;

    const problems: ContrastProblem[] = [];
    let checked = 0;
    for (const figure of document.querySelectorAll('figure.chart-figure')) {
      const title = figure.querySelector('h3')?.textContent ?? '?';
      const background = parse(getComputedStyle(figure).backgroundColor);
      if (background === null) throw new Error(`${title}: no background colour`);
      // The shaded regions, as the colour a label inside one of them sits on.
      const regions = [...figure.querySelectorAll('.chart-band')].map((area) => {
        const rect = area.querySelector('.chart-band__rect');
        const fill = rect === null ? null : parse(getComputedStyle(rect).fill);
        const opacity = rect === null ? 0 : Number(getComputedStyle(rect).fillOpacity);
        return {
          area,
          under: fill === null ? background.rgb : blend(fill.rgb, opacity, background.rgb),
        };
      });
      const check = (element: Element, property: 'fill' | 'stroke' | 'color', needed: number) => {
        const color = parse(getComputedStyle(element)[property]);
        if (color === null || color.alpha === 0) return;
        checked += 1;
        const unders = [
          background.rgb,
          ...regions.filter((r) => r.area.contains(element)).map((r) => r.under),
        ];
        for (const under of unders) {
          const value = ratio(color.rgb, under);
          if (value < needed) {
            const text = element.textContent?.trim() ?? '';
            problems.push({
              what: `${title}: <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ${text.slice(0, 40)}`,
              color: show(color.rgb),
              background: show(under),
              ratio: Math.round(value * 100) / 100,
              needed,
            });
          }
        }
      };
      const svg = figure.querySelector('.recharts-wrapper > svg.recharts-surface');
      if (svg === null) throw new Error(`${title}: chart not drawn`);
      for (const text of svg.querySelectorAll('text')) {
        if ((text.textContent ?? '').trim() !== '') check(text, 'fill', 4.5);
      }
      for (const line of svg.querySelectorAll(
        '.chart-line, .chart-rule, .recharts-cartesian-axis-line',
      )) {
        check(line, 'stroke', 3);
      }
      for (const marker of svg.querySelectorAll('.chart-marker')) check(marker, 'fill', 3);
      for (const item of figure.querySelectorAll('.chart-legend__text')) check(item, 'color', 4.5);
      for (const icon of figure.querySelectorAll('.chart-legend__icon line')) {
        check(icon, 'stroke', 3);
      }
      for (const icon of figure.querySelectorAll('.chart-legend__icon path')) {
        check(icon, 'fill', 3);
      }
      for (const tip of figure.querySelectorAll(
        '.chart-readout__heading, .chart-readout__rows li',
      )) {
        check(tip, 'color', 4.5);
      }
    }
    return { problems, checked };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`chart text, lines and markers meet WCAG AA contrast (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await ready(page);
    await chartsDrawn(page);
    // Show each chart's readout, so its text is measured too.
    for (const title of CHART_TITLES) {
      const figure = page.getByRole('figure', { name: title });
      await figure.locator('.recharts-wrapper').hover({ position: { x: 300, y: 120 } });
      await expect(figure.locator('.chart-readout li').first()).toBeVisible();
      const { problems, checked } = await chartContrast(page);
      expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
      // Ticks, titles, labels, lines, markers, legend and readout of three charts.
      expect(checked).toBeGreaterThan(60);
    }
  });
}

test('the charts follow a colour-scheme change without a reload', async ({ page }) => {
  await ready(page);
  await page.locator('.chart-figure').first().scrollIntoViewIfNeeded();
  // The plot proper's line: a plot's preview goes once the plot has drawn.
  const line = page.locator('.chart-figure svg.recharts-surface path.chart-line').first();
  const stroke = () => line.evaluate((element) => getComputedStyle(element).stroke);
  const light = await stroke();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(stroke).not.toBe(light);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(stroke).toBe(light);
});

test('nothing moves for readers who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ready(page);
  await chartsDrawn(page);
  await openHowCalculated(page);
  // Readouts appear under the pointer: nothing may slide them into place.
  for (const title of CHART_TITLES) {
    await page
      .getByRole('figure', { name: title })
      .locator('.recharts-wrapper')
      .hover({ position: { x: 300, y: 120 } });
  }
  const moving = await page.evaluate(() => {
    const found: string[] = [];
    const seconds = (list: string) => list.split(',').some((value) => parseFloat(value) > 0);
    for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
      const style = getComputedStyle(element);
      const what = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
      if (style.animationName !== 'none' && seconds(style.animationDuration)) {
        found.push(`${what}: animation ${style.animationName}`);
      }
      if (seconds(style.transitionDuration)) found.push(`${what}: transition ${style.transition}`);
      if (style.scrollBehavior === 'smooth') found.push(`${what}: smooth scrolling`);
    }
    if (document.querySelector('animate, animateTransform, animateMotion, set')) {
      found.push('SVG animation element');
    }
    return found;
  });
  expect(moving).toEqual([]);
});
