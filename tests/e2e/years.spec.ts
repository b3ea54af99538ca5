/**
 * "Over the years" in the browser (issue 12): dragging a years slider moves the headline and
 * writes the link; reloading that link opens the same figures; "How N is set" works from the
 * keyboard; a hostile years link opens a working page with its notice; with a range, the three
 * charts draw the worker's 90 % bands, as the model computes them in Node.
 */
import AxeBuilder from '@axe-core/playwright';
import { fieldYearsBandSentence } from '../../src/charts/data/years-band-words';
import { runUncertainty } from '../../src/model/uncertainty';
import { decodeLink } from '../../src/url/link-codec';
import { dragSlider, expect, figure, search, slider, test } from './fixtures';

test.describe('Over the years', () => {
  test('dragging Years moves the field and the link, and the link reopens it', async ({ page }) => {
    await page.goto('./?v=1&drift=10');
    await expect(figure(page, 'Field ratio after')).toHaveText('7 : 1');
    await dragSlider(page, 'Years', 0.5);
    await expect.poll(() => search(page)).toMatch(/[?&]years=\d+/);
    const link = await search(page);
    const years = Number(new URLSearchParams(link).get('years'));
    expect(years).toBeGreaterThan(5);
    await expect(slider(page, 'Years')).toHaveAttribute('aria-valuetext', `${years} years`);
    const after = await figure(page, 'Field ratio after').textContent();
    const netImpact = await figure(page, 'Net impact at 1:10').textContent();
    expect(after).not.toBe('7 : 1');

    await page.goto(`./${link}`);
    await expect(slider(page, 'Years')).toHaveAttribute('aria-valuetext', `${years} years`);
    await expect(figure(page, 'Field ratio after')).toHaveText(after ?? '');
    await expect(figure(page, 'Net impact at 1:10')).toHaveText(netImpact ?? '');
    await expect(page.getByText('ignored or adjusted')).toHaveCount(0);
  });

  test('How N is set is a keyboard radio group; the derived N is read-only', async ({ page }) => {
    await page.goto('./?v=1&importance=1');
    const mine = page.getByRole('radio', { name: 'Your slider' });
    await mine.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'From the field' })).toBeChecked();
    await expect.poll(() => search(page)).toContain('nFrom=field');
    await expect(slider(page, 'Your net-neutral ratio')).toBeDisabled();
    await expect(
      page.getByRole('textbox', { name: 'Your net-neutral ratio, exact value' }),
    ).toHaveValue('1 : 10');
    await expect(
      page.getByText("N = importance × C/S of today's field = 1 × 10,000 / 1,000 = 10"),
    ).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.controls')
      .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('a hostile years link opens a working page and says what it changed', async ({ page }) => {
    await page.goto('./?v=1&years=NaN&nFrom=evil&drift=1e999&importance=-3');
    await expect(figure(page, 'Field ratio after')).toHaveText('7 : 1');
    await expect(figure(page, 'Field ratio without the program')).toHaveText('10 : 1');
    await expect(page.getByText('ignored or adjusted')).toBeVisible();
    for (const text of [
      'years (Years): "NaN" is not a number; using the default, 1 year.',
      'nFrom (How N is set): "evil" is not "set" or "field"; using the default, "set" (Your slider).',
      'drift (Safety alumni moving to capabilities): 1e999 is above the maximum; using 50 % a year.',
    ]) {
      await expect(page.getByText(text)).toBeVisible();
    }
    await expect(slider(page, 'Years')).toHaveAttribute('aria-valuetext', '1 year');
    await expect(page.getByRole('radio', { name: 'Your slider' })).toBeChecked();
  });

  test('with a range, each years chart draws the worker’s 90 % bands, as Node computes them', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const link = './?v=1&years=10&perYear=2&toCap=5~30&drift=0~20';
    await page.goto(link);
    const { scenario, ranges, sampling } = decodeLink(link.slice(2)).state;
    const { bands } = runUncertainty(scenario, ranges, sampling);
    for (const [title, areas] of [
      ['The field over the years', 1],
      ['Where alumni work', 2],
      ['Net impact by year', 1],
    ] as const) {
      const chart = page.getByRole('figure', { name: title });
      await chart.scrollIntoViewIfNeeded();
      const plot = chart.locator('.recharts-wrapper > svg.recharts-surface');
      await expect(plot).toBeVisible({ timeout: 15_000 });
      // The field without the program is the base field alone here: no range moves it.
      await expect(plot.locator('.chart-live path.chart-area')).toHaveCount(areas, {
        timeout: 15_000,
      });
      await expect(chart.locator('.chart-legend')).toContainText('90 % band');
    }
    // The worker in the browser gives the bands the model gives in Node, to the digit shown.
    await expect(
      page.getByRole('figure', { name: 'The field over the years' }).locator('.chart-figure__text'),
    ).toContainText(fieldYearsBandSentence(bands.years.fieldRatio, bands.years.fieldRatioWithout));
  });
});
