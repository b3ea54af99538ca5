/**
 * The built page carries its link-preview tags (vite-plugins/link-preview.ts, wired in
 * vite.config.ts) and ships the picture they name. `npm test` builds without SITE_URL, so it sees
 * the text card; a build with SITE_URL must name the picture by an absolute URL.
 */
import { expect, test } from './fixtures';

test('a shared link unfurls with the page title, description and (with SITE_URL) picture', async ({
  page,
  request,
}) => {
  await page.goto('./?v=1&cohort=1200');
  const meta = (key: string) =>
    page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

  expect(await meta('og:title')).toBe(await page.title());
  expect(await meta('og:description')).toBe(await meta('description'));
  const card = await meta('twitter:card');
  const image = await page.locator('meta[property="og:image"]').count();
  if (image === 0) {
    expect(card).toBe('summary');
    await expect(page.locator('meta[property="og:url"], meta[name="twitter:image"]')).toHaveCount(
      0,
    );
  } else {
    expect(card).toBe('summary_large_image');
    const url = new URL((await meta('og:image')) ?? '');
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.pathname).toMatch(/\/og-image\.png$/);
    expect(await meta('twitter:image')).toBe(url.href);
  }

  // The picture is in the build either way, next to index.html, as a 1200 × 630 PNG.
  const response = await request.get('./og-image.png');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});
