/**
 * Adds a Content-Security-Policy <meta> to the built index.html only: the dev server injects
 * inline scripts (React refresh, the Vite client) that this policy would rightly block.
 *
 * The page loads everything from its own origin and runs no inline script. Styles: the bundle's
 * stylesheet is a file (style-src-elem 'self'); React and recharts set inline styles only through
 * the CSSOM (element.style), which CSP does not restrict, so no style="" attribute in markup is
 * needed either (style-src-attr 'none'). Images allow data: and blob: URLs, which the chart image
 * export draws through. `frame-ancestors` (clickjacking) and `report-uri` are ignored in a <meta>
 * policy; a host that can send headers should add `frame-ancestors 'none'` as a header.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'none'",
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

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

export function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Straight after the charset declaration (which must come first) and before every script
      // and stylesheet: a meta policy only governs what comes after it.
      handler(html) {
        if (!CHARSET.test(html))
          throw new Error('index.html: no <meta charset> to put the CSP after');
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
