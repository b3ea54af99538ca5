/**
 * Marks the built page's own scripts low priority (`fetchpriority="low"` on the entry module and
 * on Vite's modulepreload links) in the built index.html only.
 *
 * Why: the page arrives prerendered (vite-plugins/prerender.ts), so its first paint needs the
 * HTML and the stylesheet, not the code. At the browser's default, High, the ~120 KiB of
 * JavaScript shared a slow connection with the stylesheet before that paint, and Lighthouse's
 * simulation counts every High-priority script fetched before the first paint as holding it
 * back: its mobile FCP read about 0.6 s later than with the scripts at Low (1.6–1.7 s against
 * 1.0–1.1 s in two runs each on this machine). At Low the browser still fetches them at once on
 * an idle connection; on a busy one, after the stylesheet. Chunks the app imports later keep
 * the default: by then the reader is waiting for them.
 */
import type { Plugin } from 'vite';

const ENTRY_SCRIPT = /<script type="module"(?![^>]*\sfetchpriority=)([^>]*\ssrc="[^"]*"[^>]*)>/gi;
const MODULE_PRELOAD = /<link rel="modulepreload"(?![^>]*\sfetchpriority=)([^>]*)>/gi;

export function lowerScriptPriority(html: string): string {
  return html
    .replace(ENTRY_SCRIPT, '<script type="module" fetchpriority="low"$1>')
    .replace(MODULE_PRELOAD, '<link rel="modulepreload" fetchpriority="low"$1>');
}

export function lowPriorityScripts(): Plugin {
  return {
    name: 'low-priority-scripts',
    apply: 'build',
    // 'post': after Vite has written the entry's script tag and its modulepreload links.
    transformIndexHtml: { order: 'post', handler: lowerScriptPriority },
  };
}
