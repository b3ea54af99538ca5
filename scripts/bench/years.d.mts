/** Types for years.mjs (plain ESM), so the unit tests can import it. */
export const YEARS_QUERY: string;
export const YEARS_RANGES_QUERY: string;
export const YEARS_RANGE_KEYS: readonly string[];
export const YEARS_SLIDERS: readonly string[];
export const YEARS_KEY_SLIDERS: readonly string[];
export const YEARS_RANGE_SLIDERS: readonly string[];
export const YEARS_RANGE_KEY_SLIDERS: readonly string[];
