/**
 * A walk through the thread's illustration, told with the live values: it changes as the
 * sliders move, so a reader can check each figure against the ones above. The sentences come
 * from buildArgument (src/format/argument.ts), a pure function tested over every edge case.
 */
import { memo } from 'react';
import { buildArgument } from '../format/argument';
import { useScenarioStore } from '../store/scenario-store';
import { selectResults, selectScenario } from '../store/selectors';

function ExplanationComponent() {
  const s = useScenarioStore(selectScenario);
  const r = useScenarioStore(selectResults);
  return (
    <section className="explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">The argument with these numbers</h2>
      {buildArgument(s, r).map((paragraph, index) => (
        // Keyed by position: the paragraphs keep their order, only their words change.
        <p key={index}>{paragraph}</p>
      ))}
    </section>
  );
}

export const Explanation = memo(ExplanationComponent);
