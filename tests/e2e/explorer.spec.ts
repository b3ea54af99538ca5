import { dragSlider, expect, figure, search, slider, test } from './fixtures';

test.describe('the explorer in a real browser', () => {
  test('opens on the thread illustration with a canonical link', async ({ page }) => {
    await page.goto('./');
    await expect(figure(page, 'Field ratio now')).toHaveText('10 : 1');
    await expect(figure(page, 'Field ratio after')).toHaveText('7 : 1');
    await expect(figure(page, 'New researchers ratio')).toHaveText('1 : 1');
    await expect(figure(page, 'Net impact at 1:10')).toHaveText('450');
    await expect(figure(page, 'Net impact at 1:100')).toHaveText('495');
    for (const title of [
      'How the field ratio moves with cohort size',
      'New researchers against the net-neutral lines',
      'Net impact against cohort size',
    ]) {
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
    }
    expect(await search(page)).toBe('?v=1');
  });

  test('dragging a slider changes the figures and the URL; Back and Forward walk whole drags', async ({
    page,
  }) => {
    await page.goto('./');
    await dragSlider(page, 'Capabilities roles', 0.1);
    const afterDrag = await figure(page, 'New researchers ratio').textContent();
    expect(afterDrag).not.toBe('1 : 1');
    await expect.poll(() => search(page)).toMatch(/^\?v=1&toCap=\d+/);
    const draggedSearch = await search(page);

    await dragSlider(page, 'Cohort size', 0.25);
    await expect.poll(() => search(page)).toContain('cohort=');
    const secondSearch = await search(page);

    await page.goBack();
    await expect.poll(() => search(page)).toBe(draggedSearch);
    await expect(figure(page, 'New researchers ratio')).toHaveText(afterDrag ?? '');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?v=1');
    await expect(figure(page, 'New researchers ratio')).toHaveText('1 : 1');

    await page.goForward();
    await expect.poll(() => search(page)).toBe(draggedSearch);
    await page.goForward();
    await expect.poll(() => search(page)).toBe(secondSearch);
    await expect(slider(page, 'Cohort size')).toHaveAttribute('aria-valuetext', /people$/);
  });

  test('a shared link reopens the same scenario in a new page, and reload keeps it', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Field-sized estimate' }).click();
    await dragSlider(page, 'Your net-neutral ratio', 0.5);
    await expect.poll(() => search(page)).toContain('neutral=');
    const labels = [
      'Field ratio now',
      'Field ratio after',
      'New researchers ratio',
      'Capabilities per 100 safety',
      'Verdict at your ratio',
      'Net impact at your ratio',
    ];
    const before = await Promise.all(labels.map((label) => figure(page, label).textContent()));

    const other = await context.newPage();
    await other.goto(await page.evaluate(() => window.location.href));
    for (const [index, label] of labels.entries()) {
      await expect(figure(other, label)).toHaveText(before[index] ?? '');
    }
    await other.reload();
    for (const [index, label] of labels.entries()) {
      await expect(figure(other, label)).toHaveText(before[index] ?? '');
    }
  });

  test('the keyboard alone moves a slider: arrows, Page Up/Down, Home, End', async ({ page }) => {
    await page.goto('./');
    const cohort = slider(page, 'Cohort size');
    await cohort.focus();
    // One arrow press moves one rung of the cohort ladder (1,000 → 1,050), not one person.
    await page.keyboard.press('ArrowRight');
    await expect(cohort).toHaveAttribute('aria-valuetext', '1,050 people');
    await page.keyboard.press('Home');
    await expect(cohort).toHaveAttribute('aria-valuetext', '0 people');
    await expect(figure(page, 'New researchers ratio')).toHaveText('no one placed on either side');
    await page.keyboard.press('End');
    await expect(cohort).toHaveAttribute('aria-valuetext', '20,000 people');
    await page.keyboard.press('PageDown');
    await expect(cohort).not.toHaveAttribute('aria-valuetext', '20,000 people');
    await expect.poll(() => search(page)).toContain('cohort=');

    const neutral = slider(page, 'Your net-neutral ratio');
    await neutral.focus();
    await page.keyboard.press('Home');
    await expect(neutral).toHaveAttribute('aria-valuetext', '1 : 1');
    await page.keyboard.press('End');
    await expect(neutral).toHaveAttribute('aria-valuetext', '1 : 1,000');
  });

  test('a chart reads out its values under the mouse and along the keyboard', async ({ page }) => {
    await page.goto('./');
    const chart = page.getByRole('figure', { name: 'How the field ratio moves with cohort size' });
    const plot = chart.locator('.recharts-wrapper');
    // The plot draws once its figure nears the viewport.
    await chart.scrollIntoViewIfNeeded();
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error('chart has no box');
    // The cohort axis runs 0–2,000 across the plot (96 px of margin and y axis on the left,
    // 24 px on the right): the middle of the plot is a cohort of 1,000, the thread's 7 : 1.
    const plotLeft = box.x + 96;
    const plotWidth = box.width - 96 - 24;
    await page.mouse.move(plotLeft + plotWidth / 2, box.y + 100);
    const readout = chart.locator('.chart-readout');
    await expect(readout).toContainText('Cohort of 1,000 people');
    await expect(readout).toContainText('Field after one cohort: 7 : 1 capabilities to safety');
    await expect(chart.locator('.chart-live__cursor')).toHaveCount(1);
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect(readout).toHaveCount(0);

    const explorer = chart.getByRole('slider', { name: 'Values along the field-ratio chart' });
    await explorer.focus();
    await expect(readout).toContainText('Cohort of 1,000 people');
    await page.keyboard.press('Home');
    await expect(readout).toContainText('Cohort of 0 people');
    await expect(explorer).toHaveAttribute('aria-valuetext', /^Cohort of 0 people: .* 10 : 1 /);
    await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText('Cohort of 33 people');
    // The page does not scroll when the arrows step along the chart.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(readout).toContainText('Cohort of 0 people');
  });

  test('Copy link copies the full URL and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?v=1&cohort=1200&toCap=10');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => window.location.href));
    expect(copied).toContain('?v=1&cohort=1200&toCap=10');
  });
});
