/**
 * Issue 11, the controls for ranges in a real browser: an end moved with the keyboard writes
 * `key=lo~hi` into the link, a reload keeps the range, Back undoes a range change in one step,
 * and axe finds no violations (of any impact) with ranges on, at desktop and phone width, where
 * the page must not scroll sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { drawAllPlots, expect, search, slider, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function expectNoAxeViolations(page: Page) {
  await drawAllPlots(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) =>
      `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}

const toggle = (page: Page, label: string) =>
  page.getByRole('button', { name: `Make ${label} a range`, exact: true });

test.describe('range controls', () => {
  test('keyboard moves an end: the link gets key=lo~hi, a reload keeps it, Back undoes it in one step', async ({
    page,
  }) => {
    await page.goto('./');
    await toggle(page, 'Capabilities roles').click();
    await expect(toggle(page, 'Capabilities roles')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => search(page)).toBe('?v=1&toCap=40~60');
    await expect(slider(page, 'Capabilities roles')).toHaveCount(0);

    const high = slider(page, 'Capabilities roles, high end');
    await high.focus();
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('ArrowRight');
    await expect(high).toHaveAttribute('aria-valuetext', '65 %');
    await expect.poll(() => search(page)).toBe('?v=1&toSafety=47.5&toCap=40~65');
    // The key-step pause commits the run of presses as one history entry.
    await page.waitForTimeout(700);

    await page.reload();
    await expect(slider(page, 'Capabilities roles, high end')).toHaveAttribute(
      'aria-valuetext',
      '65 %',
    );
    await expect(slider(page, 'Capabilities roles, low end')).toHaveAttribute(
      'aria-valuetext',
      '40 %',
    );
    await expect(page.getByText('90 % between 40 % and 65 %, logit-normal')).toBeVisible();

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?v=1&toCap=40~60');
    await expect(slider(page, 'Capabilities roles, high end')).toHaveAttribute(
      'aria-valuetext',
      '60 %',
    );
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?v=1');
    await expect(slider(page, 'Capabilities roles')).toHaveAttribute('aria-valuetext', '50 %');
  });

  test('Re-roll changes the seed in the link; Back restores it', async ({ page }) => {
    await page.goto('./?v=1&neutral=10~100');
    const seed = page.getByRole('status', { name: 'Seed', exact: true });
    await expect(seed).toHaveText('1');
    await page.getByRole('button', { name: 'Re-roll', exact: true }).click();
    await expect(seed).not.toHaveText('1');
    const rolled = (await seed.textContent()) ?? '';
    await expect.poll(() => search(page)).toBe(`?v=1&neutral=10~100&seed=${rolled}`);
    await page.goBack();
    await expect(seed).toHaveText('1');
  });

  for (const width of [1440, 360]) {
    test(`axe finds no violations with ranges on, and nothing scrolls sideways (${width} px)`, async ({
      page,
    }) => {
      // axe over the whole page with the charts drawn takes a while on a loaded machine.
      test.slow();
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await page.goto('./');
      await page.getByRole('button', { name: "The thread's disagreements", exact: true }).click();
      await toggle(page, 'Cohort size').click();
      await expect(slider(page, 'Cohort size, low end')).toBeVisible();
      await page.getByText('Sources of the ranges').click();
      await expect(page.getByText(/Low end: the 2024 survey/)).toBeVisible();
      await expectNoAxeViolations(page);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
    });
  }
});
