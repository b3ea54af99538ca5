/**
 * "Quote this scenario": a sentence or two in the thread's style, recomputed from the live values,
 * with the link, ready to paste into a forum comment.
 */
import { memo, useId, useState } from 'react';
import { scenarioLink } from '../app/share-url';
import { buildQuote } from '../format/quote';
import { useScenarioStore } from '../store/scenario-store';
import { selectCompare, selectPins, selectResults, selectScenario } from '../store/selectors';
import { copyText } from './copy-text';

function QuoteBoxComponent() {
  const scenario = useScenarioStore(selectScenario);
  const results = useScenarioStore(selectResults);
  const pins = useScenarioStore(selectPins);
  const compare = useScenarioStore(selectCompare);
  const [status, setStatus] = useState('');
  const id = useId();
  const quote = buildQuote(scenario, results, scenarioLink({ scenario, pins, compare }));

  return (
    <section className="quote" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Quote this scenario</h2>
      <label className="quote__label" htmlFor={`${id}-text`}>
        Ready to paste into a comment
      </label>
      <textarea id={`${id}-text`} className="quote__text" readOnly value={quote} rows={4} />
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
