/**
 * Issue 11, "initial JS no larger than before the issue": what only a range needs (the range's
 * ends, the Sampling group, the figures' medians and intervals: src/ui/range-parts.ts) is a chunk
 * of its own, and so are the Monte Carlo worker and its client. The page must not fetch them
 * until the first range, must show the range's controls as soon as one is made, whichever way
 * it comes (a toggle, a preset, a link, Forward after a reload), and must say so in the row when
 * the chunk does not arrive, with a "Try again" that loads it.
 */
import type { Page, Request } from '@playwright/test';
import { expect, figure, search, slider, test } from './fixtures';

const RANGE_CHUNK = /\/assets\/range-parts-[\w-]+\.js$/;
const WORKER = /monte-carlo/;

const toggle = (page: Page, label: string) =>
  page.getByRole('button', { name: `Make ${label} a range`, exact: true });

/** Every script the page requests from now on, by URL. */
function scriptsRequested(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script' || /\.js$/.test(request.url()))
      urls.push(request.url());
  });
  return urls;
}

test('the range code loads with the first range, not before, and the range works at once', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  // Whether a placeholder for a range's ends was ever on the page.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.range-fields--pending')) {
        Object.assign(window, { placeholderSeen: true });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // A slow connection: the toggle's change waits for the range code rather than show a box.
  await page.route(RANGE_CHUNK, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('./');
  // A point slider moves the page without any range code. The page is prerendered, so the slider
  // may be moved before the app has hydrated: the app takes such a move when it mounts
  // (ui/use-move-before-hydration.ts), so one move is enough.
  await slider(page, 'Capabilities roles').fill('30');
  await expect(figure(page, 'New researchers ratio')).not.toHaveText('1 : 1', { timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => RANGE_CHUNK.test(url))).toEqual([]);
  expect(scripts.filter((url) => WORKER.test(url))).toEqual([]);

  await toggle(page, 'Cohort size').click();
  // While the code is on its way the toggle is busy; then both ends, with their words, and the
  // Sampling group appear, with no placeholder ever between.
  await expect(toggle(page, 'Cohort size')).toHaveAttribute('aria-busy', 'true');
  await expect(slider(page, 'Cohort size, low end')).toBeVisible();
  await expect(slider(page, 'Cohort size, high end')).toBeVisible();
  await expect(page.getByText(/^90 % between .*; median /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Re-roll' })).toBeVisible();
  expect(await page.evaluate(() => 'placeholderSeen' in window)).toBe(false);
  await expect(toggle(page, 'Cohort size')).not.toHaveAttribute('aria-busy');
  await expect(toggle(page, 'Cohort size')).toHaveAttribute('aria-pressed', 'true');
  // The chances come from the worker, which loaded now too.
  await expect(figure(page, 'Chance net positive at your ratio')).toHaveText(/%$/);
  expect(scripts.filter((url) => RANGE_CHUNK.test(url))).toHaveLength(1);
  expect(scripts.filter((url) => WORKER.test(url)).length).toBeGreaterThan(0);

  // An end moves like any slider, and the link follows.
  await slider(page, 'Cohort size, high end').focus();
  await page.keyboard.press('End');
  await expect.poll(() => search(page)).toMatch(/cohort=\d+~\d+/);
});

test('a link with ranges shows its ranges when the page appears, never a placeholder', async ({
  page,
}) => {
  // What the page holds at the moment index.html's hiding is lifted (use-reveal-page.ts).
  await page.addInitScript(() => {
    // The document's root does not exist yet when this runs: watch the document for it.
    new MutationObserver((mutations, observer) => {
      const root = document.documentElement;
      const lifted = mutations.some(
        (mutation) => mutation.target === root && !root.hasAttribute('data-link-pending'),
      );
      if (!lifted) return;
      observer.disconnect();
      Object.assign(window, {
        atReveal: {
          placeholders: document.querySelectorAll('.range-fields--pending').length,
          ends: document.querySelectorAll('input[aria-label$=", low end"]').length,
          sampling: document.querySelectorAll('fieldset.sampling').length,
        },
      });
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-link-pending'],
    });
  });
  // A slow connection: the range code arrives well after the app has hydrated.
  await page.route(RANGE_CHUNK, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('./?v=1&neutral=10~100&toCap=5~20');
  await expect
    .poll(() => page.evaluate(() => (window as { atReveal?: unknown }).atReveal))
    .toEqual({ placeholders: 0, ends: 2, sampling: 1 });
  await expect(slider(page, 'Your net-neutral ratio, low end')).toBeVisible();
});

test('Forward to a range after a reload fetches the range code then', async ({ page }) => {
  await page.goto('./');
  await toggle(page, 'Capabilities roles').click();
  await expect(slider(page, 'Capabilities roles, low end')).toBeVisible();
  await page.goBack();
  await expect(slider(page, 'Capabilities roles')).toBeVisible();
  await page.reload();
  const scripts = scriptsRequested(page);
  await page.goForward();
  await expect(slider(page, 'Capabilities roles, low end')).toBeVisible();
  await expect(slider(page, 'Capabilities roles, high end')).toBeVisible();
  expect(scripts.filter((url) => RANGE_CHUNK.test(url))).toHaveLength(1);
});

test('range code that does not arrive: the row says so, and Try again loads it', async ({
  page,
  problems,
}) => {
  await page.route(RANGE_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await toggle(page, 'Cohort size').click();
  const name = 'The range of Cohort size';
  const region = page.getByRole('region', { name });
  await expect(region.getByRole('status')).toHaveText(
    `${name} could not load. The rest of the page still works, and the link still holds your scenario.`,
  );
  // The toggle still says the input is a range, and the figures are the point values.
  await expect(toggle(page, 'Cohort size')).toHaveAttribute('aria-pressed', 'true');
  await expect(figure(page, 'Field ratio now')).not.toContainText('90 %');

  await page.unroute(RANGE_CHUNK);
  await region.getByRole('button', { name: 'Try again' }).click();
  await expect(slider(page, 'Cohort size, low end')).toBeVisible();
  await expect(page.getByRole('region', { name })).toHaveCount(0);
  await expect(figure(page, 'Field ratio now')).toContainText('90 %');

  // The failed request and the row's one line; nothing else.
  const ours = problems.filter((line) => line.startsWith(`error: ${name} failed:`));
  expect(ours).toHaveLength(1);
  const rest = problems.filter(
    (line) => !ours.includes(line) && !/^error: Failed to load resource: net::/.test(line),
  );
  problems.splice(0, problems.length, ...rest);
});
