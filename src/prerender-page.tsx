/**
 * The page's HTML for the default scenario, rendered at build time (vite-plugins/prerender.ts)
 * so the first paint needs no JavaScript; src/main.tsx hydrates it. Runs in Node: it reads the
 * store's initial state (the defaults) and nothing from the browser.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './ui/app';

function page() {
  return (
    <StrictMode>
      <App embed={false} />
    </StrictMode>
  );
}

// React outlines a large Suspense boundary (its content sent after the shell, put in place by an
// inline script) to speed up streaming; a static page has nothing to stream, and its CSP forbids
// inline scripts, so every boundary is written in place.
const OPTIONS = { progressiveChunkSize: Number.MAX_SAFE_INTEGER };

export async function renderDefaultPage(): Promise<string> {
  // The first pass loads the lazy sections (quote, files, formulas); the second finds them
  // loaded and writes them in place. A single pass would stream them in after the shell with
  // inline scripts, which the page's Content-Security-Policy forbids.
  await prerender(page(), OPTIONS);
  const { prelude } = await prerender(page(), OPTIONS);
  const html = await new Response(prelude).text();
  if (/<script|<template/i.test(html)) {
    throw new Error('prerender: the page HTML still holds a streamed (script) part');
  }
  return html;
}
