/**
 * The sentences of the new-researchers chart's text alternative ("In words") and readout, from
 * its series (new-researchers-series.ts): the line's assumptions, the current split against the
 * user's net-neutral line, the break-even share and the published splits.
 *
 * The x axis is a share of PLACED people in capabilities roles, while the sliders are shares of
 * the whole cohort; wherever the two differ the text gives both (issue 9, fault 10). The y value
 * counts people after the judgement calls, so a sentence about a split names the judgement when
 * it is what moves the ratio (e.g. non-generalizing alignment at 100 %, where every split is all
 * capabilities).
 */
import { placementsPerPerson, type Verdict } from '../../model/calculate';
import type { Scenario } from '../../model/inputs';
import { formatMargin, formatNeutral, formatPercent } from '../../format/format';
import {
  joinList,
  newResearchersClauseWith,
  OUTCOME_WORDS,
  placedSharePhrase,
} from '../../format/sentences';
import type { SplitPoint } from './new-researchers-series';
import type { ReferencePoint } from './reference-points';

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

/** "11.1 % of placed people (10 % of the cohort) in capabilities roles": the readout's heading. */
export function splitHeading(capShare: number, placedShare: number | null): string {
  return `${placedSharePhrase(capShare, placedShare)} in capabilities roles`;
}

const POSITION: Record<Verdict['outcome'], string> = {
  'net-positive': 'above',
  'net-negative': 'below',
  'net-neutral': 'on',
};

/** Whether any placement counts as safety before the non-generalizing share moves some. */
function hasSafetyCounted(s: Scenario): boolean {
  return placementsPerPerson(s).counted > 0;
}

/** Why the ratio is not what the roles alone give, when a judgement call moves people. */
function judgementNote(s: Scenario, balance: SplitPoint['balance']): string {
  if (balance === 'none' && s.toIndep > 0 && s.indepWeight <= 0) {
    return 'Independent researchers count as 0 % of a safety researcher, as you set.';
  }
  if (s.nonGen <= 0 || !hasSafetyCounted(s) || balance === 'none') return '';
  const share = formatPercent(s.nonGen);
  return s.nonGen >= 100
    ? `Because you set non-generalizing alignment to ${share}, every safety-counted placement counts as capabilities.`
    : `Because you set non-generalizing alignment to ${share}, that share of the safety-counted placements counts as capabilities.`;
}

/** The clause about the new researchers at the current split. */
function balanceClause(point: SplitPoint): string {
  return newResearchersClauseWith(point.balance, () => point.display);
}

/** Where the scenario's own split sits against the user's net-neutral line. */
export function describeCurrent(
  s: Scenario,
  current: SplitPoint | null,
  verdict: Verdict | null,
  placedShare: number | null,
): string {
  if (current === null || verdict === null) return '';
  const at = `With ${splitHeading(current.capShare, placedShare)}`;
  const line = formatNeutral(s.neutral);
  const note = judgementNote(s, current.balance);
  const after = note === '' ? '' : ` ${note}`;
  if (current.balance === 'none') {
    return `${at}, no new researcher counts on either side, so the cohort is net neutral at your ${line}.${after}`;
  }
  // The margin adds nothing to "all safety" / "all capabilities" (it would repeat "no … placements").
  const margin = current.balance === 'both' ? ` (${formatMargin(verdict.margin)})` : '';
  return `${at}, ${balanceClause(current)}, ${POSITION[verdict.outcome]} your net-neutral line ${line}, so ${OUTCOME_WORDS[verdict.outcome]}${margin}.${after}`;
}

/** How the published splits are named in a sentence. */
const SPLIT_SUBJECT: Record<ReferencePoint['id'], string> = {
  survey: "the 2024 alumni survey's split",
  longitudinal: "the longitudinal career data's split",
};

/**
 * The published splits under the reader's judgements ("for comparison, … gives 55.7 : 1 safety
 * to capabilities"); their published figures are in the chart's source notes.
 */
function describeReferences(points: readonly ReferencePoint[]): string {
  if (points.length === 0) return '';
  const parts = points.map((point, index) => {
    const where = index === 0 ? ' of placed people in capabilities roles' : '';
    return `${SPLIT_SUBJECT[point.id]} (${formatPercent(point.capShare)}${where}) gives ${point.phrase}`;
  });
  return `For comparison, with your judgements ${joinList(parts)}.`;
}

/** The share to capabilities below which a split is net positive, with the published splits. */
export function describeBreakEven(
  s: Scenario,
  share: number | null,
  points: readonly ReferencePoint[],
): string {
  const line = formatNeutral(s.neutral);
  const breakEven =
    share === null
      ? `No split is net positive at your ${line} with these judgements.`
      : `Splits with less than ${formatPercent(share)} of placed people in capabilities roles are net positive at your ${line}.`;
  const references = describeReferences(points);
  return references === '' ? breakEven : `${breakEven} ${references}`;
}
