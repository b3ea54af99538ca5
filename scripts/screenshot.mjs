/**
 * Refreshes docs/screenshot.png: serves the production build, opens it in Debian Chromium at
 * 1440 px and saves a full-page picture. Run with `npm run screenshot` after `npm run build`.
 */
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const url = 'http://127.0.0.1:4174/';
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', '4174', '--strictPort'],
  {
    stdio: 'ignore',
  },
);

try {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await delay(200);
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(url);
  await page.getByRole('heading', { name: /How the field ratio moves/ }).waitFor();
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: false });
  await browser.close();
} finally {
  server.kill();
}
