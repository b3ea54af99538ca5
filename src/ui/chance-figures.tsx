/**
 * The chances of net positive across the ranges (issue 11): three <output>s named exactly
 * "Chance net positive at 1:10", "… at 1:100" and "… at your ratio", a row of their own between
 * the break-even ratio and the verdicts, shown only while some input is a range. Before the first
 * run answers they read "sampling…" (the row is there at once, so nothing moves when the numbers
 * arrive); a failed run leaves a plain message in their place.
 */
import type { UncertaintyState } from '../app/uncertainty-runs';
import { formatCount, formatNeutral } from '../format/format';
import { formatChance, formatSampling } from '../format/chance-format';
import { formatInputRange } from '../format/range-text';
import type { Chance, UncertaintySummary } from '../model/uncertainty';
import { Figure } from './figure';

const PENDING = 'sampling…';

function countLine(chance: Chance): string {
  return `${formatCount(chance.positive)} of ${formatCount(chance.samples)} samples net positive`;
}

/**
 * "at your 1 : 30", "each sample at its own N from your range 1 : 10 to 1 : 100", or with N from
 * the field and a range on what it follows from, "each sample at its own N from its own field".
 */
function yourRatioLine(summary: UncertaintySummary | null, neutral: number): string {
  const range = summary?.inputs.find((input) => input.key === 'neutral');
  if (range) {
    return `each sample at its own N from your range ${formatInputRange('neutral', range)}`;
  }
  if (summary?.neutralVaries) return 'each sample at its own N from its own field';
  return `at your ${formatNeutral(neutral)}`;
}

export function ChanceFigures({
  uncertainty,
  neutral,
}: {
  readonly uncertainty: UncertaintyState;
  readonly neutral: number;
}) {
  if (uncertainty.status === 'none') return null;
  const summary = uncertainty.status === 'ready' ? uncertainty.summary : null;
  const updating =
    uncertainty.status === 'running' || (uncertainty.status === 'ready' && !uncertainty.current);
  const rows = [
    { label: 'Chance net positive at 1:10', chance: summary?.chance.at10, at: 'at 1 : 10' },
    { label: 'Chance net positive at 1:100', chance: summary?.chance.at100, at: 'at 1 : 100' },
    {
      label: 'Chance net positive at your ratio',
      chance: summary?.chance.atUser,
      at: yourRatioLine(summary, neutral),
    },
  ];
  const ready = uncertainty.status === 'ready' ? uncertainty : null;
  return (
    // data-summary-run / data-summary-current: which request the figures on screen answer, and
    // whether it is the scenario as it is now (uncertainty-runs.ts). They change with the state
    // the row already re-renders for (a run started, a summary arrived), so they cost nothing;
    // `npm run bench` times "input → chances updated" by them (scripts/bench/page-harness.mjs).
    <div
      className="headline__chances"
      data-summary-run={ready ? ready.run : 0}
      data-summary-current={ready ? String(ready.current) : 'false'}
    >
      <p className="headline__chances-title">
        <span>Across the ranges</span>
        {summary ? (
          <span className="headline__sampling">
            {formatSampling(summary.samples, summary.seed)}
          </span>
        ) : null}
        {/* Always laid out, shown only while updating: the row keeps its height. */}
        <span
          className={`headline__updating${updating ? ' headline__updating--on' : ''}`}
          aria-hidden="true"
        >
          updating…
        </span>
      </p>
      {uncertainty.status === 'failed' ? (
        <p className="headline__failed" role="status">
          The chances of net positive could not be computed ({uncertainty.message}). The figures
          show the middle of each range.
        </p>
      ) : (
        <div className="headline__group headline__group--chances">
          {rows.map((row) => (
            <Figure
              key={row.label}
              label={row.label}
              value={row.chance ? formatChance(row.chance) : PENDING}
              detail={row.chance ? `${countLine(row.chance)} ${row.at}` : row.at}
              sampled
            />
          ))}
        </div>
      )}
    </div>
  );
}
