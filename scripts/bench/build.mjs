/**
 * Builds the app with the project's own vite.config.ts (so the chunking is the real one) into a
 * benchmark-only folder, and records what each output chunk contains (rendered bytes per npm
 * package, or "app" for src/). The folder is not dist/, so a benchmark never swaps the files
 * under a Playwright run that is serving dist/.
 */
import { build } from 'vite';

/**
 * @typedef {object} ChunkInfo
 * @property {string} fileName Path inside the output folder, e.g. "assets/react-Ab12.js".
 * @property {string} name Chunk name (the codeSplitting group, or the entry's name).
 * @property {boolean} isEntry
 * @property {string[]} imports Static imports (file names).
 * @property {string[]} dynamicImports
 * @property {string[]} css CSS files this chunk loads.
 * @property {Array<{ source: string, bytes: number }>} contents Rendered (pre-minification)
 *   bytes per source, largest first.
 */

/**
 * @param {string} id Module id (absolute path or virtual id).
 * @returns {string} npm package name, or "app" for the project's own code.
 */
export function sourceOf(id) {
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.replaceAll('\\', '/'));
  if (match) return match[1];
  return id.startsWith('\0') ? 'bundler runtime' : 'app';
}

/**
 * Collects chunk contents while the bundle is written.
 *
 * @param {ChunkInfo[]} chunks Filled in by the plugin.
 * @returns {import('vite').Plugin}
 */
function chunkContentsPlugin(chunks) {
  return {
    name: 'bench-chunk-contents',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        /** @type {Map<string, number>} */
        const bytes = new Map();
        for (const [id, module] of Object.entries(item.modules)) {
          const source = sourceOf(id);
          bytes.set(source, (bytes.get(source) ?? 0) + module.renderedLength);
        }
        chunks.push({
          fileName: item.fileName,
          name: item.name,
          isEntry: item.isEntry,
          imports: [...item.imports],
          dynamicImports: [...item.dynamicImports],
          css: [...(item.viteMetadata?.importedCss ?? [])],
          contents: [...bytes]
            .map(([source, size]) => ({ source, bytes: size }))
            .sort((a, b) => b.bytes - a.bytes),
        });
      }
    },
  };
}

/**
 * Runs `vite build` in-process.
 *
 * @param {string} outDir Absolute output folder (emptied first).
 * @returns {Promise<{ chunks: ChunkInfo[], ms: number }>}
 */
export async function buildApp(outDir) {
  /** @type {ChunkInfo[]} */
  const chunks = [];
  const started = performance.now();
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [chunkContentsPlugin(chunks)],
  });
  return { chunks, ms: performance.now() - started };
}
