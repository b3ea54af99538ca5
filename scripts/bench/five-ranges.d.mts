/** Types for five-ranges.mjs (plain ESM), so the unit tests can import it. */
export const FIVE_RANGES_QUERY: string;
export const FIVE_RANGE_KEYS: readonly string[];
export const FIVE_RANGE_SLIDERS: readonly string[];
export const FIVE_RANGE_KEY_SLIDERS: readonly string[];
