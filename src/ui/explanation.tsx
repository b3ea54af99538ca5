/**
 * A walk through the thread's illustration, told with the live values: it changes as the
 * sliders move, so a reader can check each figure against the ones above.
 */
import { memo } from 'react';
import {
  formatBalance,
  formatCount,
  formatNetImpact,
  formatNeutral,
  formatPercent,
  formatRatio,
} from '../format/format';
import type { Verdict } from '../model/calculate';
import { otherShare } from '../model/shares';
import { useScenarioStore } from '../store/scenario-store';
import { selectResults, selectScenario } from '../store/selectors';

const OUTCOME_WORDS: Record<Verdict['outcome'], string> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

function verdictSentence(verdict: Verdict, label: string): string {
  return `At ${label} it is ${OUTCOME_WORDS[verdict.outcome]}, worth ${formatNetImpact(
    verdict.netImpact,
  )} safety-researcher equivalents.`;
}

function ExplanationComponent() {
  const s = useScenarioStore(selectScenario);
  const r = useScenarioStore(selectResults);
  const { placements: p, fieldNow, fieldAfter } = r;
  const other = otherShare(s);

  const judgementNotes: string[] = [];
  if (s.toIndep > 0 && s.indepWeight < 100) {
    judgementNotes.push(
      `Each independent researcher counts as ${formatPercent(s.indepWeight)} of a safety researcher.`,
    );
  }
  if (s.nonGen > 0) {
    judgementNotes.push(
      `${formatPercent(s.nonGen)} of the safety-counted placements is taken to be alignment work that speeds capabilities without generalizing, so it moves to the capabilities side.`,
    );
  }

  return (
    <section className="explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">The argument with these numbers</h2>
      {s.cohort === 0 ? (
        <p>
          With an empty cohort nothing changes: the field stays at{' '}
          {formatRatio(fieldNow.capabilities, fieldNow.safety)} capabilities to safety researchers.
          Raise the cohort size to see a program&apos;s effect.
        </p>
      ) : (
        <>
          <p>
            The field starts with {formatCount(s.cap)} capabilities and {formatCount(s.saf)} safety
            researchers, a ratio of {formatRatio(fieldNow.capabilities, fieldNow.safety)}. One
            cohort of {formatCount(s.cohort)} people goes {formatPercent(s.toSafety)} to safety
            roles, {formatPercent(s.toIndep)} to independent safety research,{' '}
            {formatPercent(s.toCap)} to capabilities roles and {formatPercent(other)} elsewhere.
          </p>
          {judgementNotes.length > 0 ? <p>{judgementNotes.join(' ')}</p> : null}
          <p>
            That adds {formatCount(p.newSafety)} safety and {formatCount(p.newCapabilities)}{' '}
            capabilities researchers, so the field becomes {formatCount(fieldAfter.capabilities)} :{' '}
            {formatCount(fieldAfter.safety)}, or{' '}
            {formatRatio(fieldAfter.capabilities, fieldAfter.safety)}. Among the newcomers alone the
            balance is {formatBalance(r.balance, p.newSafety, p.newCapabilities)} (safety to
            capabilities).
          </p>
          <p>
            Whether that helps depends on how many new capabilities researchers one new safety
            researcher offsets. {verdictSentence(r.verdictAt10, formatNeutral(10))}{' '}
            {verdictSentence(r.verdictAt100, formatNeutral(100))} At your own ratio,{' '}
            {formatNeutral(s.neutral)}, it is {OUTCOME_WORDS[r.verdictAtUser.outcome]}.
          </p>
        </>
      )}
    </section>
  );
}

export const Explanation = memo(ExplanationComponent);
