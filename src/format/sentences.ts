/**
 * Phrases shared by every generated sentence (the quote, the argument, the charts' "In words"
 * texts and readouts), so each quantity is written one way everywhere (issue 9, fault 10):
 *
 * - the FIELD ratio is always capabilities : safety, as the thread writes 10 : 1 → 7 : 1;
 * - the NEW RESEARCHERS ratio is always safety : capabilities, as the longitudinal 8 : 1 is;
 * - a ratio in a sentence carries its orientation ("8 : 1 safety to capabilities").
 *
 * The edge cases of the new researchers' balance (nobody placed, only one side) are named
 * results, not ratios, so they get their own wording instead of a ratio with a unit glued on
 * (issue 9, fault 4: "all capabilities (no safety placements) safety to capabilities").
 */
import type { NewResearchersBalance, VerdictOutcome } from '../model/calculate';
import { cohortShareOfPlacedShare } from '../model/split';
import { formatPercent, formatRatio } from './format';

/** How the field ratio is written: capabilities first. */
export const FIELD_ORIENTATION = 'capabilities to safety';
/** How the new researchers ratio is written: safety first. */
export const NEW_RESEARCHERS_ORIENTATION = 'safety to capabilities';

export const OUTCOME_WORDS: Readonly<Record<VerdictOutcome, string>> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

/** "10 : 1 capabilities to safety": the field ratio with its orientation. */
export function fieldRatioPhrase(capabilities: number, safety: number): string {
  return `${formatRatio(capabilities, safety)} ${FIELD_ORIENTATION}`;
}

/** "8 : 1 safety to capabilities": a new researchers ratio with its orientation. */
export function newRatioPhrase(newSafety: number, newCapabilities: number): string {
  return `${formatRatio(newSafety, newCapabilities)} ${NEW_RESEARCHERS_ORIENTATION}`;
}

/**
 * The new researchers' balance as a noun phrase that fits after "gives" or a colon:
 * "8 : 1 safety to capabilities", "only safety researchers (no capabilities placements)".
 */
export function balancePhrase(
  kind: NewResearchersBalance['kind'],
  newSafety: number,
  newCapabilities: number,
): string {
  switch (kind) {
    case 'none':
      return 'no researchers on either side';
    case 'all-safety':
      return 'only safety researchers (no capabilities placements)';
    case 'all-capabilities':
      return 'only capabilities researchers (no safety placements)';
    case 'both':
      return newRatioPhrase(newSafety, newCapabilities);
  }
}

/**
 * The new researchers' balance as a clause, without a capital or a full stop:
 * "the new researchers are 8 : 1 safety to capabilities", "every new researcher counts as
 * capabilities (none as safety)", "no new researcher counts on either side".
 */
export function newResearchersClause(
  kind: NewResearchersBalance['kind'],
  newSafety: number,
  newCapabilities: number,
): string {
  return newResearchersClauseWith(kind, () => newRatioPhrase(newSafety, newCapabilities));
}

/**
 * The same clause with the ratio as the caller writes it (a chart point adds where it sits on
 * the axis: "2,000 : 1 safety to capabilities (above the chart)"); `ratio` is read only when
 * both sides have new researchers.
 */
export function newResearchersClauseWith(
  kind: NewResearchersBalance['kind'],
  ratio: () => string,
): string {
  switch (kind) {
    case 'none':
      return 'no new researcher counts on either side';
    case 'all-safety':
      return 'every new researcher counts as safety (none as capabilities)';
    case 'all-capabilities':
      return 'every new researcher counts as capabilities (none as safety)';
    case 'both':
      return `the new researchers are ${ratio()}`;
  }
}

/**
 * A share of placed people (chart 2's x axis) with the share of the whole cohort beside it when
 * the two differ (some of the cohort is not placed), since the sliders are shares of the cohort:
 * "11.1 % of placed people (10 % of the cohort)". `placedShare` is the percentage of the cohort
 * that is placed, or null when no one is (the chart then shows a hypothetical cohort).
 */
export function placedSharePhrase(capShare: number, placedShare: number | null): string {
  const placed = `${formatPercent(capShare)} of placed people`;
  if (placedShare === null || placedShare >= 100 || capShare <= 0) return placed;
  return `${placed} (${formatPercent(cohortShareOfPlacedShare(capShare, placedShare))} of the cohort)`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
