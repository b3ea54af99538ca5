/**
 * "Quote this scenario": a sentence or two in the thread's style, recomputed from the live values,
 * with the link, ready to paste into a forum comment. Far below the viewport it pauses and
 * catches up as it nears (use-near-viewport.ts); Copy quote always copies the current scenario.
 */
import { memo, useId, useState } from 'react';
import { scenarioLink } from '../app/share-url';
import { buildQuote } from '../format/quote';
import { rangesInUse } from '../model/ranges-in-use';
import {
  selectCompare,
  selectPins,
  selectRanges,
  selectResults,
  selectSampling,
  selectScenario,
} from '../store/selectors';
import { useScenarioStoreWhile } from '../store/use-store-while';
import { copyText } from './copy-text';
import { useHydrated } from './use-hydrated';
import { useNearViewport } from './use-near-viewport';
import { useUncertaintyWhile } from './use-uncertainty';

function QuoteBoxComponent() {
  const hydrated = useHydrated();
  return hydrated ? <LiveQuoteBox /> : null;
}

/** The quote cites the page's own address, which only the browser knows (not the prerenderer). */
function LiveQuoteBox() {
  const [ref, near] = useNearViewport<HTMLElement>();
  const scenario = useScenarioStoreWhile(near, selectScenario);
  const results = useScenarioStoreWhile(near, selectResults);
  const pins = useScenarioStoreWhile(near, selectPins);
  const compare = useScenarioStoreWhile(near, selectCompare);
  const ranges = useScenarioStoreWhile(near, selectRanges);
  const sampling = useScenarioStoreWhile(near, selectSampling);
  const [status, setStatus] = useState('');
  const id = useId();
  const link = scenarioLink({ scenario, ranges, sampling, pins, compare });
  const uncertainty = useUncertaintyWhile(near);
  // The chances only of the run of exactly this scenario (not one a step behind).
  const chances =
    uncertainty.status === 'ready' &&
    uncertainty.job.scenario === scenario &&
    uncertainty.job.ranges === rangesInUse(scenario, ranges) &&
    uncertainty.job.sampling === sampling
      ? uncertainty.summary
      : undefined;
  const quote = buildQuote(scenario, results, link, { ranges, sampling, chances });

  return (
    <section ref={ref} className="quote" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Quote this scenario</h2>
      <label className="quote__label" htmlFor={`${id}-text`}>
        Ready to paste into a comment
      </label>
      <textarea
        id={`${id}-text`}
        className="quote__text"
        autoComplete="off"
        readOnly
        value={quote}
        rows={4}
      />
      <div className="quote__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(quote).then((ok) =>
              setStatus(ok ? 'Quote copied.' : 'Could not reach the clipboard: select the text.'),
            );
          }}
        >
          Copy quote
        </button>
        <span role="status" className="quote__status">
          {status}
        </span>
      </div>
    </section>
  );
}

export const QuoteBox = memo(QuoteBoxComponent);
