/**
 * "Quote this scenario": one or two sentences in the thread's style, recomputed from the live
 * values, followed by the link, ready to paste into a forum comment.
 */
import type { Results, Verdict } from '../model/calculate';
import type { Scenario } from '../model/inputs';
import {
  formatBalance,
  formatCount,
  formatNetImpact,
  formatNeutral,
  formatPercent,
  formatRatio,
} from './format';

const OUTCOME: Record<Verdict['outcome'], string> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

function verdictPhrase(verdict: Verdict): string {
  return `${OUTCOME[verdict.outcome]} at ${formatNeutral(verdict.n)} (${formatNetImpact(
    verdict.netImpact,
  )} safety-researcher equivalents)`;
}

function splitPhrase(s: Scenario): string {
  const parts = [`${formatPercent(s.toSafety)} into safety roles`];
  if (s.toIndep > 0) {
    const weight = s.indepWeight === 100 ? '' : `, counted at ${formatPercent(s.indepWeight)}`;
    parts.push(`${formatPercent(s.toIndep)} into independent safety research${weight}`);
  }
  parts.push(`${formatPercent(s.toCap)} into capabilities`);
  return parts.join(', ');
}

export function buildQuote(s: Scenario, r: Results, link: string): string {
  const field = `With ${formatCount(s.cap)} capabilities and ${formatCount(s.saf)} safety researchers (${formatRatio(
    s.cap,
    s.saf,
  )})`;
  if (s.cohort === 0) {
    return `${field}, an empty cohort changes nothing. ${link}`;
  }
  const nonGen =
    s.nonGen > 0
      ? ` (counting ${formatPercent(s.nonGen)} of the safety placements as non-generalizing alignment, on the capabilities side)`
      : '';
  const verdicts = [r.verdictAt10, r.verdictAt100];
  if (![10, 100].includes(s.neutral)) verdicts.push(r.verdictAtUser);
  return (
    `${field}, a cohort of ${formatCount(s.cohort)} sending ${splitPhrase(s)} moves the field to ` +
    `${formatCount(r.fieldAfter.capabilities)} : ${formatCount(r.fieldAfter.safety)}, or ` +
    `${formatRatio(r.fieldAfter.capabilities, r.fieldAfter.safety)}${nonGen}. ` +
    `The new researchers are ${formatBalance(r.balance, r.placements.newSafety, r.placements.newCapabilities)} ` +
    `safety to capabilities: ${verdicts.map(verdictPhrase).join(', ')}. ${link}`
  );
}
