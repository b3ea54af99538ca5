import { describe, expect, it } from 'vitest';
import {
  FIRST_URL_VERSION,
  MIGRATIONS,
  runMigrations,
  URL_VERSION,
  type UrlMigration,
  type UrlParams,
} from '../../src/url';

/** Appends a step name to `trail`, so the test can see which migrations ran and in what order. */
function step(from: number, extra?: (next: Map<string, string>) => void): UrlMigration {
  return {
    from,
    to: from + 1,
    migrate: (params: UrlParams) => {
      const next = new Map(params);
      next.set('trail', `${params.get('trail') ?? ''}${from}>${from + 1};`);
      extra?.(next);
      return next;
    },
  };
}

// v1 → v2 renames `old` to `renamed`; v2 → v3 doubles it: order matters.
const INJECTED: readonly UrlMigration[] = [
  step(1, (next) => {
    const old = next.get('old');
    next.delete('old');
    if (old !== undefined) next.set('renamed', old);
  }),
  step(2, (next) => {
    const renamed = next.get('renamed');
    if (renamed !== undefined) next.set('renamed', String(Number(renamed) * 2));
  }),
  step(3),
];

describe('runMigrations', () => {
  it('applies every migration in order from the first version', () => {
    const result = runMigrations(new Map([['old', '5']]), 1, INJECTED);
    expect(result.get('trail')).toBe('1>2;2>3;3>4;');
    expect(result.get('renamed')).toBe('10');
    expect(result.has('old')).toBe(false);
  });

  it('skips migrations below the link version', () => {
    const result = runMigrations(new Map([['renamed', '5']]), 2, INJECTED);
    expect(result.get('trail')).toBe('2>3;3>4;');
    expect(result.get('renamed')).toBe('10');
  });

  it('applies nothing to a link already at, or newer than, the last version', () => {
    const params: UrlParams = new Map([['renamed', '5']]);
    expect(runMigrations(params, 4, INJECTED)).toBe(params);
    expect(runMigrations(params, 99, INJECTED)).toBe(params);
  });

  it('does not edit the params it is given', () => {
    const params = new Map([['old', '5']]);
    runMigrations(params, 1, INJECTED);
    expect([...params]).toEqual([['old', '5']]);
  });

  it('uses the real list by default, which is empty while v1 is the only version', () => {
    const params: UrlParams = new Map([['cohort', '1200']]);
    expect(runMigrations(params, 1)).toBe(params);
    expect(URL_VERSION).toBe(1);
    expect(FIRST_URL_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('keeps the real list a gapless chain from the first version to URL_VERSION', () => {
    let version = FIRST_URL_VERSION;
    for (const migration of MIGRATIONS) {
      expect(migration.from).toBe(version);
      expect(migration.to).toBe(version + 1);
      version = migration.to;
    }
    expect(version).toBe(URL_VERSION);
  });
});
