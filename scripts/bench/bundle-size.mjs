/**
 * Initial JavaScript and CSS: what index.html loads before the app can render (the entry chunk,
 * every chunk it imports statically, and their CSS), compressed with gzip level 9 here.
 * Dynamically imported chunks are listed but not counted as initial.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} AssetSize
 * @property {string} file
 * @property {'js' | 'css'} kind
 * @property {boolean} initial
 * @property {number} bytes Minified bytes on disk.
 * @property {number} gzipBytes gzip -9.
 * @property {string} contents What it holds, largest source first.
 */

/**
 * @param {number} bytes
 */
function kib(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * @param {import('./build.mjs').ChunkInfo} chunk
 * @param {number} total Rendered bytes of the chunk.
 */
function describe(chunk, total) {
  if (total === 0) return '(re-exports only)';
  const parts = chunk.contents.filter((c) => c.bytes / total >= 0.02).slice(0, 6);
  const rest = chunk.contents.length - parts.length;
  const text = parts.map((c) => `${c.source} ${Math.round((100 * c.bytes) / total)} %`).join(', ');
  return rest > 0 ? `${text} + ${rest} more` : text;
}

/**
 * @param {string} outDir Build folder.
 * @param {import('./build.mjs').ChunkInfo[]} chunks From the build.
 * @returns {Promise<{ assets: AssetSize[], initialJsGzip: number, initialCssGzip: number }>}
 */
export async function measureBundle(outDir, chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** @type {Set<string>} */
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    const chunk = byFile.get(fileName);
    chunk?.css.forEach((css) => initial.add(css));
    chunk?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  // CSS linked from index.html (Vite moves the entry's CSS there).
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  for (const match of html.matchAll(/href="\.?\/?([^"]+\.css)"/g)) initial.add(match[1]);

  const files = new Set([...chunks.map((c) => c.fileName), ...initial]);
  /** @type {AssetSize[]} */
  const assets = [];
  for (const file of files) {
    const data = await readFile(join(outDir, file));
    const chunk = byFile.get(file);
    const total = chunk ? chunk.contents.reduce((sum, c) => sum + c.bytes, 0) : 0;
    assets.push({
      file,
      kind: file.endsWith('.css') ? 'css' : 'js',
      initial: initial.has(file),
      bytes: data.length,
      gzipBytes: gzipSync(data, { level: 9 }).length,
      contents: chunk ? describe(chunk, total) : 'styles',
    });
  }
  assets.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  const sum = (kind) =>
    assets.filter((a) => a.initial && a.kind === kind).reduce((s, a) => s + a.gzipBytes, 0);
  return { assets, initialJsGzip: sum('js'), initialCssGzip: sum('css') };
}

export { kib };
