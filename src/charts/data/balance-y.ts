/**
 * Where a new researchers balance sits on chart 2's log axis (new safety per new capabilities):
 * clamped to the display range, with a flag when it lies beyond it. "All safety" and "all
 * capabilities" have no finite ratio, so they sit on the top and bottom edges; "none" has no
 * ratio at all and is not drawn. Shared by the chart's line and its published reference points,
 * so a reference point and the current split with the same placements land on the same spot.
 */
import type { NewResearchersBalance } from '../../model/calculate';
import { formatBalance } from '../../format/format';
import { newRatioPhrase } from '../../format/sentences';
import { clampToLogDomain, LOG_DOMAIN_MAX, LOG_DOMAIN_MIN, type OffScale } from './split-axes';

export function balanceY(balance: NewResearchersBalance): { y: number | null; offScale: OffScale } {
  switch (balance.kind) {
    case 'none':
      return { y: null, offScale: null };
    case 'all-safety':
      return { y: LOG_DOMAIN_MAX, offScale: 'above' };
    case 'all-capabilities':
      return { y: LOG_DOMAIN_MIN, offScale: 'below' };
    case 'both':
      return clampToLogDomain(balance.safetyPerCapabilities);
  }
}

/** The ratio's own words say "all safety" at the ends; a finite ratio says where it went. */
export function offScaleNote(point: {
  readonly balance: NewResearchersBalance['kind'];
  readonly offScale: OffScale;
}): string {
  if (point.balance !== 'both') return '';
  if (point.offScale === 'above') return ' (above the chart)';
  if (point.offScale === 'below') return ' (below the chart)';
  return '';
}

/**
 * How the chart's readout, CSV and published points word a split: a ratio with its orientation
 * and where it went if off the chart ("2,000 : 1 safety to capabilities (above the chart)"), or
 * the named edge case ("all capabilities (no safety placements)").
 */
export function balanceDisplay(
  balance: NewResearchersBalance,
  newSafety: number,
  newCapabilities: number,
  offScale: OffScale,
): string {
  return balance.kind === 'both'
    ? `${newRatioPhrase(newSafety, newCapabilities)}${offScaleNote({ balance: 'both', offScale })}`
    : formatBalance(balance, newSafety, newCapabilities);
}
