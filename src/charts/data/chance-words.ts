/**
 * Shares of samples as the uncertainty charts write them: a percentage with one decimal, and
 * "> 99.9 %" / "< 0.1 %" when a share rounds to 100 % or 0 % but some samples fall on the other
 * side (so a reader never reads "100.0 %" while a sample disagrees).
 */
import { formatCount } from '../../format/format';

export function formatSharePercent(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  const percent = 100 * Math.min(1, Math.max(0, share));
  if (percent > 99.95 && percent < 100) return '> 99.9 %';
  if (percent < 0.05 && percent > 0) return '< 0.1 %';
  return `${percent.toFixed(1)} %`;
}

/** "1 sample", "1,234 samples". */
export function formatSamples(count: number): string {
  return `${formatCount(Math.round(count))} ${Math.round(count) === 1 ? 'sample' : 'samples'}`;
}
