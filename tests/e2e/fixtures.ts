/**
 * Shared Playwright fixtures: every page fails its test on a console error or warning, an
 * uncaught exception or a dialog (a dialog would mean script from a link ran).
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') {
            problems.push(`${message.type()}: ${message.text()}`);
          }
        });
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        page.on('dialog', (dialog) => {
          problems.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      expect(problems, 'console errors, warnings, exceptions or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A headline figure by its exact accessible name. */
export function figure(page: Page, label: string): Locator {
  return page.getByRole('status', { name: label, exact: true });
}

/**
 * Plots draw once they first come near the viewport (src/ui/plot-turns.tsx), as they do for a
 * reader scrolling down: scrolls each chart into view until its plot is drawn, then back to
 * where the page was.
 *
 * The page scrolls itself (`scrollIntoView`), not Playwright's `scrollIntoViewIfNeeded`, which
 * first waits for the chart to be "stable". Under 900 px the results are `content-visibility:
 * auto`; twice in clean-clone runs (720 px in stop 14, 390 px in stop 19, about one run in ten)
 * that wait ran out its 30 s, though a trace of every frame after scrolling showed no chart box
 * moving (stop 14's note). The plot's own visibility is still awaited below.
 */
export async function drawAllPlots(page: Page): Promise<void> {
  const top = await page.evaluate(() => window.scrollY);
  for (const chart of await page.locator('.charts .chart-figure').all()) {
    await chart.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  }
  await page.evaluate((y) => window.scrollTo(0, y), top);
}

/**
 * Opens "How this is calculated" and waits until it is open. Under the full suite's load a
 * click on its summary once went unanswered (stop 20, a11y.spec.ts: the details stayed closed
 * for 5 s, though 12 runs of that test alone passed and the summary's box did not move in the
 * 3 s after scrolling to it), so a lost click is tried again; a section that never opens still
 * fails.
 */
export async function openHowCalculated(page: Page): Promise<void> {
  const details = page.locator('details.how');
  await expect(async () => {
    if ((await details.getAttribute('open')) === null)
      await details.getByText('How this is calculated', { exact: true }).click();
    await expect(details).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

export function slider(page: Page, label: string): Locator {
  return page.getByRole('slider', { name: label, exact: true });
}

/** Drags a native range input's thumb with the mouse to a fraction (0–1) of its track. */
export async function dragSlider(page: Page, label: string, toFraction: number, steps = 20) {
  const input = slider(page, label);
  await input.scrollIntoViewIfNeeded();
  const box = await input.boundingBox();
  if (!box) throw new Error(`slider ${label} has no box`);
  const min = Number(await input.getAttribute('min'));
  const max = Number(await input.getAttribute('max'));
  const value = Number(await input.inputValue());
  // Chromium's thumb is about 16 px wide; its centre runs from 8 px to width − 8 px.
  const thumbX = (fraction: number) => box.x + 8 + fraction * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(thumbX((value - min) / (max - min)), y);
  await page.mouse.down();
  await page.mouse.move(thumbX(toFraction), y, { steps });
  await page.mouse.up();
}

/**
 * The query string of the page's current URL, read inside the page: page.url() learns of
 * history.pushState/replaceState asynchronously and can lag behind by an update.
 */
export function search(page: Page): Promise<string> {
  return page.evaluate(() => window.location.search);
}
