/**
 * Labelled marks under a ladder slider's track ("1 : 10", "1 : 100"), so the reader sees where
 * familiar values sit on a track that is not linear. Drawn rather than a <datalist>, which not
 * every browser shows. Hidden from screen readers: the slider's aria-valuetext says the value.
 */
import { memo, type CSSProperties } from 'react';
import { formatNeutral, formatNumber } from '../format/format';
import type { InputSpec } from '../model/inputs';
import { markFraction, type Ladder } from './slider-ladder';

interface SliderMarksProps {
  readonly spec: InputSpec;
  readonly ladder: Ladder;
}

// Memoised: spec and ladder never change, so a slider move leaves the marks alone.
export const SliderMarks = memo(function SliderMarks({ spec, ladder }: SliderMarksProps) {
  if (ladder.marks.length === 0) return null;
  return (
    <div className="slider-marks" aria-hidden="true">
      {ladder.marks.map((value) => (
        <span
          key={value}
          className="slider-marks__mark"
          style={{ '--mark-at': markFraction(ladder, value) } as CSSProperties}
        >
          {spec.unit === 'ratio' ? formatNeutral(value) : formatNumber(value)}
        </span>
      ))}
    </div>
  );
});
