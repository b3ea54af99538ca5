/* global requestAnimationFrame, window -- used by code that runs in the page */
/**
 * Redraws public/og-image.png, the picture of a shared link's preview (og:image and
 * twitter:image, added by vite-plugins/link-preview.ts): `npm run og-image`, then commit it, so
 * builds on machines without Chromium still ship it.
 *
 * Builds the production bundle into a temporary folder, serves it with `vite preview` on a free
 * port, opens the default scenario in Debian's Chromium at 1200 × 630 (the size Facebook, X,
 * LinkedIn and Slack show large) in the light theme, and photographs the top of the page once
 * the first chart has drawn. A preview is seen at about 500 px wide, so the page is tightened
 * first: the toolbar, the lede (the description says it), the presets, the second row of figures
 * and the panels between the figures and the first chart are hidden for the picture (through
 * element.style, which the CSP allows), leaving the title, the sliders, the four headline ratios
 * and the first chart, photographed from the top of the page (openApp leaves it scrolled to the
 * first chart).
 * OG_IMAGE_ALT in the plugin describes this picture: change both together.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_CHART_LINE, launchBrowser, openApp } from './bench/browser.mjs';
import { buildApp } from './bench/build.mjs';
import { freePort, startPreview } from './bench/server.mjs';

const OUTPUT = fileURLToPath(new URL('../public/og-image.png', import.meta.url));
const SIZE = { width: 1200, height: 630 };
// WhatsApp is reported to drop preview pictures above about 300 KB.
const MAX_BYTES = 300 * 1024;

/**
 * What is hidden, found by role and name where the page gives one. A locator that matches
 * nothing fails the script (after a short wait) instead of quietly photographing a different
 * composition.
 *
 * @param {import('playwright-core').Page} page
 */
function hiddenForThePicture(page) {
  const region = (name) => page.getByRole('region', { name, exact: true });
  const heading = (name) => page.getByRole('heading', { name, exact: true });
  return [
    page.locator('.page__header .toolbar'),
    page.locator('.page__lede'),
    region('Presets'),
    region('Changed from default'),
    heading('Figures for this scenario'),
    page.locator('.headline__break-even'),
    page.locator('.headline__group--verdicts'),
    region('Compare and pin'),
    heading('Charts'),
  ];
}

// The picture does not depend on the site's address; an empty SITE_URL (which outranks .env
// files) also keeps the build from asking for the very image this script makes.
process.env.SITE_URL = '';
const outDir = await mkdtemp(join(tmpdir(), 'og-image-'));
try {
  await buildApp(outDir);
  const server = await startPreview(outDir, await freePort());
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: SIZE,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await openApp(page, server.url);
    for (const locator of hiddenForThePicture(page)) {
      await locator.evaluate((element) => (element.style.display = 'none'), undefined, {
        timeout: 5000,
      });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    // Let the charts' resize observers and the far-section pausing settle on the new layout.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.locator(FIRST_CHART_LINE).first().waitFor();
    await page.screenshot({ path: OUTPUT });
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}

const { size } = await stat(OUTPUT);
console.log(`public/og-image.png: ${SIZE.width} × ${SIZE.height}, ${(size / 1024).toFixed(0)} KB`);
if (size > MAX_BYTES) {
  console.warn(`Over ${MAX_BYTES / 1024} KB: some apps will show the preview without it.`);
  process.exitCode = 1;
}
