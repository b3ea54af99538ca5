/** Types for options.mjs (plain ESM), so the unit tests can import it. */
export interface BenchOptions {
  runs: number;
  quick: boolean;
  lighthouse: boolean;
  only: string | null;
  help: boolean;
}

export const ONLY_SECTIONS: readonly string[];
export const USAGE: string;
export class OptionsError extends Error {}
export function parseOptions(argv: readonly string[]): BenchOptions;
