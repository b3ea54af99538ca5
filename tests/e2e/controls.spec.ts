/**
 * Issue 9, faults 1, 8 and 9 in a real browser: number boxes apply what was typed only when it
 * is finished, keyboard steps are one history entry, and the cohort and net-neutral sliders step
 * through readable values with marks where the familiar ones are.
 */
import { expect, search, slider, test } from './fixtures';

test.describe('slider controls', () => {
  test('30 arrow presses on Cohort size are one history entry: one Back undoes them', async ({
    page,
  }) => {
    // The page's clock only moves when the test says so: on a loaded machine a real gap
    // between two presses could pass the pause and split the run, which is not what is tested.
    await page.clock.install();
    await page.goto('./');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.clock.runFor(2_000);
    const cohort = slider(page, 'Cohort size');
    await cohort.focus();
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press('ArrowRight');
      await page.clock.runFor(200);
    }
    await expect(cohort).not.toHaveAttribute('aria-valuetext', '1,000 people');
    const after = await cohort.getAttribute('aria-valuetext');
    // While the presses go on the address stays (it follows a change that rests 800 ms, or its
    // commit); the key-step pause then commits the run, which writes the address.
    expect(await search(page)).toBe('?v=1');
    await page.clock.runFor(600);
    await expect.poll(() => search(page)).toMatch(/^\?v=1&cohort=\d+$/);
    const afterSearch = await search(page);
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?v=1');
    await expect(cohort).toHaveAttribute('aria-valuetext', '1,000 people');
    await page.goForward();
    await expect.poll(() => search(page)).toBe(afterSearch);
    await expect(cohort).toHaveAttribute('aria-valuetext', after ?? '');
    // 30 rungs up from 1,000: 1,050 … 2,000 (20 rungs), then 2,250 … 4,500 (10 rungs).
    expect(after).toBe('4,500 people');
  });

  test("typing in a share's number box does not wipe another share", async ({ page }) => {
    await page.goto('./?v=1&toSafety=80&toCap=10');
    const safety = slider(page, 'Safety roles');
    const box = page.getByRole('spinbutton', { name: 'Capabilities roles, exact value' });
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type('5');
    await expect(box).toHaveValue('105');
    await expect(safety).toHaveAttribute('aria-valuetext', '80 %');
    // A pause does not apply an out-of-range share; the box says what Enter would do.
    await expect(page.getByText('105 is above the maximum 100 %; Enter sets 100 %.')).toBeVisible();
    await expect(safety).toHaveAttribute('aria-valuetext', '80 %');
    expect(await search(page)).toBe('?v=1&toSafety=80&toCap=10');

    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?v=1&toSafety=80&toCap=15');
    await expect(safety).toHaveAttribute('aria-valuetext', '80 %');
    await expect(slider(page, 'Capabilities roles')).toHaveAttribute('aria-valuetext', '15 %');
  });

  test('an out-of-range cohort is clamped with a message next to the box', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('spinbutton', { name: 'Cohort size, exact value' });
    await box.fill('25000');
    await box.press('Enter');
    await expect(box).toHaveValue('20000');
    await expect(box).toHaveAccessibleDescription(
      '25000 is above the maximum 20,000; set to 20,000 people.',
    );
    const message = page.getByText('25000 is above the maximum 20,000');
    await expect(message).toBeVisible();
    // Next to the box: just below it.
    const boxRect = await box.boundingBox();
    const messageRect = await message.boundingBox();
    expect(messageRect && boxRect && messageRect.y - (boxRect.y + boxRect.height)).toBeLessThan(30);
    await expect.poll(() => search(page)).toBe('?v=1&cohort=20000');
  });

  test('the net-neutral slider steps through readable values and marks 1 : 10 and 1 : 100', async ({
    page,
  }) => {
    await page.goto('./');
    const neutral = slider(page, 'Your net-neutral ratio');
    await neutral.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(neutral).toHaveAttribute('aria-valuetext', '1 : 70');
    await page.keyboard.press('ArrowLeft');
    await expect(neutral).toHaveAttribute('aria-valuetext', '1 : 50');
    await page.keyboard.press('PageDown');
    await expect(neutral).toHaveAttribute('aria-valuetext', /^1 : (20|30)$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    // A click on the track straight above a mark sets the value the mark names.
    const track = await neutral.boundingBox();
    if (!track) throw new Error('no slider box');
    for (const [label, valueText] of [
      ['1 : 10', '1 : 10'],
      ['1 : 100', '1 : 100'],
    ] as const) {
      const mark = page.locator('.slider-marks__mark', { hasText: new RegExp(`^${label}$`) });
      await expect(mark).toBeVisible();
      const box = await mark.boundingBox();
      if (!box) throw new Error(`no box for ${label}`);
      await page.mouse.click(box.x + box.width / 2, track.y + track.height / 2);
      await expect(neutral).toHaveAttribute('aria-valuetext', valueText);
    }
  });

  test('a cohort between rungs is kept until the slider moves', async ({ page }) => {
    await page.goto('./?v=1&cohort=1234');
    const cohort = slider(page, 'Cohort size');
    await expect(cohort).toHaveAttribute('aria-valuetext', '1,234 people');
    await cohort.focus();
    await page.keyboard.press('Tab');
    expect(await search(page)).toBe('?v=1&cohort=1234');
    await cohort.focus();
    await page.keyboard.press('ArrowRight');
    await expect(cohort).toHaveAttribute('aria-valuetext', '1,300 people');
  });
});
