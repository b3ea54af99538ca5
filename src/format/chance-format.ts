/**
 * The chance of net positive as the page writes it ("62.4 %", "> 99.9 %", "over 99.9 %" in a
 * sentence) and how a run was made ("10,000 samples, seed 1"): the headline's chances row and the
 * argument's sentence, which load with the page (uncertainty-format.ts, the figures' medians and
 * intervals, loads with the first range and re-exports these).
 */
import type { Chance } from '../model/uncertainty';
import { createDecimalFormat } from './decimal-format';
import { formatCount } from './format';

const percentOneDecimal = createDecimalFormat({
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** The smallest and largest chance written as a number when samples fall on both sides. */
const LOWEST_SHOWN = 0.1;
const HIGHEST_SHOWN = 99.9;

/**
 * A chance as the page shows it: one decimal ("62.4 %"). Decided on the counts, not the rounded
 * share: "> 99.9 %" only when every sample is net positive and "< 0.1 %" only when none is
 * (sampling can never show certainty, so the page never writes 100 % or 0 %); a chance with
 * samples on both sides that would round to 100.0 % or 0.0 % is written 99.9 % or 0.1 %, so the
 * "> / <" forms always mean "no sample on the other side".
 */
export function formatChance(chance: Chance): string {
  const { positive, samples } = chance;
  if (!(samples > 0) || !Number.isFinite(positive) || !Number.isFinite(samples)) return 'n/a';
  if (positive >= samples) return `> ${percentOneDecimal.format(HIGHEST_SHOWN)} %`;
  if (positive <= 0) return `< ${percentOneDecimal.format(LOWEST_SHOWN)} %`;
  const percent = Math.min(HIGHEST_SHOWN, Math.max(LOWEST_SHOWN, (100 * positive) / samples));
  return `${percentOneDecimal.format(percent)} %`;
}

/** The chance inside a sentence: "62.4 %", "over 99.9 %", "under 0.1 %". */
export function formatChanceInWords(chance: Chance): string {
  return formatChance(chance).replace(/^> /, 'over ').replace(/^< /, 'under ');
}

/** "10,000 samples, seed 1": how a run was made, so a reader can repeat it. */
export function formatSampling(samples: number, seed: number): string {
  return `${formatCount(samples)} ${samples === 1 ? 'sample' : 'samples'}, seed ${formatCount(seed)}`;
}
