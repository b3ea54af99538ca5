/**
 * Renders the PNG app icons from public/favicon.svg, so the SVG stays the one drawing of the
 * icon: `node scripts/make-icons.mjs` after changing it, then commit the PNGs.
 *
 * Uses Debian's Chromium through playwright-core (no image library needed) and screenshots the
 * SVG at each size:
 * - icon-192.png, icon-512.png: the favicon as drawn (rounded square, transparent corners), for
 *   the web app manifest (`purpose: any`);
 * - icon-maskable-512.png: full-bleed background with the chart line shrunk into the central 80 %
 *   safe zone, so launchers may crop it to a circle or squircle (`purpose: maskable`);
 * - apple-touch-icon.png (180): full bleed too, because iOS rounds the corners itself and fills
 *   transparent ones with black.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = await readFile(`${publicDir}favicon.svg`, 'utf8');

/** The favicon with square corners and its drawing scaled about the centre by `scale`. */
function fullBleed(svg, scale) {
  const square = svg.replace(/\s+rx="[^"]*"/, '');
  const offset = 16 * (1 - scale);
  return square
    .replace(/(<path\b)/, `<g transform="translate(${offset} ${offset}) scale(${scale})">$1`)
    .replace(/(<\/svg>)/, '</g>$1');
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(favicon, 0.7) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(favicon, 0.85) },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page
      .locator('svg')
      .screenshot({ path: `${publicDir}${icon.file}`, omitBackground: true });
    await page.close();
    console.log(`public/${icon.file} (${icon.size} × ${icon.size})`);
  }
} finally {
  await browser.close();
}
