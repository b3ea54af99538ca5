import { defineConfig, devices } from '@playwright/test';

// Browser tests run in Debian's Chromium (playwright cannot download its own browser here),
// against the production build served by `vite preview`.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT / PW_OUT_DIR let two builds be tested side by side (e.g. `vite build --outDir dist-b`).
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
