/**
 * A chunk that did not arrive is asked for again at a new address (src/app/retry-import.ts):
 * Chromium 150 rejects a second import of an address whose fetch failed without fetching it.
 */
import { describe, expect, it } from 'vitest';
import { failedModuleAddress, retryAddress, retryingImport } from '../../src/app/retry-import';

const ORIGIN = 'https://explorer.example';
const CHUNK = `${ORIGIN}/assets/range-parts-4Z4b9PZb.js`;

describe('failedModuleAddress', () => {
  it.each([
    ['Chromium', new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), CHUNK],
    ['Firefox', new TypeError(`error loading dynamically imported module: ${CHUNK}`), CHUNK],
    [
      'a chunk already asked for again (its query is dropped)',
      new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}?retry=2`),
      CHUNK,
    ],
    [
      'the dev server',
      new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/src/ui/quote-box.tsx`),
      `${ORIGIN}/src/ui/quote-box.tsx`,
    ],
  ])('reads the address from %s', (_, error, address) => {
    expect(failedModuleAddress(error, ORIGIN)).toBe(address);
  });

  it.each([
    ['Safari, which names no address', new TypeError('Importing a module script failed.')],
    [
      'another origin',
      new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
    ],
    [
      'a page, not a script',
      new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/`),
    ],
    [
      'a javascript: address',
      new TypeError('Failed to fetch dynamically imported module: javascript:alert(1)'),
    ],
    ['something that is not an error', 42],
  ])('names nothing for %s', (_, error) => {
    expect(failedModuleAddress(error, ORIGIN)).toBeNull();
  });
});

describe('retryingImport', () => {
  it('imports normally, and after a failure that names the chunk, at a new address each time', async () => {
    const asked: string[] = [];
    let loads = 0;
    const load = retryingImport(
      () => {
        loads += 1;
        return Promise.reject(
          new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`),
        );
      },
      (address) => {
        asked.push(address);
        return asked.length === 1
          ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${address}`))
          : Promise.resolve({ loaded: address });
      },
      ORIGIN,
    );
    await expect(load()).rejects.toThrow(CHUNK);
    await expect(load()).rejects.toThrow(retryAddress(CHUNK, 1));
    await expect(load()).resolves.toEqual({ loaded: `${CHUNK}?retry=2` });
    expect(loads).toBe(1);
    expect(asked).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });

  it('repeats the import itself when the failure names no address', async () => {
    let loads = 0;
    const load = retryingImport(
      () => {
        loads += 1;
        return loads === 1
          ? Promise.reject(new TypeError('Importing a module script failed.'))
          : Promise.resolve('module');
      },
      () => Promise.reject(new Error('not asked')),
      ORIGIN,
    );
    await expect(load()).rejects.toThrow('Importing a module script failed.');
    await expect(load()).resolves.toBe('module');
    expect(loads).toBe(2);
  });

  it('passes a module through untouched when the first import works', async () => {
    const module = { QuoteBox: () => null };
    const load = retryingImport(
      () => Promise.resolve(module),
      () => Promise.reject(new Error('no')),
      ORIGIN,
    );
    await expect(load()).resolves.toBe(module);
  });
});
