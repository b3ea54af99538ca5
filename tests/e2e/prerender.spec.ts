/**
 * The built page is prerendered for the default scenario (vite-plugins/prerender.ts) and
 * hydrated (src/main.tsx): it reads before any JavaScript runs, nothing moves when the app
 * takes over, and a link with a scenario of its own never shows the default figures.
 * The fixtures fail a test on any console error, so a hydration mismatch fails here too.
 */
import type { Page } from '@playwright/test';
import { dragSlider, drawAllPlots, expect, figure, search, slider, test } from './fixtures';

declare global {
  interface Window {
    layoutShift?: number;
    shownWith?: string;
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the default scenario, its figures, charts and argument', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Does training safety researchers feed capabilities?',
    );
    await expect(figure(page, 'Field ratio after')).toContainText('7 : 1');
    await expect(page.getByRole('slider', { name: 'Cohort size', exact: true })).toBeVisible();
    await expect(
      page.getByRole('figure', { name: 'New researchers against the net-neutral lines' }),
    ).toContainText('In words:');
    await expect(page.getByText('The field starts with 10,000 capabilities')).toBeVisible();
  });

  test('each chart shows its data from the first paint, in the chart colours', async ({ page }) => {
    await page.goto('./');
    const charts = page.locator('.charts .chart-figure');
    // The three scenario charts and the three of "Over the years".
    await expect(charts).toHaveCount(6);
    for (const chart of await charts.all()) {
      // A visible one: a flat line (the field without the program, at the defaults) has no height.
      const line = chart
        .locator('svg.chart-preview path.chart-line')
        .filter({ visible: true })
        .first();
      await expect(line).toBeVisible();
      // The palette comes from the stylesheet, so the line has a colour before any script runs.
      const stroke = await line.evaluate((path) => getComputedStyle(path).stroke);
      expect(stroke).toMatch(/^rgb/);
      // Only shapes: no text to stretch, nothing to focus.
      await expect(chart.locator('svg.chart-preview text:visible')).toHaveCount(0);
      await expect(chart.locator('svg.chart-preview [tabindex]')).toHaveCount(0);
    }
    // The plot's box is where the plot proper will draw: the field ratio chart's line starts at
    // the left edge of its box and its preview spans the box.
    const box = await page.locator('.chart-figure__plot').first().boundingBox();
    const preview = await page.locator('svg.chart-preview').first().boundingBox();
    expect(box && preview && preview.x - box.x).toBe(96);
    expect(box && preview && box.x + box.width - (preview.x + preview.width)).toBe(24);
  });
});

test('the app takes over the prerendered page without moving anything', async ({ page }) => {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        window.layoutShift = (window.layoutShift ?? 0) + entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  // Each plot draws as the reader scrolls near it, into its reserved box (at 1440 × 900 the
  // presets and figures keep even the first chart more than half a window below the fold).
  await page.locator('.chart-figure').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-figure svg.recharts-surface').first()).toBeVisible();
  expect(await page.evaluate(() => window.layoutShift)).toBe(0);
  await drawAllPlots(page);
  expect(await page.evaluate(() => window.layoutShift)).toBe(0);
  // Each plot proper replaces its preview once drawn.
  await expect(page.locator('svg.chart-preview')).toHaveCount(0);
  // Hydrated: the sliders drive the figures.
  await dragSlider(page, 'Capabilities roles', 0.2);
  await expect(figure(page, 'Field ratio after')).not.toContainText('7 : 1');
  // The ids React writes after hydration are the prerendered ones: every reference the page now
  // makes (a box's message, a slider's flip sentence) names an element that is there. A tree
  // that differs from the prerendered one changes every useId id, and React never rewrites an id
  // it hydrated. Type past a box's maximum so a message id is written after hydration too.
  const box = page.getByRole('spinbutton', { name: 'Cohort size, exact value' });
  await box.fill('25000');
  await box.press('Enter');
  await expect(box).toHaveAccessibleDescription(/above the maximum/);
  const dangling = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')].flatMap(
      (element) =>
        (
          element.getAttribute('aria-describedby') ??
          element.getAttribute('aria-labelledby') ??
          element.getAttribute('for') ??
          ''
        )
          .split(/\s+/)
          .filter((id) => id !== '' && document.getElementById(id) === null),
    ),
  );
  expect(dangling).toEqual([]);
});

test('a link with its own scenario shows only its figures, never the defaults', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The moment the page shows (index.html's script set the attribute, the app removes it):
    // what the headline says then.
    new MutationObserver((mutations, observer) => {
      const shown = mutations.some(
        (mutation) =>
          mutation.oldValue !== null && !document.documentElement.hasAttribute('data-link-pending'),
      );
      if (shown) {
        window.shownWith = document.querySelector('.headline')?.textContent ?? '';
        observer.disconnect();
      }
    }).observe(document, {
      subtree: true,
      attributeFilter: ['data-link-pending'],
      attributeOldValue: true,
    });
  });
  await page.goto('./?v=1&cohort=300&toCap=20');
  await expect(figure(page, 'Field ratio after')).toContainText('8.75 : 1');
  const shownWith = await page.evaluate(() => window.shownWith);
  expect(shownWith).toContain('8.75 : 1');
  expect(shownWith).not.toContain('7 : 1capabilities');
});

/**
 * Opens the bare address with every script held back, as on a slow phone where the prerendered
 * page is there a moment before its code; the returned function lets the scripts through.
 */
async function openWithScriptsHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for "load" (or DOMContentLoaded): both wait for the held scripts.
  await page.goto('./', { waitUntil: 'commit' });
  return release;
}

test('a slider moved before the app has loaded keeps its place, and the figures follow it', async ({
  page,
}) => {
  // A slow phone: the reader drags a slider of the prerendered page while the app's code is still
  // on its way.
  const release = await openWithScriptsHeld(page);
  const cohort = slider(page, 'Cohort size');
  await cohort.focus();
  // The native slider moves without any script: to its end, 20,000 people.
  await page.keyboard.press('End');
  await expect(cohort).toHaveValue((await cohort.getAttribute('max')) ?? '');
  await expect(figure(page, 'Field ratio after')).toContainText('7 : 1');

  release();
  // Once the app has taken over, the slider is where the reader left it and everything follows
  // it: 10,000 + 10,000 capabilities : 1,000 + 10,000 safety.
  await expect(figure(page, 'Field ratio after')).toContainText('1.82 : 1');
  await expect(cohort).toHaveValue((await cohort.getAttribute('max')) ?? '');
  await expect(cohort).toHaveAttribute('aria-valuetext', '20,000 people');
  await expect(page.getByRole('spinbutton', { name: 'Cohort size, exact value' })).toHaveValue(
    '20000',
  );
  // The move is a change like any other: in the address and one step of Undo away.
  await expect.poll(() => search(page)).toContain('cohort=20000');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure(page, 'Field ratio after')).toContainText('7 : 1');
});

test('a number typed before the app has loaded is kept and applied once the app is here', async ({
  page,
}) => {
  const release = await openWithScriptsHeld(page);
  const box = page.getByRole('spinbutton', { name: 'Cohort size, exact value' });
  // The native box takes the typing without any script.
  await box.fill('2000');
  await expect(figure(page, 'Field ratio after')).toContainText('7 : 1');

  release();
  // Once the app has taken over, the box still holds what was typed, and after the typing pause
  // the figures follow it: 10,000 + 1,000 capabilities : 1,000 + 1,000 safety.
  await expect(figure(page, 'Field ratio after')).toContainText('5.5 : 1');
  await expect(box).toHaveValue('2000');
  await expect(slider(page, 'Cohort size')).toHaveAttribute('aria-valuetext', '2,000 people');
  await expect.poll(() => search(page)).toContain('cohort=2000');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure(page, 'Field ratio after')).toContainText('7 : 1');
});

test('a button pressed before the app has loaded does its work once the app is here', async ({
  page,
}) => {
  const release = await openWithScriptsHeld(page);
  const preset = page.getByRole('button', { name: 'Field-sized estimate' });
  await preset.click();
  // Nothing can answer yet: the figures are still the prerendered defaults.
  await expect(figure(page, 'Field ratio now')).toContainText('10 : 1');

  release();
  // The app replays the press once it has taken over: 100,000 : 1,100 capabilities to safety.
  await expect(preset).toHaveAttribute('aria-pressed', 'true');
  await expect(figure(page, 'Field ratio now')).toContainText('90.9 : 1');
  await expect.poll(() => search(page)).toContain('cap=100000');
  // Once: a second replay would have made a second history entry.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure(page, 'Field ratio now')).toContainText('10 : 1');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('before the app loads: a link is hidden, and a dark-scheme reader sees dark colours', async ({
  page,
  problems,
}) => {
  // The app's code never arrives; only index.html, its stylesheet and its head script run.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(18, 20, 23)');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('./?v=1&cohort=300&theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  // The refused requests are this test's doing: the console reports each; nothing else is allowed.
  const others = problems.filter(
    (problem) => !/Failed to load resource: net::ERR_FAILED/.test(problem),
  );
  problems.splice(0, problems.length, ...others);
});

test('on a phone no plot is drawn until the reader scrolls towards the charts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const plots = page.locator('.charts svg.recharts-surface');
  const first = page.getByRole('figure', { name: 'How the field ratio moves with cohort size' });
  // Hydrated (the sliders work) with no plot drawn: the charts are screens away.
  await expect(page.getByRole('region', { name: 'Quote this scenario' })).toBeAttached();
  await page.waitForTimeout(500);
  await expect(plots).toHaveCount(0);
  await first.scrollIntoViewIfNeeded();
  await expect(first.locator('svg.recharts-surface')).toBeVisible();
  await drawAllPlots(page);
  // The three scenario charts and the three of "Over the years".
  await expect(plots).toHaveCount(6);
});
