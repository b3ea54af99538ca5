/**
 * "How this is calculated": every formula the page uses, with its source. Kept in step with
 * docs/model.md and src/model/calculate.ts.
 */
import { SOURCES } from '../model/sources';

const FORMULAS: ReadonlyArray<[string, string]> = [
  ['Other / not placed', '100 % − safety roles − independent safety − capabilities roles'],
  ['Counted as safety', 'cohort × (safety roles + independent safety × independents counted)'],
  ['New safety', 'counted as safety × (1 − non-generalizing alignment)'],
  [
    'New capabilities',
    'cohort × capabilities roles + counted as safety × non-generalizing alignment',
  ],
  ['Field ratio now', 'capabilities researchers : safety researchers'],
  ['Field ratio after', '(capabilities + new capabilities) : (safety + new safety)'],
  ['New researchers ratio', 'new safety : new capabilities'],
  ['Capabilities per 100 safety', '100 × new capabilities ÷ new safety'],
  [
    'Verdict at 1 : N',
    'net positive when new safety × N > new capabilities, net negative when smaller, neutral when equal',
  ],
  ['Margin', 'new safety × N ÷ new capabilities, in multiples of break-even'],
  ['Net impact at 1 : N', 'new safety − new capabilities ÷ N, in safety-researcher equivalents'],
];

export function HowCalculated() {
  return (
    <details className="how">
      <summary>How this is calculated</summary>
      <p>
        Shares are fractions of the cohort. The three placement shares never add up to more than 100
        %: the rest is &quot;other / not placed&quot; and counts on neither side. When a link asks
        for more than 100 % in total, the shares are scaled down in proportion and the notice says
        so.
      </p>
      <dl className="how__formulas">
        {FORMULAS.map(([term, formula]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{formula}</dd>
          </div>
        ))}
      </dl>
      <p>
        An empty cohort, a cohort with no capabilities placements and one with no safety placements
        are named results (&quot;no one placed&quot;, &quot;all safety&quot;, &quot;all
        capabilities&quot;) rather than a division by zero.
      </p>
      <h3>Sources</h3>
      <ul>
        {Object.values(SOURCES).map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
            {source.caveat ? ` — ${source.caveat}` : null}
          </li>
        ))}
      </ul>
      <p>
        The full derivation, with worked examples and what the model leaves out, is in{' '}
        <code>docs/model.md</code> in the project repository.
      </p>
    </details>
  );
}
