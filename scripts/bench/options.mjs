/**
 * Command-line options of `npm run bench`.
 *
 *   --runs N          repeat the interaction measurements N times (default 1) and report the
 *                     spread of the p95 across runs
 *   --quick           fewer samples (development): 12 values per slider, 3 sliders, 500 heap changes
 *   --no-lighthouse   skip the Lighthouse audit
 *   --only SECTION    measure one section only (five-ranges: the page with five ranges;
 *                     years: the years model run for 30 years, with and without ranges;
 *                     first-load: bytes, cold loads and Lighthouse;
 *                     sliders: the default page's slider inputs, at 4× and in drags)
 *   --help            print this text
 */

/** Sections `--only` can pick. */
export const ONLY_SECTIONS = Object.freeze(['five-ranges', 'years', 'first-load', 'sliders']);

/**
 * @typedef {object} BenchOptions
 * @property {number} runs Interaction runs (slider inputs, drags).
 * @property {boolean} quick Fewer samples, for development.
 * @property {boolean} lighthouse Whether to run Lighthouse.
 * @property {string | null} only Measure only this section (one of ONLY_SECTIONS); null: all.
 * @property {boolean} help Print usage and exit.
 */

export const USAGE = `Usage: npm run bench -- [--runs N] [--quick] [--no-lighthouse] [--only SECTION]

  --runs N         repeat the interaction measurements N times (default 1); prints the
                   spread (min-max) of the p95 across runs
  --quick          fewer samples, for development (figures are noisier)
  --no-lighthouse  skip the Lighthouse audit
  --only SECTION   measure one section only: ${ONLY_SECTIONS.join(', ')}
                   (five-ranges: the page with five ranges, its inputs and drags;
                   years: the years model over 30 years, its inputs and drags,
                   and with three of its inputs ranges;
                   first-load: initial bytes, cold loads and Lighthouse;
                   sliders: the default page's slider inputs, at no slowdown and 4×,
                   and its mouse drags)
`;

/** A mistake on the command line: reported without a stack trace. */
export class OptionsError extends Error {
  name = 'OptionsError';
}

/**
 * @param {readonly string[]} argv Arguments after the script name.
 * @returns {BenchOptions}
 */
export function parseOptions(argv) {
  /** @type {BenchOptions} */
  const options = { runs: 1, quick: false, lighthouse: true, only: null, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const text = arg === '--runs' ? argv[(index += 1)] : arg.slice('--runs='.length);
      const runs = Number(text);
      if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
        throw new OptionsError(`--runs takes a whole number from 1 to 20, not "${text}"`);
      }
      options.runs = runs;
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      const text = arg === '--only' ? argv[(index += 1)] : arg.slice('--only='.length);
      if (!ONLY_SECTIONS.includes(text)) {
        throw new OptionsError(`--only takes one of ${ONLY_SECTIONS.join(', ')}, not "${text}"`);
      }
      options.only = text;
    } else {
      throw new OptionsError(`Unknown option "${arg}"\n\n${USAGE}`);
    }
  }
  return options;
}
