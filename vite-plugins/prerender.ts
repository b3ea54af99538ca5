/**
 * Writes the page's HTML for the default scenario into the built index.html's `#root`
 * (src/prerender-page.tsx, rendered by React's static renderer in Node), so the first paint
 * shows the explorer before any JavaScript has loaded; src/main.tsx hydrates it.
 *
 * The app is loaded through a throwaway Vite server in middleware mode (`ssrLoadModule`), so
 * the prerender sees the same source, TypeScript and CSS imports as the bundle. Build only: the
 * dev server renders in the browser as before.
 */
import { createServer, type Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

/** Puts `body` inside the page's empty root element. */
export function fillRoot(html: string, body: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html: no ${EMPTY_ROOT} to prerender into`);
  return html.replace(EMPTY_ROOT, () => `<div id="root">${body}</div>`);
}

export function prerenderPage(): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const page = (await server.ssrLoadModule('/src/prerender-page.tsx')) as {
            renderDefaultPage: () => Promise<string>;
          };
          return fillRoot(html, await page.renderDefaultPage());
        } finally {
          await server.close();
        }
      },
    },
  };
}
