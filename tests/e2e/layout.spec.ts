/**
 * Layout at the widths people use (issue 9, fault 12): the sticky summary keeps the headline in
 * view on narrow screens without hiding the focused control, tick labels never run into each
 * other, and no row of figure cards holds a lone card.
 */
import type { Locator, Page } from '@playwright/test';
import { drawAllPlots, expect, figure, slider, test } from './fixtures';

const WIDTHS = [320, 390, 720, 1024, 1440] as const;

const summary = (page: Page) => page.getByRole('region', { name: 'Summary of the figures' });

/** The bar's items as "term: value", as a screen reader reads each pair of its list. */
function summaryItems(page: Page): Promise<string[]> {
  return summary(page)
    .locator('dt')
    .evaluateAll((terms) =>
      terms.map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent ?? ''}`),
    );
}

async function ready(page: Page, url = './') {
  await page.goto(url);
  await drawAllPlots(page);
}

/** Scrolls so that `target`'s top sits `offset` px below the top of the viewport. */
async function scrollTo(target: Locator, offset = 100) {
  await target.evaluate((element, by) => {
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - by);
  }, offset);
}

test.describe('the sticky summary on a phone (390 × 740)', () => {
  test.use({ viewport: { width: 390, height: 740 } });

  test('stays at the top while the sliders scroll by and follows them', async ({ page }) => {
    await ready(page, './?v=1&neutral=37');
    const bar = summary(page);
    await expect(bar).toBeVisible();
    // The figures are far below the sliders on a phone: that is why the bar exists.
    const cohort = slider(page, 'Cohort size');
    await scrollTo(slider(page, 'Capabilities roles'), 300);
    await expect(figure(page, 'Field ratio after')).not.toBeInViewport();
    const box = await bar.boundingBox();
    expect(box?.y).toBeCloseTo(0, 0);
    // Small: at most an eighth of the screen.
    expect(box?.height ?? 999).toBeLessThanOrEqual(740 / 8);

    // Same words and numbers as the cards.
    expect(await summaryItems(page)).toEqual([
      'Field after: 7 : 1 (cap. : safety)',
      'New researchers: 1 : 1 (safety : cap.)',
      'At 1 : 10: Net positive, net impact 450',
      'At 1 : 100: Net positive, net impact 495',
      `At your 1 : 37: Net positive, net impact ${await figure(page, 'Net impact at your ratio').textContent()}`,
    ]);

    await cohort.focus();
    await cohort.press('End');
    await expect(figure(page, 'Field ratio after')).not.toHaveText('7 : 1');
    const after = (await figure(page, 'Field ratio after').textContent()) ?? '';
    await expect(bar.locator('dd').first()).toHaveText(`${after} (cap. : safety)`);
    await expect(bar).toBeInViewport();
  });

  test('is a named region, not a live region', async ({ page }) => {
    await ready(page);
    const bar = summary(page);
    await expect(bar).toHaveCount(1);
    expect(await bar.evaluate((element) => element.closest('[aria-live]'))).toBeNull();
    expect(await bar.locator('[aria-live], output, [role="status"]').count()).toBe(0);
  });

  test('never hides the control that has keyboard focus', async ({ page }) => {
    await ready(page);
    const bar = summary(page);
    const controls = page.locator('.controls input');
    const count = await controls.count();
    expect(count).toBeGreaterThan(10);
    // Start below the last control and walk back up with Shift+Tab: each control then scrolls
    // into view at the top of the screen, where the bar is.
    await scrollTo(page.locator('.headline'), 0);
    await controls.last().evaluate((element: HTMLElement) => element.focus());
    let checked = 0;
    for (let step = 0; step < count; step += 1) {
      const focused = page.locator(':focus');
      if ((await focused.locator('xpath=ancestor::*[contains(@class, "controls")]').count()) === 0)
        break;
      checked += 1;
      const name = await focused.evaluate(
        (element) => element.getAttribute('aria-label') ?? element.id,
      );
      const box = await focused.boundingBox();
      const barBox = await bar.boundingBox();
      if (!box || !barBox) throw new Error('no box');
      expect(box.y, `${name} is below the bar`).toBeGreaterThanOrEqual(barBox.y + barBox.height);
      expect(box.y + box.height, `${name} is on screen`).toBeLessThanOrEqual(740);
      await page.keyboard.press('Shift+Tab');
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('covers nothing at the end of the page', async ({ page }) => {
    await ready(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = page.locator('.page__footer');
    const footerBox = await footer.boundingBox();
    const barBox = await summary(page).boundingBox();
    if (!footerBox || !barBox) throw new Error('no box');
    expect(footerBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  });
});

for (const width of [1024, 1440]) {
  test(`at ${width} px the figures sit beside the sliders and the bar is hidden`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await ready(page);
    await expect(summary(page)).toHaveCount(0);
    const controls = await page.locator('.controls').boundingBox();
    const headline = await page.locator('.headline').boundingBox();
    if (!controls || !headline) throw new Error('no box');
    expect(headline.x).toBeGreaterThan(controls.x + controls.width);
    // Level with the top of the sliders, give or take the "changed" chips above the figures.
    expect(Math.abs(headline.y - controls.y)).toBeLessThan(200);
  });
}

/** The rows (by top edge) of a grid's children, as counts of children per row. */
function rowSizes(group: Locator): Promise<number[]> {
  return group.evaluate((element) => {
    const rows = new Map<number, number>();
    for (const child of element.children) {
      const top = Math.round(child.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    return [...rows.values()];
  });
}

for (const width of WIDTHS) {
  test(`no figure card sits alone on a row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Your N of 37 adds a third verdict pair; 100 (the default) leaves two.
    for (const url of ['./?v=1&neutral=37', './']) {
      // The cards' rows need no plots: opening the link (shown once its scenario is rendered,
      // use-reveal-page.ts) is enough, and it keeps this test clear of the plots' scrolling,
      // which on a busy machine once took it past its 30 s.
      await page.goto(url);
      await expect(page.locator('html')).not.toHaveAttribute('data-link-pending');
      const groups = page.locator('.headline__group');
      await expect(groups).toHaveCount(2);
      for (const group of await groups.all()) {
        const sizes = await rowSizes(group);
        // A single column is fine; otherwise every row holds at least two cards.
        if (sizes.some((size) => size > 1)) {
          expect(sizes, `${url}: rows of ${await group.getAttribute('class')}`).not.toContain(1);
        }
      }
    }
  });

  test(`tick labels never overlap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await ready(page);
    const overlaps = await page.evaluate(() => {
      const found: string[] = [];
      for (const axis of document.querySelectorAll('.chart-figure .chart-axis')) {
        const vertical = axis.classList.contains('chart-axis--y');
        const boxes = [...axis.querySelectorAll('.chart-axis__tick')]
          .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
          .sort((a, b) => (vertical ? a.box.top - b.box.top : a.box.left - b.box.left));
        for (let index = 1; index < boxes.length; index += 1) {
          const a = boxes[index - 1];
          const b = boxes[index];
          if (!a || !b) continue;
          // At least a word space (6 px at the 12.8 px tick font) between neighbours: at 390 px
          // "80 %" and "100 %" were 5 px apart and read as one label.
          const space = vertical ? b.box.top - a.box.bottom : b.box.left - a.box.right;
          if (space < 6) found.push(`"${a.text}" and "${b.text}": ${space.toFixed(1)} px`);
        }
        if (boxes.length < 2) found.push(`an axis with ${boxes.length} label(s)`);
      }
      return found;
    });
    expect(overlaps).toEqual([]);
  });
}
