/**
 * The headline figures. Each value sits in an <output> whose accessible name is exactly the
 * figure's label (a public contract used by tests and screen readers); a short line under it
 * says what the figure is made of.
 */
import { memo } from 'react';
import {
  formatBalance,
  formatCapabilitiesPer100Safety,
  formatCount,
  formatNetImpact,
  formatNeutral,
  formatRatio,
  formatVerdict,
} from '../format/format';
import type { Verdict } from '../model/calculate';
import { useScenarioStore } from '../store/scenario-store';
import { selectResults } from '../store/selectors';
import { useInputValue } from './use-input';

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
  readonly tone?: 'positive' | 'negative' | 'neutral';
}

function Figure({ label, value, detail, tone }: FigureProps) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`}>
      <span className="figure__label" aria-hidden="true">
        {label}
      </span>
      <output className="figure__value" aria-label={label}>
        {value}
      </output>
      {detail ? <span className="figure__detail">{detail}</span> : null}
    </div>
  );
}

const TONE: Record<Verdict['outcome'], FigureProps['tone']> = {
  'net-positive': 'positive',
  'net-negative': 'negative',
  'net-neutral': 'neutral',
};

function HeadlineFiguresComponent() {
  const results = useScenarioStore(selectResults);
  const neutral = useInputValue('neutral');
  const { fieldNow, fieldAfter, placements, balance } = results;
  const userRatio = formatNeutral(neutral);

  const verdicts: ReadonlyArray<[string, string, Verdict]> = [
    ['1:10', '1 : 10', results.verdictAt10],
    ['1:100', '1 : 100', results.verdictAt100],
    ['your ratio', userRatio, results.verdictAtUser],
  ];

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title">Figures for this scenario</h2>
      <div className="headline__group">
        <Figure
          label="Field ratio now"
          value={formatRatio(fieldNow.capabilities, fieldNow.safety)}
          detail={`capabilities : safety, ${formatCount(fieldNow.capabilities)} : ${formatCount(fieldNow.safety)}`}
        />
        <Figure
          label="Field ratio after"
          value={formatRatio(fieldAfter.capabilities, fieldAfter.safety)}
          detail={`capabilities : safety, ${formatCount(fieldAfter.capabilities)} : ${formatCount(fieldAfter.safety)}`}
        />
        <Figure
          label="New researchers ratio"
          value={formatBalance(balance, placements.newSafety, placements.newCapabilities)}
          detail={`safety : capabilities, ${formatCount(placements.newSafety)} : ${formatCount(placements.newCapabilities)}`}
        />
        <Figure
          label="Capabilities per 100 safety"
          value={formatCapabilitiesPer100Safety(balance)}
          detail="new capabilities researchers per 100 new safety researchers"
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
            />
            <Figure
              label={`Net impact at ${name}`}
              value={formatNetImpact(verdict.netImpact)}
              detail="safety-researcher equivalents"
            />
          </div>
        ))}
      </div>
    </section>
  );
}

export const HeadlineFigures = memo(HeadlineFiguresComponent);
