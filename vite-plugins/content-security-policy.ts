/**
 * Adds a Content-Security-Policy <meta> to the built index.html only: the dev server injects
 * inline scripts (React refresh, the Vite client) that this policy would rightly block.
 *
 * The page loads everything from its own origin. The only inline code it may run is what the
 * built index.html itself holds, each allowed by its SHA-256 hash and nothing else: the one small
 * script in <head> that applies the theme and hides a linked scenario before the first paint,
 * and the style="" attributes React wrote into the prerendered HTML (vite-plugins/prerender.ts:
 * the plot boxes' heights and the slider marks' positions), under 'unsafe-hashes', which lets
 * exactly those attribute values through and no other. Later, React and recharts set inline
 * styles only through the CSSOM (element.style), which CSP does not restrict. Styles otherwise
 * come from the bundle's stylesheet file (style-src-elem 'self'). Images allow data: and blob:
 * URLs, which the chart image export draws through. `frame-ancestors` (clickjacking) and
 * `report-uri` are ignored in a <meta> policy; a host that can send headers should add
 * `frame-ancestors 'none'` as a header.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** What inline code a page holds: the text of each inline script and of each style attribute. */
export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styleAttributes: readonly string[];
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function findInlineCode(html: string): InlineCode {
  return {
    scripts: [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? ''),
    styleAttributes: [
      ...new Set([...html.matchAll(STYLE_ATTRIBUTE)].map((m) => decodeAttribute(m[1] ?? ''))),
    ],
  };
}

/** A CSP hash source for `text`, as the browser computes it (SHA-256 of the UTF-8 text). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicyFor(code: InlineCode): string {
  const scriptHashes = code.scripts.map(hashSource);
  const styleHashes = code.styleAttributes.map(hashSource);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "style-src-elem 'self'",
    styleHashes.length > 0
      ? ["style-src-attr 'unsafe-hashes'", ...styleHashes].join(' ')
      : "style-src-attr 'none'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

export function addContentSecurityPolicy(html: string): string {
  if (!CHARSET.test(html)) throw new Error('index.html: no <meta charset> to put the CSP after');
  const policy = contentSecurityPolicyFor(findInlineCode(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // Straight after the charset declaration (which must come first) and before every script
  // and stylesheet: a meta policy only governs what comes after it.
  return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After every other transform, the prerender included, so the hashes cover the final page.
    transformIndexHtml: { order: 'post', handler: addContentSecurityPolicy },
  };
}
