/**
 * One headline figure: a label, the value in an <output> whose accessible name is exactly the
 * label (a public contract used by tests and screen readers), and the lines under it.
 *
 * With ranges (issue 11) the value is the samples' median and `interval` its 90 % interval,
 * written on a line of its own under the big number but inside the <output>, after a hidden
 * comma, so a screen reader (and any test reading the output) gets "7 : 1, 90 %: 6.1–8.2".
 */
import { memo } from 'react';

export interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly interval?: string | undefined;
  readonly detail?: string | undefined;
  readonly tone?: 'positive' | 'negative' | 'neutral' | undefined;
  /** The comparison scenario's value of this figure and the difference, when comparing. */
  readonly comparison?: string | undefined;
  /** A figure computed from the samples (styled as such while they update). */
  readonly sampled?: boolean | undefined;
}

// Memoised: a slider move changes only some of the figures, and the others keep their DOM.
export const Figure = memo(function Figure({
  label,
  value,
  interval,
  detail,
  tone,
  comparison,
  sampled,
}: FigureProps) {
  const classes = ['figure', tone ? `figure--${tone}` : '', sampled ? 'figure--sampled' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <span className="figure__label" aria-hidden="true">
        {label}
      </span>
      <output className="figure__value" aria-label={label}>
        {value}
        {interval ? (
          <>
            <span className="visually-hidden">, </span>
            <span className="figure__interval">{interval}</span>
          </>
        ) : null}
      </output>
      {detail ? <span className="figure__detail">{detail}</span> : null}
      {comparison ? <span className="figure__compare">{comparison}</span> : null}
    </div>
  );
});
