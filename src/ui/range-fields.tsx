/**
 * An input that is a range (issue 11): its low and high ends (range-end-field.tsx) and, under
 * them, the range in words with its family and median ("90 % between 5 % and 20 %, logit-normal;
 * median 10.3 %"). The words are part of both ends' accessible descriptions, so a screen reader
 * hears the family and median while moving an end.
 */
import { memo, useId } from 'react';
import { formatRangeSummary } from '../format/range-summary';
import type { InputKey } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { RangeEndField } from './range-end-field';

interface RangeFieldsProps {
  readonly inputKey: InputKey;
  readonly range: InputRange;
  /** Id of the row's label, which names the group of both ends. */
  readonly labelledBy: string;
  /** Ids of the row's other descriptions (the flip sentence, what the input means). */
  readonly describedBy: string;
}

function RangeFieldsComponent({ inputKey, range, labelledBy, describedBy }: RangeFieldsProps) {
  const wordsId = `${useId()}-words`;
  const described = `${wordsId} ${describedBy}`;
  return (
    <div className="range-fields" role="group" aria-labelledby={labelledBy}>
      <RangeEndField inputKey={inputKey} end="lo" value={range.lo} describedBy={described} />
      <RangeEndField inputKey={inputKey} end="hi" value={range.hi} describedBy={described} />
      <p className="range-fields__words" id={wordsId}>
        {formatRangeSummary(inputKey, range)}
      </p>
    </div>
  );
}

export const RangeFields = memo(RangeFieldsComponent);
