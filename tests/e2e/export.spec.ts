/**
 * Chart pictures are real files: each chart's SVG is vector SVG that a non-browser renderer
 * (librsvg's rsvg-convert, which `.ci/run` installs) draws as a picture, not a blank page, and
 * the PNG has the fixed landscape size and the light theme whatever the device and its theme.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CHART_PALETTES } from '../../src/theme/colors';
import { expect, test } from './fixtures';

const CHART_TITLES = [
  'How the field ratio moves with cohort size',
  'New researchers against the net-neutral lines',
  'Net impact against cohort size',
];

/** The export's fixed size (src/export/chart-svg-layout.ts) and the PNG's scale. */
const EXPORT = { width: 1200, height: 675 };
const PNG_SCALE = 2;

/** A pin with a hostile name, compared in every chart: its name is in each legend. */
const HOSTILE_NAME = '</text><script>alert(1)</script>';
const SCENARIO = `./?v=1&cohort=1200&pin1=${encodeURIComponent(HOSTILE_NAME)}&pin1.cohort=300&compare=pin1`;

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await file.path());
}

interface PictureStats {
  readonly width: number;
  readonly height: number;
  /** The top-left pixel, [r, g, b, a]. */
  readonly corner: readonly number[];
  /** Share of pixels that differ clearly from the top-left (background) pixel. */
  readonly inked: number;
  /** Colours (to 4 bits a channel) that cover at least 0.01 % of the picture. */
  readonly colours: number;
}

/** Decodes a PNG with the page's own image decoder and counts what is drawn on it. */
function pictureStats(page: Page, png: Buffer): Promise<PictureStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const corner = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0, data[3] ?? 0];
    const counts = new Map<number, number>();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      const distance =
        Math.abs(r - (corner[0] ?? 0)) +
        Math.abs(g - (corner[1] ?? 0)) +
        Math.abs(b - (corner[2] ?? 0)) +
        Math.abs(a - (corner[3] ?? 0));
      if (distance > 48) inked += 1;
      const key = ((r >> 4) << 12) | ((g >> 4) << 8) | ((b >> 4) << 4) | (a >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const pixels = data.length / 4;
    const colours = [...counts.values()].filter((count) => count >= pixels / 10_000).length;
    return { width: canvas.width, height: canvas.height, corner, inked: inked / pixels, colours };
  }, png.toString('base64'));
}

/** Renders SVG text with librsvg, outside any browser; returns the PNG. */
async function rsvgConvert(svg: string, name: string): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'chart-export-'));
  const file = join(folder, `${name}.svg`);
  await writeFile(file, svg, 'utf8');
  return execFileSync('rsvg-convert', ['--format=png', file], { maxBuffer: 64 * 1024 * 1024 });
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function chartReady(page: Page, title: string): Promise<Locator> {
  const chart = page.getByRole('figure', { name: title });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('path.chart-line').first()).toBeVisible();
  return chart;
}

test.describe('chart SVG export', () => {
  test('each chart downloads small vector SVG that librsvg draws as a picture', async ({
    page,
  }) => {
    await page.goto(SCENARIO);
    for (const title of CHART_TITLES) {
      const chart = await chartReady(page, title);
      const bytes = await download(
        page,
        chart.getByRole('button', { name: 'Download chart as SVG' }),
      );
      const svg = bytes.toString('utf8');
      expect(bytes.length, `${title}: size`).toBeLessThan(100 * 1024);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain(`viewBox="0 0 ${EXPORT.width} ${EXPORT.height}"`);
      // Nothing that needs a browser or the page's stylesheet, and no markup from the link.
      expect(svg).not.toMatch(/foreignObject|var\(|<script|\sclass="|\sstyle="/i);
      // Title, legend (with the hostile pin name as text), source line and link.
      expect(svg).toContain(title);
      expect(svg).toContain('Compared: &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(svg).toContain('Source: Safety vs capabilities ratio explorer');
      expect(svg).toContain('cohort=1200');
      // The live layer's pointer target (a keyboard slider) is not part of the picture.
      expect(svg).not.toContain('aria-');

      const rendered = await rsvgConvert(svg, `chart-${CHART_TITLES.indexOf(title)}`);
      expect(pngSize(rendered)).toEqual(EXPORT);
      const stats = await pictureStats(page, rendered);
      expect(stats.corner, `${title}: white background`).toEqual([255, 255, 255, 255]);
      expect(stats.inked, `${title}: drawn, not blank`).toBeGreaterThan(0.02);
      expect(stats.colours, `${title}: several colours`).toBeGreaterThanOrEqual(5);
    }
  });
});

test.describe('chart PNG export on a phone in dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('is the fixed landscape picture in the light theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SCENARIO);
    const dark = Object.values(CHART_PALETTES.dark).map((colour) => colour.toLowerCase());
    const light = new Set(Object.values(CHART_PALETTES.light).map((c) => c.toLowerCase()));
    for (const title of CHART_TITLES) {
      const chart = await chartReady(page, title);
      const png = await download(
        page,
        chart.getByRole('button', { name: 'Download chart as PNG' }),
      );
      expect(pngSize(png)).toEqual({
        width: EXPORT.width * PNG_SCALE,
        height: EXPORT.height * PNG_SCALE,
      });
      const stats = await pictureStats(page, png);
      expect(stats.corner, `${title}: light background`).toEqual([255, 255, 255, 255]);
      expect(stats.inked, `${title}: drawn, not blank`).toBeGreaterThan(0.02);
      expect(stats.colours).toBeGreaterThanOrEqual(5);

      // The SVG, too, carries the light palette, not the page's dark one.
      const svg = (
        await download(page, chart.getByRole('button', { name: 'Download chart as SVG' }))
      )
        .toString('utf8')
        .toLowerCase();
      for (const colour of dark) {
        if (!light.has(colour))
          expect(svg, `${title}: dark colour ${colour}`).not.toContain(colour);
      }
      expect(svg).toContain(CHART_PALETTES.light.axis.toLowerCase());
    }
  });
});
