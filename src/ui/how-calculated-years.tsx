/**
 * "How this is calculated", the part for "Over the years" (issue 12): the three steps of each
 * year, what the figures read at the end of year Y, what the verdicts count, and N from the field.
 * Kept in step with docs/model.md ("Over the years") and src/model/years.ts.
 */
import { INPUT_SPECS, type InputKey } from '../model/inputs';

const YEARS_SYMBOLS: ReadonlyArray<[InputKey, string, string]> = [
  ['years', 'Y', 'how many years the program runs'],
  ['perYear', 'P', 'cohorts a year'],
  [
    'capGrowth',
    'gK',
    'growth of the capabilities researchers who are not alumni, a fraction a year',
  ],
  ['safGrowth', 'gS', 'growth of the safety researchers who are not alumni'],
  ['drift', 'd', 'share of the safety alumni who move to capabilities each year'],
  ['pivot', 'p', 'share of the capabilities alumni who move to safety each year'],
  ['anyway', 'a', 'share of the alumni who would have entered the same roles anyway'],
  ['capBoost', 'b', 'extra output of a capabilities alumnus over a median capabilities researcher'],
  ['importance', 'm', 'how much more one unit of safety progress matters (N from the field)'],
];

export function YearsFormulas() {
  return (
    <>
      <h3>Over the years</h3>
      <p>
        The program runs for Y years. Time 0 is today&apos;s field (K capabilities, S safety, no
        alumni). Each year, in this order:
      </p>
      <ol>
        <li>
          the researchers who are not alumni grow: <code>K ← K × (1 + gK)</code>,{' '}
          <code>S ← S × (1 + gS)</code>;
        </li>
        <li>
          alumni already placed move, both shares taken from the stocks at the start of the step:{' '}
          <code>d × alumni in safety</code> move to capabilities and{' '}
          <code>p × alumni in capabilities</code> move to safety;
        </li>
        <li>
          the year&apos;s P cohorts are placed exactly as above, each adding its new safety and new
          capabilities researchers to the alumni.
        </li>
      </ol>
      <table className="how__table">
        <caption>The inputs of “Over the years”</caption>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Control</th>
            <th scope="col">Meaning in the formulas</th>
          </tr>
        </thead>
        <tbody>
          {YEARS_SYMBOLS.map(([key, symbol, meaning]) => (
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
      <dl className="how__formulas">
        <div>
          <dt>Field ratio after, at the end of year Y</dt>
          <dd>
            <code>(K_Y + alumni in capabilities) : (S_Y + alumni in safety)</code>
          </dd>
          <dd className="how__meaning">
            Headcounts. With one year and no growth, the ratio above.
          </dd>
        </div>
        <div>
          <dt>Field ratio without the program</dt>
          <dd>
            <code>(K_Y + a × alumni in capabilities) : (S_Y + a × alumni in safety)</code>
          </dd>
          <dd className="how__meaning">
            The same field with only the alumni who would have entered anyway.
          </dd>
        </div>
        <div>
          <dt>Net impact at 1 : N, over the years</dt>
          <dd>
            <code>(1 − a) × (alumni in safety − alumni in capabilities × (1 + b) ÷ N)</code>
          </dd>
          <dd className="how__meaning">
            Only what the program caused counts, and each capabilities alumnus weighs 1 + b. The
            verdicts and the break-even ratio use the same two caused quantities; with a = 100 %
            nothing was caused, so net impact is exactly 0 and every verdict is net neutral.
          </dd>
        </div>
        <div>
          <dt>N from the field</dt>
          <dd>
            <code>N = m × K ÷ S</code>
          </dd>
          <dd className="how__meaning">
            With “How N is set” on “From the field”. If research value grows with the logarithm of
            each side&apos;s size, one more researcher adds in proportion to 1 ÷ (size of their
            side), so one safety researcher offsets K ÷ S capabilities researchers, times how much
            more safety progress matters (m). The thread&apos;s 10,000 : 1,000 field gives 1 : 100
            at m = 10 and 1 : 10 at m = 1. Today&apos;s field is used, not the grown one.
          </dd>
        </div>
      </dl>
    </>
  );
}
