/**
 * "Quote this scenario": one or two sentences in the thread's style, recomputed from the live
 * values, followed by the link, ready to paste into a forum comment. Each ratio says which side
 * comes first (sentences.ts), and the edge cases (nobody placed, one side only) are worded as
 * such, never as a ratio.
 */
import type { Verdict } from '../model/calculate';
import type { YearsResults as Results } from '../model/years';
import type { Scenario } from '../model/inputs';
import { rangedKeys } from '../model/range-points';
import { rangesInUse } from '../model/ranges-in-use';
import { DEFAULT_SAMPLING, type SamplingSettings, type ScenarioRanges } from '../model/ranges';
import {
  formatCount,
  formatFieldRatioAfter,
  formatNetImpact,
  formatNeutral,
  formatPercent,
} from './format';
import { chancesSentence, type ChanceFacts } from './chance-sentences';
import { formatLabelledRange } from './range-text';
import {
  capitalise,
  fieldRatioPhrase,
  joinList,
  newResearchersClause,
  OUTCOME_WORDS,
} from './sentences';
import { creditSentence, derivedNeutralPhrase, programPhrase } from './years-text';

function verdictPhrase(verdict: Verdict): string {
  return `${OUTCOME_WORDS[verdict.outcome]} at ${formatNeutral(verdict.n)} (${formatNetImpact(
    verdict.netImpact,
  )} safety-researcher equivalents)`;
}

function splitPhrase(s: Scenario): string {
  const parts = [`${formatPercent(s.toSafety)} into safety roles`];
  if (s.toIndep > 0) {
    const weight =
      s.indepWeight === 100
        ? ''
        : ` (each counted as ${formatPercent(s.indepWeight)} of a safety researcher)`;
    parts.push(`${formatPercent(s.toIndep)} into independent safety research${weight}`);
  }
  parts.push(`${formatPercent(s.toCap)} into capabilities`);
  return joinList(parts);
}

/** The second sentence: what the newcomers are and the verdicts. */
function newcomersSentence(s: Scenario, r: Results): string {
  const p = r.placements;
  if (r.balance.kind === 'none') {
    return 'No new researcher counts on either side, so the cohort is net neutral at any net-neutral ratio.';
  }
  const verdicts = [r.verdictAt10, r.verdictAt100];
  if (![10, 100].includes(r.neutral)) verdicts.push(r.verdictAtUser);
  const clause = capitalise(newResearchersClause(r.balance.kind, p.newSafety, p.newCapabilities));
  const derived = derivedNeutralPhrase(s);
  const yours = derived ? ` (your N ${derived})` : '';
  const credit = creditSentence(s);
  return `${credit ? `${credit} ` : ''}${clause}: ${joinList(verdicts.map(verdictPhrase))}${yours}.`;
}

/** The inputs that are ranges, and how they are sampled. */
export interface QuoteUncertainty {
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
  /**
   * The Monte Carlo run of exactly this scenario, ranges and sampling, when it has answered: its
   * chances of net positive follow the ranges. Absent while it runs (the quote never states the
   * chances of another scenario).
   */
  readonly chances?: ChanceFacts | undefined;
}

/**
 * With ranges, one more sentence before the link names them and says the figures before it are
 * at the ranges' middles, and, once the run has answered, one with the chances of net positive. The seed and
 * samples are named only when they are not the defaults: the link carries them either way, and
 * without ranges nothing is sampled, so they are not named then.
 */
function rangesSentence(
  s: Scenario,
  uncertainty: QuoteUncertainty | undefined,
  neutral: number,
): string {
  if (!uncertainty) return '';
  // Not a range kept for "Your slider" while N comes from the field: nothing samples it.
  const ranges = rangesInUse(s, uncertainty.ranges);
  const keys = rangedKeys(ranges);
  if (keys.length === 0) return '';
  const list = joinList(
    keys.flatMap((key) => {
      const range = ranges[key];
      return range ? [formatLabelledRange(key, range)] : [];
    }),
  );
  const { seed, samples } = uncertainty.sampling;
  // With the chances, their sentence names the samples and seed.
  const settings = uncertainty.chances
    ? []
    : [
        ...(samples !== DEFAULT_SAMPLING.samples ? [`${formatCount(samples)} samples`] : []),
        ...(seed !== DEFAULT_SAMPLING.seed ? [`seed ${seed}`] : []),
      ];
  const sampled = settings.length > 0 ? ` (${settings.join(', ')})` : '';
  const noun = keys.length === 1 ? 'range' : 'ranges';
  const chances = uncertainty.chances
    ? ` ${chancesSentence(uncertainty.chances, neutral, 'the assumed ratio')}`
    : '';
  return ` Uncertain inputs, as 90 % ${noun}${sampled}: ${list}; the figures above take the middle of each.${chances}`;
}

export function buildQuote(
  s: Scenario,
  r: Results,
  link: string,
  uncertainty?: QuoteUncertainty,
): string {
  const ranges = rangesSentence(s, uncertainty, r.neutral);
  const field = `With ${formatCount(s.cap)} capabilities and ${formatCount(s.saf)} safety researchers (${fieldRatioPhrase(
    s.cap,
    s.saf,
  )})`;
  if (s.cohort === 0) {
    return `${field}, an empty cohort changes nothing.${ranges} ${link}`;
  }
  const nonGen =
    s.nonGen > 0
      ? ` (counting ${formatPercent(s.nonGen)} of the safety placements as non-generalizing alignment, on the capabilities side)`
      : '';
  const moves = r.balance.kind === 'none' ? 'leaves the field at' : 'moves the field to';
  const program = programPhrase(s);
  if (program !== null) {
    return (
      `${field}, a program ${program.charAt(0).toLowerCase()}${program.slice(1)}, its cohorts ` +
      `of ${formatCount(s.cohort)} sending ${splitPhrase(s)}, leaves the field at ` +
      `${formatCount(r.fieldAfter.capabilities)} : ${formatCount(r.fieldAfter.safety)}, or ` +
      `${formatFieldRatioAfter(r)}, by the end of year ${formatCount(r.years)}${nonGen}. ` +
      `${newcomersSentence(s, r)}${ranges} ${link}`
    );
  }
  return (
    `${field}, a cohort of ${formatCount(s.cohort)} sending ${splitPhrase(s)} ${moves} ` +
    `${formatCount(r.fieldAfter.capabilities)} : ${formatCount(r.fieldAfter.safety)}, or ` +
    `${formatFieldRatioAfter(r)}${nonGen}. ` +
    `${newcomersSentence(s, r)}${ranges} ${link}`
  );
}
