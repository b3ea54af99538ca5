import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { dragSlider, drawAllPlots, expect, figure, search, slider, test } from './fixtures';

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{
  download: Download;
  bytes: Buffer;
}> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

const CHART_TITLES = [
  'How the field ratio moves with cohort size',
  'New researchers against the net-neutral lines',
  'Net impact against cohort size',
];

test.describe('scenario workflow', () => {
  test('two pins and a comparison travel in the link and reopen elsewhere', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Pin this scenario' }).click();
    await page.getByRole('button', { name: 'Longitudinal career data, 8 : 1' }).click();
    await page.getByRole('button', { name: 'Pin this scenario' }).click();
    await page.getByRole('textbox', { name: 'Name of pinned scenario 2' }).fill('Career data');
    await page.getByRole('textbox', { name: 'Name of pinned scenario 2' }).press('Enter');
    await page.getByRole('button', { name: 'Field-sized estimate' }).click();
    await page
      .getByRole('combobox', { name: 'Compare with' })
      .selectOption({ label: 'Career data' });
    await expect(page.getByText('vs Career data: 8 : 1 (same)').first()).toBeVisible();
    const link = await page.evaluate(() => window.location.href);
    expect(link).toContain('pin2=Career%20data');
    expect(link).toContain('compare=pin2');

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('textbox', { name: 'Name of pinned scenario 1' })).toHaveValue(
      'Scenario 1',
    );
    await expect(other.getByRole('textbox', { name: 'Name of pinned scenario 2' })).toHaveValue(
      'Career data',
    );
    await expect(other.getByRole('combobox', { name: 'Compare with' })).toHaveValue('pin:1');
    await expect(figure(other, 'Field ratio after')).toHaveText(
      (await figure(page, 'Field ratio after').textContent()) ?? '',
    );
    await expect(other.getByText('vs Career data: 8 : 1 (same)').first()).toBeVisible();
    // Every chart draws the comparison as a second, dashed line with its own legend entry.
    await drawAllPlots(other);
    for (const title of CHART_TITLES) {
      const chart = other.getByRole('figure', { name: title });
      await expect(chart.getByText('Compared: Career data')).toBeVisible();
      await expect(chart.locator('path.chart-line[stroke-dasharray="10 4 2 4"]')).toHaveCount(1);
    }
  });

  test('each chart downloads as PNG, SVG and CSV with title, legend and source line', async ({
    page,
  }) => {
    await page.goto('./?v=1&cohort=1200');
    for (const title of CHART_TITLES) {
      const chart = page.getByRole('figure', { name: title });
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('path.chart-line').first()).toBeVisible();

      const png = await downloaded(page, () =>
        chart.getByRole('button', { name: 'Download chart as PNG' }).click(),
      );
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20. The picture has
      // the export's fixed landscape size at 2× (tests/e2e/export.spec.ts checks its content).
      expect(png.bytes.readUInt32BE(16)).toBe(2400);
      expect(png.bytes.readUInt32BE(20)).toBe(1350);

      const svg = await downloaded(page, () =>
        chart.getByRole('button', { name: 'Download chart as SVG' }).click(),
      );
      const svgText = svg.bytes.toString('utf8');
      expect(svgText.startsWith('<svg')).toBe(true);
      expect(svgText).toContain(title);
      expect(svgText).toContain('Source: Safety vs capabilities ratio explorer');
      expect(svgText).toContain('cohort=1200');
      expect(svgText).toMatch(/Your (cohort|current split)/); // the legend

      const csv = await downloaded(page, () =>
        chart.getByRole('button', { name: 'Download chart data as CSV' }).click(),
      );
      const lines = csv.bytes.toString('utf8').trim().split('\r\n');
      expect(lines.filter((line) => line.startsWith('#')).length).toBeGreaterThan(5);
      expect(lines.filter((line) => !line.startsWith('#')).length).toBeGreaterThan(50);
    }
  });

  test('Undo and Redo walk whole drags, by button and by keyboard', async ({ page }) => {
    await page.goto('./');
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    await expect(undo).toBeDisabled();
    await dragSlider(page, 'Capabilities roles', 0.1);
    const dragged = await search(page);
    expect(dragged).toContain('toCap=');
    await undo.click();
    await expect.poll(() => search(page)).toBe('?v=1');
    await expect(figure(page, 'New researchers ratio')).toHaveText('1 : 1');
    await expect(redo).toBeEnabled();
    await redo.click();
    await expect.poll(() => search(page)).toBe(dragged);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => search(page)).toBe('?v=1');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => search(page)).toBe(dragged);
  });

  test('the figures CSV holds the numbers on screen', async ({ page }) => {
    await page.goto('./?v=1&toSafety=49&toIndep=29&toCap=1.4&indepWeight=0');
    const { download, bytes } = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download figures as CSV' }).click(),
    );
    expect(download.suggestedFilename()).toBe('figures.csv');
    const text = bytes.toString('utf8');
    expect(text).toContain('# Scenario link: ');
    for (const label of [
      'Field ratio now',
      'Field ratio after',
      'Field ratio without the program',
      'New researchers ratio',
      'Capabilities per 100 safety',
      'Net impact at 1:10',
      'Net impact at 1:100',
    ]) {
      const shown = (await figure(page, label).textContent()) ?? '';
      const row = text.split('\r\n').find((line) => line.startsWith(`${label},`));
      expect(row, label).toBeDefined();
      expect(row?.endsWith(`,${shown}`), `${label}: ${row} vs ${shown}`).toBe(true);
    }
  });

  test('the scenario JSON re-imports to the same scenario', async ({ page }) => {
    await page.goto('./?v=1&cap=100000&saf=1100&cohort=292&toSafety=80&toCap=10&neutral=20');
    const { download } = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download scenario as JSON' }).click(),
    );
    const path = await download.path();
    const json = JSON.parse(await readFile(path, 'utf8')) as { link: string };
    expect(json.link).toBe('?v=1&cap=100000&saf=1100&cohort=292&toSafety=80&toCap=10&neutral=20');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => search(page)).toBe('?v=1');
    await page.getByLabel('Import scenario from a JSON file').setInputFiles(path);
    await expect.poll(() => search(page)).toBe(json.link);
    await expect(slider(page, 'Your net-neutral ratio')).toHaveAttribute(
      'aria-valuetext',
      '1 : 20',
    );
  });

  test('embed mode shows the one chart it was asked for, without a single slider', async ({
    page,
  }) => {
    await page.goto('./?v=1&cohort=1200&embed=impact');
    await expect(
      page.getByRole('heading', { name: 'Net impact against cohort size' }),
    ).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(1);
    // No control changes the scenario; the chart's keyboard readout is the only slider.
    await expect(page.locator('input, select, textarea')).toHaveCount(0);
    await expect(page.getByRole('slider', { name: /^Values along the / })).toHaveCount(1);
    const back = page.getByRole('link', { name: 'Open the full explorer with this scenario' });
    await expect(back).toHaveAttribute('href', /\?v=1&cohort=1200$/);
    // Old embed=1 links open the headline figures (see link-codec.ts).
    await page.goto('./?v=1&cohort=1200&embed=1');
    await expect(figure(page, 'Field ratio after')).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(0);
  });

  test('the embed dialog gives an iframe snippet for this scenario', async ({ page }) => {
    await page.goto('./?v=1&cohort=1200');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = page.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/^<iframe src="[^"]*\?v=1&amp;cohort=1200&amp;embed=field"/);
    await page.getByRole('radio', { name: 'Figures for this scenario' }).check();
    await page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect(code).toHaveValue(/&amp;embed=figures&amp;theme=dark" [^>]*height="800"/);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(code).toBeHidden();
  });

  test('the quote follows the sliders once it is near the viewport', async ({ page }) => {
    await page.goto('./');
    const quote = page.getByRole('textbox', { name: 'Ready to paste into a comment' });
    await expect(quote).toHaveValue(/10,500 : 1,500, or 7 : 1\..*\?v=1$/);
    await dragSlider(page, 'Cohort size', 0.1);
    // Far below the sliders the quote is paused (src/ui/use-near-viewport.ts) …
    await expect.poll(() => search(page)).toMatch(/cohort=\d+/);
    await expect(quote).toHaveValue(/10,500 : 1,500/);
    // … and shows the dragged scenario, with its link, as soon as the reader scrolls to it.
    await quote.scrollIntoViewIfNeeded();
    await expect(quote).not.toHaveValue(/10,500 : 1,500/);
    await expect(quote).toHaveValue(/\?v=1&cohort=\d+$/);
  });
});
