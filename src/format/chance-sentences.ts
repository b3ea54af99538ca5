/**
 * The chances of net positive in a sentence (issue 11), shared by the quote and the argument so
 * both say them the same way: "The chance of net positive across the ranges (10,000 samples,
 * seed 1) is 3.3 % at 1 : 10, 81.5 % at 1 : 100 and 36.4 % at your ratio (1 : 10 to 1 : 100)."
 * The run's samples and seed are always named: with them the link's reader gets the same figures.
 */
import type { Chance, InputSummary } from '../model/uncertainty';
import { formatNeutral } from './format';
import { formatInputRange } from './range-text';
import { joinList } from './sentences';
import { formatChanceInWords, formatSampling } from './chance-format';

/** What a chances sentence needs of a run (a part of UncertaintySummary). */
export interface ChanceFacts {
  readonly samples: number;
  readonly seed: number;
  readonly chance: { readonly at10: Chance; readonly at100: Chance; readonly atUser: Chance };
  readonly inputs: readonly Pick<InputSummary, 'key' | 'lo' | 'hi'>[];
  /** Each sample has its own N (UncertaintySummary's `neutralVaries`). */
  readonly neutralVaries?: boolean;
}

/**
 * "3.3 % at 1 : 10, 81.5 % at 1 : 100 and 36.4 % at <yours>". Your ratio is named only when it is
 * a range or differs from 1 : 10 and 1 : 100 (otherwise its chance is one of those), as the
 * verdicts are.
 */
function chanceList(facts: ChanceFacts, yourN: number, yours: string): string {
  const { at10, at100, atUser } = facts.chance;
  const neutralRange = facts.inputs.find((input) => input.key === 'neutral');
  const parts = [
    `${formatChanceInWords(at10)} at 1 : 10`,
    `${formatChanceInWords(at100)} at 1 : 100`,
  ];
  if (neutralRange) {
    parts.push(
      `${formatChanceInWords(atUser)} at ${yours} (${formatInputRange('neutral', neutralRange)})`,
    );
  } else if (facts.neutralVaries) {
    // N from the field, with a range on what it follows from: no one N to name.
    parts.push(`${formatChanceInWords(atUser)} at ${yours} (each sample's own N from its field)`);
  } else if (yourN !== 10 && yourN !== 100) {
    parts.push(`${formatChanceInWords(atUser)} at ${yours} (${formatNeutral(yourN)})`);
  }
  return joinList(parts);
}

/** The sentence; `yours` names the reader's own ratio ("your ratio" on the page). */
export function chancesSentence(facts: ChanceFacts, yourN: number, yours: string): string {
  return `The chance of net positive across the ranges (${formatSampling(facts.samples, facts.seed)}) is ${chanceList(facts, yourN, yours)}.`;
}
