/**
 * Serves the built app with `vite preview` on 127.0.0.1:4180 (or another port; strict) and stops
 * it again.
 * The server is started with this Node binary directly (not through npx), so the process we
 * stop is the server itself.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const HOST = '127.0.0.1';
export const PORT = 4180;
export const BASE_URL = `http://${HOST}:${PORT}/`;

const require = createRequire(import.meta.url);

/** @returns {string} Path of vite's command-line script. */
function viteBin() {
  const packageJson = require.resolve('vite/package.json');
  return join(dirname(packageJson), 'bin', 'vite.js');
}

/**
 * @typedef {object} PreviewServer
 * @property {string} url
 * @property {() => Promise<void>} stop Stops the server; safe to call twice.
 */

/** @returns {Promise<number>} A port nothing listens on now (the system picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * @param {string} outDir The folder to serve.
 * @param {number} [port]
 * @returns {Promise<PreviewServer>}
 */
export async function startPreview(outDir, port = PORT) {
  const url = `http://${HOST}:${port}/`;
  const child = spawn(
    process.execPath,
    [
      viteBin(),
      'preview',
      '--host',
      HOST,
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timeout = delay(5000).then(() => 'timeout');
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited (port ${port} busy?):\n${output}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await delay(150);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}
