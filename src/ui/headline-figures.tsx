/**
 * The headline figures. Each value sits in an <output> whose accessible name is exactly the
 * figure's label (a public contract used by tests and screen readers); a short line under it
 * says what the figure is made of.
 *
 * With ranges (issue 11) every figure shows the samples' median with its 90 % interval
 * (sampled-figures.ts, loaded with the first range), the three chances of net positive get a
 * row of their own (chance-figures.tsx), and while the summary is a step behind the section is aria-busy and
 * marked as updating, keeping the last figures. Without ranges nothing of this is rendered.
 */
import { memo } from 'react';
import {
  formatBalance,
  formatCapabilitiesPer100Safety,
  formatCompared,
  formatCount,
  formatDifference,
  formatNetImpact,
  formatNeutral,
  formatRatio,
  formatRatioApart,
  formatVerdict,
} from '../format/format';
import { breakEvenRatioDetail, formatBreakEvenRatio } from '../format/break-even';
import { causedNothing, fieldAfterDetail, fieldWithoutDetail } from '../format/years-text';
import type { Verdict } from '../model/calculate';
import type { YearsResults as Results } from '../model/years';
import { selectResults } from '../store/selectors';
import { ChanceFigures } from './chance-figures';
import { Figure, type FigureProps } from './figure';
import { useComparison } from './use-comparison';
import { useSampledFigures } from './use-sampled-figures';
import { verdictInRow, verdictRows } from './verdict-rows';
import { useScenario } from '../store/use-store-while';

const TONE: Record<Verdict['outcome'], FigureProps['tone']> = {
  'net-positive': 'positive',
  'net-negative': 'negative',
  'net-neutral': 'neutral',
};

/** A figure's text and the number behind it (null where a text stands for a case, not a value). */
type Pick = (r: Results) => { text: string; value: number | null };

/** The line under a figure: "vs Defaults: 10 : 1 (+2.5)". */
function compareLine(
  name: string | undefined,
  current: Results,
  other: Results | undefined,
  pick: Pick,
  withoutDifference = false,
): string | undefined {
  if (name === undefined || other === undefined) return undefined;
  const a = pick(current);
  const b = pick(other);
  const diff = withoutDifference ? '' : formatDifference(a.value, b.value);
  return `vs ${name}: ${b.text}${diff ? ` (${diff})` : ''}`;
}

const pickFieldNow: Pick = (r) => ({
  text: formatRatio(r.fieldNow.capabilities, r.fieldNow.safety),
  value: r.fieldNow.capabilitiesPerSafety,
});
const pickFieldAfter: Pick = (r) => ({
  text: formatRatioApart(
    r.fieldAfter.capabilities,
    r.fieldAfter.safety,
    r.fieldNow.capabilities,
    r.fieldNow.safety,
  ),
  value: r.fieldAfter.capabilitiesPerSafety,
});
const pickFieldWithout: Pick = (r) => ({
  text: formatRatioApart(
    r.fieldWithout.capabilities,
    r.fieldWithout.safety,
    r.fieldAfter.capabilities,
    r.fieldAfter.safety,
  ),
  value: r.fieldWithout.capabilitiesPerSafety,
});
const pickBalance: Pick = (r) => ({
  text: formatBalance(r.balance, r.placements.newSafety, r.placements.newCapabilities),
  value: r.balance.kind === 'both' ? r.balance.safetyPerCapabilities : null,
});
const pickPer100: Pick = (r) => ({
  text: formatCapabilitiesPer100Safety(r.balance),
  value: r.balance.kind === 'both' ? r.balance.capabilitiesPer100Safety : null,
});

/** The break-even ratio, written against your own N (enough digits to tell the two apart). */
const pickBreakEven =
  (neutral: number): Pick =>
  (r) => {
    const be = r.breakEven;
    return {
      text: formatBreakEvenRatio(be, neutral, causedNothing(r)),
      value: be.kind === 'ratio' ? be.r : null,
    };
  };

/** True minus sign for negative figures, as formatNetImpact writes them. */
function withMinus(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/**
 * Net impact of the current scenario beside the comparison's, both judged at the same N (the
 * row's, which for "your ratio" is the reader's current N, not the one saved with the compared
 * scenario): comparing two scenarios at two different ratios would mix a judgement into the
 * difference (issue 9, fault 2).
 */
function netImpactCards(current: Verdict, other: Verdict | undefined, otherName?: string) {
  if (other === undefined || otherName === undefined) {
    return { value: formatNetImpact(current.netImpact), comparison: undefined };
  }
  const texts = formatCompared(current.netImpact, other.netImpact);
  const difference = texts.difference ? ` (${texts.difference})` : '';
  return {
    value: withMinus(texts.value),
    comparison: `vs ${otherName}: ${withMinus(texts.reference)}${difference}`,
  };
}

function HeadlineFiguresComponent() {
  const comparison = useComparison();
  const results = useScenario(selectResults);
  // The N in use: the slider's, or with N from the field the derived one (years.ts).
  const neutral = results.neutral;
  const { uncertainty, sampled, updating } = useSampledFigures();
  const { fieldNow, placements, balance } = results;

  const otherName = comparison?.name;
  const other = comparison?.results;
  // With ranges a figure shows a median, so a difference from the compared point would mislead:
  // the compared value is shown alone.
  const showingMedians = sampled?.per100.value !== undefined;
  const line = (pick: Pick) => compareLine(otherName, results, other, pick, showingMedians);
  const breakEven = results.breakEven;
  const pickBreakEvenAtN = pickBreakEven(neutral);
  /** A figure's props with ranges: the sampled median and interval over the point value. */
  const withSamples = (
    props: FigureProps,
    figure: { value?: string; interval: string; detail?: string } | undefined,
  ): FigureProps =>
    figure
      ? {
          ...props,
          value: figure.value ?? props.value,
          interval: figure.interval,
          detail: figure.detail ?? props.detail,
          sampled: true,
        }
      : props;

  return (
    <section
      className={`headline${updating ? ' headline--updating' : ''}`}
      aria-labelledby="headline-title"
      aria-busy={updating || undefined}
    >
      <h2 id="headline-title">Figures for this scenario</h2>
      <div className="headline__group">
        <Figure
          {...withSamples(
            {
              label: 'Field ratio now',
              value: formatRatio(fieldNow.capabilities, fieldNow.safety),
              detail: `capabilities : safety, ${formatCount(fieldNow.capabilities)} : ${formatCount(fieldNow.safety)}`,
              comparison: line(pickFieldNow),
            },
            sampled?.fieldNow,
          )}
        />
        <Figure
          {...withSamples(
            {
              label: 'Field ratio after',
              value: pickFieldAfter(results).text,
              detail: fieldAfterDetail(results),
              comparison: line(pickFieldAfter),
            },
            sampled?.fieldAfter,
          )}
        />
        <Figure
          {...withSamples(
            {
              label: 'New researchers ratio',
              value: formatBalance(balance, placements.newSafety, placements.newCapabilities),
              detail: `safety : capabilities, ${formatCount(placements.newSafety)} : ${formatCount(placements.newCapabilities)}`,
              comparison: line(pickBalance),
            },
            sampled?.balance,
          )}
        />
        <Figure
          {...withSamples(
            {
              label: 'Capabilities per 100 safety',
              value: formatCapabilitiesPer100Safety(balance),
              detail: 'new capabilities researchers per 100 new safety researchers',
              comparison: line(pickPer100),
            },
            sampled?.per100,
          )}
        />
      </div>
      <div className="headline__break-even">
        {/* Beside the break-even ratio, not in the row above: a fifth card there wraps the
            row and pushes the charts below the fold. */}
        <Figure
          {...withSamples(
            {
              label: 'Field ratio without the program',
              value: pickFieldWithout(results).text,
              detail: fieldWithoutDetail(results),
              comparison: line(pickFieldWithout),
            },
            sampled?.fieldWithout,
          )}
        />
        <Figure
          {...withSamples(
            {
              label: 'Break-even ratio',
              value: formatBreakEvenRatio(breakEven, neutral, causedNothing(results)),
              detail: breakEvenRatioDetail(breakEven, causedNothing(results)),
              comparison: line(pickBreakEvenAtN),
            },
            sampled?.breakEven,
          )}
        />
      </div>
      <ChanceFigures uncertainty={uncertainty} neutral={neutral} />
      {comparison ? (
        <p className="headline__note">
          Verdicts and net impact of {comparison.name} are judged at the same net-neutral ratios as
          this scenario&apos;s, including your {formatNeutral(neutral)}.
        </p>
      ) : null}
      <div className="headline__group headline__group--verdicts">
        {verdictRows(neutral).map((row) => {
          const { name, n, yours } = row;
          const verdict = verdictInRow(results, row);
          const otherVerdict = other ? verdictInRow(other, row) : undefined;
          const impact = netImpactCards(verdict, otherVerdict, otherName);
          const ratioText = formatNeutral(n);
          const sampledVerdict = sampled?.verdict(row);
          return (
            <div className="verdict" key={name}>
              <Figure
                {...withSamples(
                  {
                    label: `Verdict at ${name}`,
                    value: formatVerdict(verdict),
                    detail:
                      name === 'your ratio'
                        ? (sampled?.yourRange ?? `your net-neutral ratio ${ratioText}`)
                        : `net-neutral ratio ${ratioText}${yours ? ', also your ratio' : ''}`,
                    tone: TONE[sampledVerdict?.outcome ?? verdict.outcome],
                    comparison:
                      otherVerdict && otherName !== undefined
                        ? `vs ${otherName}: ${formatVerdict(otherVerdict)}`
                        : undefined,
                  },
                  sampledVerdict,
                )}
              />
              <Figure
                {...withSamples(
                  {
                    label: `Net impact at ${name}`,
                    value: impact.value,
                    detail: 'safety-researcher equivalents',
                    comparison:
                      showingMedians && otherVerdict && otherName !== undefined
                        ? `vs ${otherName}: ${formatNetImpact(otherVerdict.netImpact)}`
                        : impact.comparison,
                  },
                  sampled?.netImpact(row),
                )}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}

export const HeadlineFigures = memo(HeadlineFiguresComponent);
