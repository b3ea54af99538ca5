/**
 * The headline figures. Each value sits in an <output> whose accessible name is exactly the
 * figure's label (a public contract used by tests and screen readers); a short line under it
 * says what the figure is made of.
 */
import { memo } from 'react';
import {
  formatDifference,
  formatBalance,
  formatCapabilitiesPer100Safety,
  formatCount,
  formatNetImpact,
  formatNeutral,
  formatRatio,
  formatVerdict,
} from '../format/format';
import type { Results, Verdict } from '../model/calculate';
import { useScenarioStore } from '../store/scenario-store';
import { selectResults } from '../store/selectors';
import { useComparison } from './use-comparison';
import { useInputValue } from './use-input';

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
  readonly tone?: 'positive' | 'negative' | 'neutral';
  /** The comparison scenario's value of this figure and the difference, when comparing. */
  readonly comparison?: string | undefined;
}

// Memoised: a slider move changes only some of the ten figures, and the others keep their DOM.
const Figure = memo(function Figure({ label, value, detail, tone, comparison }: FigureProps) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`}>
      <span className="figure__label" aria-hidden="true">
        {label}
      </span>
      <output className="figure__value" aria-label={label}>
        {value}
      </output>
      {detail ? <span className="figure__detail">{detail}</span> : null}
      {comparison ? <span className="figure__compare">{comparison}</span> : null}
    </div>
  );
});

const TONE: Record<Verdict['outcome'], FigureProps['tone']> = {
  'net-positive': 'positive',
  'net-negative': 'negative',
  'net-neutral': 'neutral',
};

type Pick = (r: Results) => { text: string; value: number | null };

/** The line under a figure: "vs Defaults: 10 : 1 (+2.5)". */
function compareLine(
  name: string | undefined,
  current: Results,
  other: Results | undefined,
  pick: Pick,
): string | undefined {
  if (name === undefined || other === undefined) return undefined;
  const a = pick(current);
  const b = pick(other);
  const diff = formatDifference(a.value, b.value);
  return `vs ${name}: ${b.text}${diff ? ` (${diff})` : ''}`;
}

const pickFieldNow: Pick = (r) => ({
  text: formatRatio(r.fieldNow.capabilities, r.fieldNow.safety),
  value: r.fieldNow.capabilitiesPerSafety,
});
const pickFieldAfter: Pick = (r) => ({
  text: formatRatio(r.fieldAfter.capabilities, r.fieldAfter.safety),
  value: r.fieldAfter.capabilitiesPerSafety,
});
const pickBalance: Pick = (r) => ({
  text: formatBalance(r.balance, r.placements.newSafety, r.placements.newCapabilities),
  value: r.balance.kind === 'both' ? r.balance.safetyPerCapabilities : null,
});
const pickPer100: Pick = (r) => ({
  text: formatCapabilitiesPer100Safety(r.balance),
  value: r.balance.kind === 'both' ? r.balance.capabilitiesPer100Safety : null,
});
const VERDICT_OF = {
  '1:10': (r: Results) => r.verdictAt10,
  '1:100': (r: Results) => r.verdictAt100,
  'your ratio': (r: Results) => r.verdictAtUser,
} as const;

function HeadlineFiguresComponent() {
  const comparison = useComparison();
  const results = useScenarioStore(selectResults);
  const neutral = useInputValue('neutral');
  const { fieldNow, fieldAfter, placements, balance } = results;
  const userRatio = formatNeutral(neutral);

  const verdicts: ReadonlyArray<[keyof typeof VERDICT_OF, string, Verdict]> = [
    ['1:10', '1 : 10', results.verdictAt10],
    ['1:100', '1 : 100', results.verdictAt100],
    ['your ratio', userRatio, results.verdictAtUser],
  ];
  const otherName = comparison?.name;
  const other = comparison?.results;
  const line = (pick: Pick) => compareLine(otherName, results, other, pick);

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title">Figures for this scenario</h2>
      <div className="headline__group">
        <Figure
          label="Field ratio now"
          value={formatRatio(fieldNow.capabilities, fieldNow.safety)}
          detail={`capabilities : safety, ${formatCount(fieldNow.capabilities)} : ${formatCount(fieldNow.safety)}`}
          comparison={line(pickFieldNow)}
        />
        <Figure
          label="Field ratio after"
          value={formatRatio(fieldAfter.capabilities, fieldAfter.safety)}
          detail={`capabilities : safety, ${formatCount(fieldAfter.capabilities)} : ${formatCount(fieldAfter.safety)}`}
          comparison={line(pickFieldAfter)}
        />
        <Figure
          label="New researchers ratio"
          value={formatBalance(balance, placements.newSafety, placements.newCapabilities)}
          detail={`safety : capabilities, ${formatCount(placements.newSafety)} : ${formatCount(placements.newCapabilities)}`}
          comparison={line(pickBalance)}
        />
        <Figure
          label="Capabilities per 100 safety"
          value={formatCapabilitiesPer100Safety(balance)}
          detail="new capabilities researchers per 100 new safety researchers"
          comparison={line(pickPer100)}
        />
      </div>
      <div className="headline__group headline__group--verdicts">
        {verdicts.map(([name, ratio, verdict]) => (
          <div className="verdict" key={name}>
            <Figure
              label={`Verdict at ${name}`}
              value={formatVerdict(verdict)}
              detail={`net-neutral ratio ${ratio}`}
              tone={TONE[verdict.outcome]}
              comparison={line((r) => ({ text: formatVerdict(VERDICT_OF[name](r)), value: null }))}
            />
            <Figure
              label={`Net impact at ${name}`}
              value={formatNetImpact(verdict.netImpact)}
              detail="safety-researcher equivalents"
              comparison={line((r) => ({
                text: formatNetImpact(VERDICT_OF[name](r).netImpact),
                value: VERDICT_OF[name](r).netImpact,
              }))}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

export const HeadlineFigures = memo(HeadlineFiguresComponent);
