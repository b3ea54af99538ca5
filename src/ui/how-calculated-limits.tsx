/**
 * The second half of "How this is calculated" (how-calculated.tsx): the judgement calls the
 * reader makes, what the model leaves out and the public sources, written for a visitor of the
 * page. Kept in step with docs/model.md ("What the model leaves out", "Sources").
 */
import { SOURCES } from '../model/sources';

/** [judgement, why it is one]. */
const JUDGEMENTS: ReadonlyArray<[string, string]> = [
  [
    'Your net-neutral ratio 1 : N',
    'How many new capabilities researchers one new safety researcher offsets. An opinion, not a measurement: the thread argues for about 1 : 100 and calls 1 : 10 a reasonable alternative, so the page always shows both beside your own.',
  ],
  [
    'Independents counted as safety',
    'Whether safety research done independently counts as fully as a safety role (100 %), not at all (0 %) or in between.',
  ],
  [
    'Non-generalizing alignment',
    'The share of safety-counted work that speeds capabilities without making future systems safer, counted with capabilities. The thread raises the worry but gives no number; the default is 0.',
  ],
  [
    'The field’s size',
    'The thread’s 10,000 : 1,000 field is made up for illustration; the field-sized preset combines two rough public estimates made by different people in different years.',
  ],
];

/** [what is left out, what that means for the figures]. */
const LEFT_OUT: ReadonlyArray<[string, string]> = [
  [
    'Clued-up capabilities researchers',
    'Capabilities researchers who learned about safety may do good (switch to safety when the evidence changes) or harm (apply safety insights to capabilities). The model counts them as plain capabilities researchers.',
  ],
  [
    'Counterfactual entrants',
    'The model counts placements, not the change the program caused. Some alumni would have reached the same job without it, and some capabilities placements would have happened anyway; the whole cohort is treated as caused by the program.',
  ],
  [
    'Researcher quality',
    'Every new researcher counts as one median researcher of their side. One strong capabilities researcher may matter more than many safety researchers, or the reverse; N is the only place such judgements enter.',
  ],
  [
    'Uncertainty',
    'Every input is a single value, with no ranges or probabilities. The survey figures rest on 72 respondents, and its 1.4 % in capabilities on one person.',
  ],
  [
    'Time',
    'A cohort is placed all at once and stays put. Careers change, fields grow, people move between sides and later cohorts compound; none of this is modelled.',
  ],
  [
    'Diminishing returns',
    'N is a constant. If each researcher’s value falls as their side of the field grows, break-even N equals the field’s own capabilities : safety ratio and changes as the field grows; you can set N to the field ratio by hand, but the model does not link them.',
  ],
  [
    'Safety work that does not scale',
    'Non-generalizing alignment is one blunt share; the deeper worry, that alignment which holds locally may fail to scale, is not modelled beyond moving people from one side to the other.',
  ],
  [
    'Everything else a program does',
    'Research output, mentoring, norms, and the funding a program attracts or diverts.',
  ],
];

/** A term and its explanation, as one row of a description list. */
function Term({ term, children }: { readonly term: string; readonly children: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function JudgementCalls() {
  return (
    <>
      <h3>The judgement calls</h3>
      <p>
        Four inputs are not facts about the world but views a reader has to bring. They are controls
        so that you can put in your own.
      </p>
      <dl className="how__terms">
        {JUDGEMENTS.map(([term, text]) => (
          <Term key={term} term={term}>
            {text}
          </Term>
        ))}
      </dl>
    </>
  );
}

export function LeftOut() {
  return (
    <>
      <h3>What the model leaves out</h3>
      <p>The figures are only as good as these simplifications allow.</p>
      <dl className="how__terms">
        {LEFT_OUT.map(([term, text]) => (
          <Term key={term} term={term}>
            {text}
          </Term>
        ))}
      </dl>
    </>
  );
}

export function Sources() {
  return (
    <>
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
    </>
  );
}
