/**
 * The sentences of the new-researchers chart's text alternative ("In words"), from its series
 * (new-researchers-series.ts): the line's assumptions, the current split against the user's
 * net-neutral line, and the break-even share.
 */
import type { Verdict } from '../../model/calculate';
import type { Scenario } from '../../model/inputs';
import { formatMargin, formatNeutral, formatPercent, formatRatio } from '../../format/format';
import type { SplitPoint } from './new-researchers-series';

/**
 * Assumptions the line makes beyond the scenario: nobody placed (a hypothetical cohort) or
 * nobody outside capabilities (the safety / independent mix is assumed).
 */
export function splitNotes(
  s: Scenario,
  hypothetical: boolean,
  mixAssumed: boolean,
): readonly string[] {
  const notes: string[] = [];
  if (hypothetical) {
    notes.push(
      'Nobody in this scenario is placed, so the line shows a hypothetical cohort in which everyone is placed, with non-capabilities placements in safety roles.',
    );
  } else if (mixAssumed) {
    notes.push(
      'Every placement in this scenario is in capabilities, so the line assumes the other placements would be safety roles.',
    );
  }
  if (s.cohort <= 0 && !hypothetical) {
    notes.push(
      'The cohort is empty; the line shows the split as set, which is the same for any cohort size.',
    );
  }
  return notes;
}

const OUTCOME_WORDS: Record<Verdict['outcome'], { position: string; outcome: string }> = {
  'net-positive': { position: 'above', outcome: 'net positive' },
  'net-negative': { position: 'below', outcome: 'net negative' },
  'net-neutral': { position: 'on', outcome: 'net neutral' },
};

/** Where the scenario's own split sits against the user's net-neutral line. */
export function describeCurrent(
  s: Scenario,
  current: SplitPoint | null,
  verdict: Verdict | null,
): string {
  if (current === null || verdict === null) return '';
  const at = `At ${formatPercent(current.capShare)} of placements to capabilities`;
  const line = formatNeutral(s.neutral);
  if (current.balance === 'none') {
    return `${at} no new researcher counts on either side, so the cohort is net neutral at your ${line}.`;
  }
  const words = OUTCOME_WORDS[verdict.outcome];
  const ratio =
    current.balance === 'both' ? `${current.display} safety to capabilities` : current.display;
  return `${at} the new researchers are ${ratio}, ${words.position} your net-neutral line ${line}, so ${words.outcome} (${formatMargin(verdict.margin)}).`;
}

/** The share to capabilities below which a split is net positive, with the published splits. */
export function describeBreakEven(s: Scenario, share: number | null): string {
  const line = formatNeutral(s.neutral);
  if (share === null) return `No split is net positive at your ${line} with these judgements.`;
  return `Splits with less than ${formatPercent(share)} of placements going to capabilities are net positive at your ${line}; for comparison, the 2024 alumni survey gives ${formatRatio(49, 1.4)} and the longitudinal data ${formatRatio(80, 10)}.`;
}
