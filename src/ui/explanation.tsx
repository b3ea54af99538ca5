/**
 * A walk through the thread's illustration, told with the live values: it changes as the
 * sliders move, so a reader can check each figure against the ones above. The sentences come
 * from buildArgument (src/format/argument.ts), a pure function tested over every edge case.
 * Far below the viewport it pauses and catches up as it nears (use-near-viewport.ts). With
 * ranges it ends with the chances of net positive (useUncertainty).
 */
import { memo } from 'react';
import { buildArgument } from '../format/argument';
import { selectResults, selectScenario } from '../store/selectors';
import { useScenarioStoreWhile } from '../store/use-store-while';
import { useNearViewport } from './use-near-viewport';
import { useUncertaintyWhile } from './use-uncertainty';

function ExplanationComponent() {
  const [ref, near] = useNearViewport<HTMLElement>();
  const s = useScenarioStoreWhile(near, selectScenario);
  const r = useScenarioStoreWhile(near, selectResults);
  // With ranges, the chances of the latest run; a run a step behind is kept (marked busy, as the
  // headline does) rather than dropped, so the paragraph does not come and go while dragging.
  const uncertainty = useUncertaintyWhile(near);
  const chances = uncertainty.status === 'ready' ? uncertainty.summary : undefined;
  const updating =
    uncertainty.status === 'running' || (uncertainty.status === 'ready' && !uncertainty.current);
  return (
    <section
      ref={ref}
      className="explanation"
      aria-labelledby="explanation-title"
      aria-busy={updating || undefined}
    >
      <h2 id="explanation-title">The argument with these numbers</h2>
      {buildArgument(s, r, chances).map((paragraph, index) => (
        // Keyed by position: the paragraphs keep their order, only their words change.
        <p key={index}>{paragraph}</p>
      ))}
    </section>
  );
}

export const Explanation = memo(ExplanationComponent);
