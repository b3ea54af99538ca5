/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chartPaletteCss } from './vite-plugins/chart-palette-css.ts';
import { contentSecurityPolicy } from './vite-plugins/content-security-policy.ts';
import { initialAppChunk, initialChunk } from './vite-plugins/initial-app-chunk.ts';
import { linkPreview } from './vite-plugins/link-preview.ts';
import { lowPriorityScripts } from './vite-plugins/low-priority-scripts.ts';
import { prerenderPage } from './vite-plugins/prerender.ts';
import { isRechartsCopy, rechartsD3 } from './vite-plugins/recharts-d3.ts';

const D3 = /node_modules[\\/](d3-[^\\/]+|internmap)[\\/]/;
const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

// base './' makes the build relocatable: the same dist/ works at a domain root or in a sub-folder
// of any static host, because every asset URL is relative to index.html.
export default defineConfig({
  base: './',
  // linkPreview reads the site's absolute address from SITE_URL (README, "Deploying"). The CSP
  // hashes the page's inline code after every other change to index.html (it runs 'post').
  // rechartsD3 gives recharts a d3-scale without time scales and its own d3-shape, so the d3
  // chunk holds only what the page draws with.
  plugins: [
    react(),
    chartPaletteCss(),
    rechartsD3(),
    prerenderPage(),
    linkPreview(),
    lowPriorityScripts(),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks, so a new release of the app (about 18 KiB gzip) does not
        // make returning readers download React and recharts (about 190 KiB) again. Each chunk
        // stays under Vite's 500 kB warning, so the warning is left on.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            {
              // The d3 the page draws with before its first paint (the live layer's lines and
              // marker shapes, d3-array's ticks); the d3 only recharts uses (its scales, with
              // d3-interpolate, d3-color and d3-format) loads with recharts, once the first plot
              // draws (ui/charts/plot-frames.tsx; vite-plugins/recharts-d3.ts).
              name: initialChunk(ENTRY, 'd3', (id) => D3.test(id) && !isRechartsCopy(id)),
              // A name for Rolldown's timing report, which cannot print a function.
              debugName: 'd3',
              priority: 2,
            },
            {
              // The app's own code before the first paint, in one file (initial-app-chunk.ts).
              name: initialAppChunk(ENTRY, 'index'),
              debugName: 'index',
              priority: 0,
            },
            {
              // Everything else from node_modules is recharts and what it needs; zustand (1 KiB,
              // used by the page from the start) stays in the page's own chunk.
              name: 'recharts',
              test: /node_modules[\\/](?!zustand[\\/])/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Pure tests run in Node; only tests that need a DOM pay for jsdom (about 0.5 s per file).
    // A unit test that needs one says so with a `@vitest-environment jsdom` comment.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
