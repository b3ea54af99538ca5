/**
 * The prerendered page (src/prerender-page.tsx) is rendered in Node at build time, with no
 * window or document: it must show the explorer for the defaults, with every figure a reader
 * would check, and hold nothing the page's CSP forbids (scripts, streamed parts).
 */
import { describe, expect, it } from 'vitest';
import { renderDefaultPage } from '../../src/prerender-page';

describe('the prerendered page', () => {
  it('shows the default scenario without a browser', { timeout: 60_000 }, async () => {
    expect(typeof window).toBe('undefined');
    const html = await renderDefaultPage();
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Does training safety researchers feed capabilities?');
    // The thread's illustration: 10,000 : 1,000 becomes 10,500 : 1,500 = 7 : 1.
    expect(text).toMatch(/Field ratio after 7 : 1/);
    expect(text).toContain('10,500 : 1,500');
    for (const title of [
      'How the field ratio moves with cohort size',
      'New researchers against the net-neutral lines',
      'Net impact against cohort size',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('The argument with these numbers');
    // The lazily loaded sections with controls (formulas, downloads, quote) come after hydration.
    expect(text).not.toContain('How this is calculated');
    // Every slider, at its default position.
    expect(html.match(/type="range"/g)).toHaveLength(18);
    // No plots (they measure their box in the browser), no script, no streamed parts.
    expect(html).not.toContain('recharts-surface');
    expect(html).not.toMatch(/<script|<template|NaN|undefined/);
  });
});
