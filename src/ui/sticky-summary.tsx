/**
 * The headline in one small bar, stuck to the top of the screen while the sliders scroll by on a
 * narrow screen, where the figures sit far below the controls (issue 9, fault 12: 2.6 screens on
 * a phone). It shows the field ratio after, the new researchers' balance and each verdict with
 * its net impact, in the same words and numbers as the figure cards (src/format). On wide
 * screens the figures sit beside the controls and the bar is hidden (sticky-summary.css).
 *
 * With ranges (issue 11) it shows what the cards show once a run has answered: the samples'
 * medians (marked as such) and, at each N, the verdict of the median net impact; "your ratio" is
 * then the reader's range, each sample at its own N, so the bar does not name the range's middle.
 * Before the first answer it shows the point values, as the cards do.
 *
 * Not a live region: the figure cards already are (<output>), and a second announcement of the
 * same numbers on every slider step would only be noise. It is a named region a screen-reader
 * user can jump to. Its height is published as `--sticky-summary-height`, which the page uses as
 * scroll padding so that a control focused with Tab never scrolls under the bar.
 */
import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  formatBalance,
  formatNetImpact,
  formatNeutral,
  formatOutcome,
  formatRatioApart,
} from '../format/format';
import type { Verdict } from '../model/calculate';
import { selectNeutralVaries, selectResults } from '../store/selectors';
import { useMediaQuery } from './use-media-query';
import { useSampledFigures } from './use-sampled-figures';
import { verdictInRow, verdictRows } from './verdict-rows';
import './sticky-summary.css';
import { useScenario } from '../store/use-store-while';

const TONE: Record<Verdict['outcome'], string> = {
  'net-positive': 'positive',
  'net-negative': 'negative',
  'net-neutral': 'neutral',
};

interface ItemProps {
  readonly term: string;
  /** After the value, in brackets: which side of a ratio comes first. */
  readonly note?: string;
  readonly value: string;
  readonly detail?: string;
  readonly tone?: string;
}

// Memoised on its strings: a slider move rewrites only the items whose text changed.
const Item = memo(function Item({ term, note, value, detail, tone }: ItemProps) {
  return (
    <div className={`sticky-summary__item${tone ? ` sticky-summary__item--${tone}` : ''}`}>
      <dt>{term}</dt>
      <dd>
        <span className="sticky-summary__value">{value}</span>
        {note ? <span className="sticky-summary__note"> ({note})</span> : null}
        {detail ? <span className="sticky-summary__detail">, {detail}</span> : null}
      </dd>
    </div>
  );
});

/** Keeps `--sticky-summary-height` on <html> equal to the bar's height (0 while it is hidden). */
function usePublishedHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    const root = document.documentElement;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const publish = () => {
      root.style.setProperty('--sticky-summary-height', `${element.offsetHeight}px`);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-summary-height');
    };
  }, [ref]);
}

/** Where the bar shows (sticky-summary.css hides it from 900 px, beside the figures). */
export const STICKY_SUMMARY_QUERY = '(max-width: 899.98px)';

/**
 * Renders the bar only where it shows: on a wide screen a hidden bar would still re-render on
 * every slider move (about 0.1 ms each in profiles) for nobody to see.
 */
function StickySummaryComponent() {
  const narrow = useMediaQuery(STICKY_SUMMARY_QUERY, true);
  return narrow ? <StickySummaryBar /> : null;
}

function StickySummaryBar() {
  const results = useScenario(selectResults);
  const { sampled, updating } = useSampledFigures();
  // From the store, not the summary: also while the first run is on its way.
  const neutralVaries = useScenario(selectNeutralVaries);
  const ref = useRef<HTMLElement>(null);
  usePublishedHeight(ref);
  const { fieldNow, fieldAfter, placements, balance } = results;
  // The N in use: the slider's, or the one derived from the field.
  const neutral = results.neutral;
  // Medians once a run has answered (before that the sampled texts have no value: points).
  const medians = sampled?.fieldAfter.value !== undefined;
  const balanceText =
    sampled?.balance.value ??
    formatBalance(balance, placements.newSafety, placements.newCapabilities);
  // Which side comes first is said only of a ratio, not of "all safety" and the like.
  const balanceIsRatio =
    sampled?.balance.value !== undefined
      ? sampled.balance.isRatio === true
      : balance.kind === 'both';
  return (
    <section
      className="sticky-summary"
      aria-label="Summary of the figures"
      aria-busy={updating || undefined}
      ref={ref}
    >
      <dl className="sticky-summary__list">
        <Item
          term="Field after"
          note={medians ? 'cap. : safety, median' : 'cap. : safety'}
          value={
            sampled?.fieldAfter.value ??
            formatRatioApart(
              fieldAfter.capabilities,
              fieldAfter.safety,
              fieldNow.capabilities,
              fieldNow.safety,
            )
          }
        />
        <Item
          term="New researchers"
          note={balanceIsRatio ? (medians ? 'safety : cap., median' : 'safety : cap.') : undefined}
          value={balanceText}
        />
        {verdictRows(neutral).map((row) => {
          const verdict = verdictInRow(results, row);
          const sampledVerdict = sampled?.verdict(row);
          const impact = sampled?.netImpact(row).value;
          const ranged = row.name === 'your ratio' && neutralVaries;
          return (
            <Item
              key={row.name}
              term={
                ranged ? 'At your ratio' : `At ${row.yours ? 'your ' : ''}${formatNeutral(row.n)}`
              }
              value={sampledVerdict?.value ?? formatOutcome(verdict)}
              detail={
                impact !== undefined
                  ? `median net impact ${impact}`
                  : `net impact ${formatNetImpact(verdict.netImpact)}`
              }
              tone={TONE[sampledVerdict?.outcome ?? verdict.outcome]}
            />
          );
        })}
      </dl>
    </section>
  );
}

export const StickySummary = memo(StickySummaryComponent);
