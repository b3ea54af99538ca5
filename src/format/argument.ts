/**
 * "The argument with these numbers": the thread's walk-through told with the live values, as
 * plain paragraphs. Pure, so every balance kind and verdict can be checked as a table
 * (tests/unit/sentences.test.ts); src/ui/explanation.tsx only lays the paragraphs out.
 */
import type { Verdict } from '../model/calculate';
import type { YearsResults as Results } from '../model/years';
import type { Scenario } from '../model/inputs';
import { otherShare } from '../model/shares';
import {
  formatCount,
  formatNetImpact,
  formatNeutral,
  formatPercent,
  formatFieldRatioAfter,
} from './format';
import { formatInputValue } from './input-format';
import { chancesSentence, type ChanceFacts } from './chance-sentences';
import { fieldRatioPhrase, FIELD_ORIENTATION, newRatioPhrase, OUTCOME_WORDS } from './sentences';
import { creditSentence, derivedNeutralPhrase, programPhrase } from './years-text';

function verdictSentence(verdict: Verdict): string {
  const at = `At ${formatNeutral(verdict.n)} it is ${OUTCOME_WORDS[verdict.outcome]}`;
  if (verdict.outcome === 'net-neutral') return `${at}: exactly break-even.`;
  return `${at}, worth ${formatNetImpact(verdict.netImpact)} safety-researcher equivalents.`;
}

/** The judgement calls that change how placements count, when they are not the plain reading. */
function judgementNotes(s: Scenario): string[] {
  const notes: string[] = [];
  if (s.toIndep > 0 && s.indepWeight < 100) {
    notes.push(
      `Each independent researcher counts as ${formatPercent(s.indepWeight)} of a safety researcher.`,
    );
  }
  if (s.nonGen > 0) {
    notes.push(
      `You count ${formatPercent(s.nonGen)} of the safety-counted placements as alignment work that speeds capabilities without generalizing, so they move to the capabilities side.`,
    );
  }
  return notes;
}

/** What the cohort adds, the field after it, and the newcomers' own balance. */
function placementsParagraph(s: Scenario, r: Results): string {
  const p = r.placements;
  const after = r.fieldAfter;
  const becomes = `${formatCount(after.capabilities)} : ${formatCount(after.safety)}, or ${formatFieldRatioAfter(r)} ${FIELD_ORIENTATION}`;
  const program = programPhrase(s);
  if (program !== null) return yearsParagraph(program, r, becomes);
  switch (r.balance.kind) {
    case 'none':
      return `That adds no researchers to either side, so the field stays at ${becomes}.`;
    case 'all-safety':
      return `That adds ${formatCount(p.newSafety)} safety and no capabilities researchers, so the field becomes ${becomes}. All of the newcomers count as safety researchers.`;
    case 'all-capabilities':
      return `That adds no safety and ${formatCount(p.newCapabilities)} capabilities researchers, so the field becomes ${becomes}. All of the newcomers count as capabilities researchers.`;
    case 'both':
      return `That adds ${formatCount(p.newSafety)} safety and ${formatCount(p.newCapabilities)} capabilities researchers, so the field becomes ${becomes}. Among the newcomers alone the balance is ${newRatioPhrase(p.newSafety, p.newCapabilities)}.`;
  }
}

/** The alumni at the end of year Y, the field then, and the alumni's own balance. */
function yearsParagraph(program: string, r: Results, becomes: string): string {
  const p = r.placements;
  const end = `by the end of year ${formatCount(r.years)}`;
  if (r.balance.kind === 'none') {
    return `${program}: ${end} no alumnus counts on either side, so the field is ${becomes}.`;
  }
  const alumni = `${end} its alumni count ${formatCount(p.newSafety)} as safety and ${formatCount(p.newCapabilities)} as capabilities researchers, and the field is ${becomes}.`;
  const balance =
    r.balance.kind === 'both'
      ? ` Among the alumni alone the balance is ${newRatioPhrase(p.newSafety, p.newCapabilities)}.`
      : '';
  return `${program}: ${alumni}${balance}`;
}

function verdictsParagraph(s: Scenario, r: Results): string {
  if (r.balance.kind === 'none') {
    return 'With no one counted on either side, the cohort is net neutral at any net-neutral ratio.';
  }
  const n = r.neutral;
  const derived = derivedNeutralPhrase(s);
  const own = derived
    ? `Your own ratio, ${derived}, is ${formatNeutral(n)}; there it is ${OUTCOME_WORDS[r.verdictAtUser.outcome]}.`
    : [10, 100].includes(n)
      ? `Your own ratio is ${formatNeutral(n)}, one of these.`
      : `At your own ratio, ${formatNeutral(n)}, it is ${OUTCOME_WORDS[r.verdictAtUser.outcome]}.`;
  const credit = creditSentence(s);
  return [
    'Whether that helps depends on how many new capabilities researchers one new safety researcher offsets.',
    ...(credit ? [credit] : []),
    verdictSentence(r.verdictAt10),
    verdictSentence(r.verdictAt100),
    own,
  ].join(' ');
}

/**
 * With ranges (issue 11), a last paragraph: the chances of net positive across them, and what the
 * figures above are (the walk-through itself takes each range's middle, as the sliders do).
 */
function chancesParagraph(neutral: number, chances: ChanceFacts | undefined): string[] {
  if (!chances) return [];
  return [
    `${chancesSentence(chances, neutral, 'your ratio')} The walk-through above takes the middle of each range; the headline figures are the medians of the samples, each with the interval that holds 90 % of them.`,
  ];
}

/**
 * The paragraphs of the argument, in order; `chances`, the Monte Carlo run of this scenario's
 * ranges when some input is a range.
 */
export function buildArgument(s: Scenario, r: Results, chances?: ChanceFacts): readonly string[] {
  if (s.cohort === 0) {
    return [
      `With an empty cohort nothing changes: the field stays at ${fieldRatioPhrase(r.fieldNow.capabilities, r.fieldNow.safety)}. Raise the cohort size to see a program's effect.`,
      ...chancesParagraph(r.neutral, chances),
    ];
  }
  const notes = judgementNotes(s);
  return [
    `The field starts with ${formatCount(s.cap)} capabilities and ${formatCount(s.saf)} safety researchers, a ratio of ${fieldRatioPhrase(r.fieldNow.capabilities, r.fieldNow.safety)}. One cohort of ${formatInputValue('cohort', s.cohort)} goes ${formatPercent(s.toSafety)} to safety roles, ${formatPercent(s.toIndep)} to independent safety research, ${formatPercent(s.toCap)} to capabilities roles and ${formatPercent(otherShare(s))} elsewhere.`,
    ...(notes.length > 0 ? [notes.join(' ')] : []),
    placementsParagraph(s, r),
    verdictsParagraph(s, r),
    ...chancesParagraph(r.neutral, chances),
  ];
}
