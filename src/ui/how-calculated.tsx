/**
 * "How this is calculated": the model written out for a reader of the page, not only for one of
 * the repository (issue 9, fault 13: the page used to point to docs/model.md, which a visitor of
 * the deployed site cannot open). The inputs and their symbols, the share rule and the formulas
 * are here; the judgement calls, what the model leaves out and the sources are in
 * how-calculated-limits.tsx. Kept in step with docs/model.md and src/model/calculate.ts.
 *
 * Loaded lazily by app.tsx (it sits at the foot of the page), so its text does not add to the
 * JavaScript that the first paint waits for.
 */
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { JudgementCalls, LeftOut, Sources } from './how-calculated-limits';
import { YearsFormulas } from './how-calculated-years';
import { useHydrated } from './use-hydrated';

/** The symbol each input has in the formulas, and what it stands for there. */
const SYMBOLS: ReadonlyArray<[InputKey, string, string]> = [
  ['cap', 'K', 'capabilities researchers in the field now'],
  ['saf', 'S', 'safety researchers in the field now'],
  ['cohort', 'C', 'people in the cohort'],
  ['toSafety', 's', 'share in safety roles, as a fraction (49 % is 0.49)'],
  ['toIndep', 'i', 'share doing safety research independently'],
  ['toCap', 'c', 'share in capabilities roles'],
  ['indepWeight', 'w', 'how much one independent counts as one safety researcher'],
  ['nonGen', 'g', 'share of the safety-counted placements whose work counts as capabilities'],
  ['neutral', 'N', 'your net-neutral ratio 1 : N'],
];

/** [figure, formula, what it means]. */
const FORMULAS: ReadonlyArray<[string, string, string]> = [
  [
    'Counted as safety',
    'C × (s + i × w)',
    'People in safety roles, plus independents at the weight you give them.',
  ],
  [
    'New safety researchers',
    'counted as safety × (1 − g)',
    'The safety-counted placements whose work is not counted as capabilities.',
  ],
  [
    'New capabilities researchers',
    'C × c + counted as safety × g',
    'Capabilities roles, plus the non-generalizing share of the safety-counted placements.',
  ],
  [
    'Other / not placed',
    'C × (1 − s − i − c)',
    'Counts on neither side. Independents left out by w (C × i × (1 − w)) count on neither side either.',
  ],
  [
    'Field ratio now (capabilities : safety)',
    'K : S',
    'Written with the smaller side as 1, as the thread writes 10 : 1.',
  ],
  [
    'Field ratio after (capabilities : safety)',
    '(K + new capabilities) : (S + new safety)',
    'The field once the cohort is placed. S is at least 10, so the ratio is always finite.',
  ],
  [
    'New researchers (safety : capabilities)',
    'new safety : new capabilities',
    'The cohort’s own balance, written safety first as the career data’s 8 : 1 is.',
  ],
  [
    'Capabilities per 100 safety',
    '100 × new capabilities ÷ new safety',
    'The same balance as a count per 100 new safety researchers.',
  ],
  [
    'Verdict at 1 : N',
    'net positive when new safety × N > new capabilities; net negative when smaller; net neutral when equal',
    'Computed for N = 10, N = 100 and your own N. “Equal” allows one part in a billion, so that decimal shares which binary arithmetic cannot hold exactly still land on break-even.',
  ],
  [
    'Margin',
    'new safety × N ÷ new capabilities',
    'In multiples of break-even (“10× break-even”): above 1 is net positive, below 1 net negative.',
  ],
  [
    'Net impact at 1 : N',
    'new safety − new capabilities ÷ N',
    'In safety-researcher equivalents: what the cohort is worth after paying for its capabilities placements at the rate 1 : N. Exactly 0 when the verdict is net neutral, so its sign always matches the verdict.',
  ],
];

/**
 * Rendered once the page is hydrated, not in the prerendered HTML: this section loads as a
 * chunk of its own, and a prerendered copy opened before its code arrived would be replaced
 * (closed again) when React put the section in place.
 */
export function HowCalculated() {
  return useHydrated() ? <Formulas /> : null;
}

function Formulas() {
  return (
    <details className="how">
      <summary>How this is calculated</summary>
      <p>
        Every figure on this page is computed in your browser from the assumptions in the controls,
        with the formulas below and nothing else.
      </p>

      <h3>Inputs and their symbols</h3>
      <table className="how__table">
        <caption>The inputs as the formulas write them</caption>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Control</th>
            <th scope="col">Meaning in the formulas</th>
          </tr>
        </thead>
        <tbody>
          {SYMBOLS.map(([key, symbol, meaning]) => (
            <tr key={key}>
              <td>
                <code>{symbol}</code>
              </td>
              <td>{INPUT_SPECS[key].label}</td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>The share rule</h3>
      <p>
        Safety roles, independent safety research and capabilities roles are parts of one cohort, so
        together they never pass 100 %. Whatever they leave is &quot;other / not placed&quot;.
      </p>
      <ul>
        <li>
          When you raise one share, the other two stay as they are while they still fit: the extra
          comes out of &quot;other&quot;. Only once &quot;other&quot; is used up are the two others
          reduced, in proportion to their sizes, so the three then add up to exactly 100 %.
        </li>
        <li>
          When a link or a file asks for more than 100 % in total, all three shares are scaled down
          in proportion, so none is favoured, and a notice names the shares it changed.
        </li>
      </ul>

      <h3>Formulas</h3>
      <p>Every figure the page shows, with its formula and what it means:</p>
      <dl className="how__formulas">
        {FORMULAS.map(([figure, formula, meaning]) => (
          <div key={figure}>
            <dt>{figure}</dt>
            <dd>
              <code>{formula}</code>
            </dd>
            <dd className="how__meaning">{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        Each verdict flips exactly where new safety × N = new capabilities, that is at N = new
        capabilities ÷ new safety. The non-generalizing share only moves people from one side to the
        other: new safety + new capabilities stays the same whatever g is.
      </p>
      <p>
        Three cases are named instead of divided by zero: a cohort that places no one on either side
        (&quot;no one placed&quot;: every verdict is net neutral, net impact 0), one with no
        capabilities placements (&quot;all safety&quot;: net positive at every N) and one with no
        safety placements (&quot;all capabilities&quot;: net negative at every N).
      </p>
      <p>
        Worked example, the thread&apos;s illustration: a field of 10,000 capabilities and 1,000
        safety researchers, and a cohort of 1,000 split 50 % / 50 %. That is 500 new safety and 500
        new capabilities researchers; the field goes from 10 : 1 to 10,500 : 1,500 = 7 : 1; at 1 :
        10 the net impact is 500 − 500 ÷ 10 = 450, at 1 : 100 it is 500 − 5 = 495.
      </p>

      <YearsFormulas />
      <JudgementCalls />
      <LeftOut />
      <Sources />
    </details>
  );
}
