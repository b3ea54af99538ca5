/**
 * Link format versions and the migrations between them (after Our World in Data's
 * GrapherUrlMigrations). A link made today must open the same scenario forever, so when the URL
 * format changes (a parameter renamed, a unit changed), bump URL_VERSION and add a migration that
 * rewrites old raw parameters into the new form. Never edit the fixtures in
 * tests/unit/url-fixtures.ts: they are the proof that old links still work.
 */

/** Raw query parameters, after duplicates are resolved: key → last raw value. */
export type UrlParams = ReadonlyMap<string, string>;

export interface UrlMigration {
  /** The version the migration reads. */
  readonly from: number;
  /** The version it produces (normally `from + 1`). */
  readonly to: number;
  /** Pure: returns new params, never edits its argument. */
  readonly migrate: (params: UrlParams) => UrlParams;
}

/** The version written into every new link as `v=`. */
export const URL_VERSION = 1;

/** Links that carry no `v` were made before versions existed; v1 is the first format. */
export const FIRST_URL_VERSION = 1;

/** Ordered by `from`. Empty: v1 is the first version, so there is nothing to migrate yet. */
export const MIGRATIONS: readonly UrlMigration[] = [];

/**
 * Applies, in list order, every migration written for the link's version or later; ones for
 * older versions are skipped (the link already has their changes). A link from a newer version
 * than this code knows skips them all and is read as is.
 */
export function runMigrations(
  params: UrlParams,
  fromVersion: number,
  migrations: readonly UrlMigration[] = MIGRATIONS,
): UrlParams {
  let current = params;
  for (const migration of migrations) {
    if (migration.from < fromVersion) continue;
    current = migration.migrate(current);
  }
  return current;
}
