import { URL_FIXTURES } from '../unit/url-fixtures';
import { dragSlider, expect, figure, search, test } from './fixtures';

test.describe('links', () => {
  test('a hostile link shows the notice and a working page, and runs no script', async ({
    page,
  }) => {
    const hostile =
      './?v=1&cohort=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cap=1e999&toSafety=90&toCap=90' +
      '&saf=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&zzz=javascript:alert(3)&neutral=-5';
    await page.goto(hostile);
    const notice = page.getByRole('status').filter({ hasText: 'ignored or adjusted' });
    await expect(notice).toBeVisible();
    for (const key of ['cohort', 'cap', 'saf', 'zzz', 'neutral', 'Capabilities roles']) {
      await expect(notice).toContainText(key);
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // The page's one inline script is index.html's own, in <head>; nothing from the link.
    expect(
      await page.evaluate(() => document.querySelectorAll('body script:not([src])').length),
    ).toBe(0);
    expect(
      await page.evaluate(() => document.querySelectorAll('head script:not([src])').length),
    ).toBe(1);
    // The page still works: figures are numbers and sliders move them.
    await expect(figure(page, 'Field ratio now')).toHaveText(/^[\d,.]+ : [\d,.]+$/);
    await dragSlider(page, 'Cohort size', 0.5);
    await expect.poll(() => search(page)).toContain('cohort=');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('every fixture link opens without a notice and keeps its canonical form', async ({
    page,
  }) => {
    for (const fixture of URL_FIXTURES.slice(0, 6)) {
      await page.goto(`./${fixture.link}`);
      await expect(figure(page, 'Field ratio now')).toBeVisible();
      await expect(page.getByText('ignored or adjusted')).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText('NaN');
    }
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('fits 360 px without sideways scrolling and still drags', async ({ page }) => {
    await page.goto('./');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await dragSlider(page, 'Safety roles', 0.9);
    await expect(figure(page, 'New researchers ratio')).not.toHaveText('1 : 1');
  });
});
