/**
 * How the uncertainty charts' words name "your ratio" (issue 11): the headline's "Chance net
 * positive at your ratio" and the net impact distribution draw each sample's N from your range
 * when N is a range, so the charts' sentences must not name the range's middle as that N.
 */
import { formatNeutral } from '../../format/format';
import { formatInputRange } from '../../format/range-text';
import type { UncertaintySummary } from '../../model/uncertainty';

/**
 * "at your ratio (…)" as the headline's "Chance net positive at your ratio" means it: at your N,
 * or, when N is a range (or follows a field that is one), each sample at its own N. Then the
 * marked line is only the range's middle, and the sentence says so rather than naming it as
 * the N of that chance.
 */
export function yourRatioWords(
  summary: Pick<UncertaintySummary, 'inputs' | 'neutralVaries'>,
  userN: number,
): { chance: string; line: string } {
  const range = summary.inputs.find((input) => input.key === 'neutral');
  if (range) {
    return {
      chance: `at your ratio (each sample at its own N from your range ${formatInputRange('neutral', range)})`,
      line: ` The line "your ${formatNeutral(userN)}" marks the middle of your range.`,
    };
  }
  if (summary.neutralVaries) {
    return {
      chance: "at your ratio (each sample at its own N, from that sample's field)",
      line: ` The line "your ${formatNeutral(userN)}" marks the N the field gives at the ranges' middles.`,
    };
  }
  return { chance: `at your ratio (${formatNeutral(userN)})`, line: '' };
}
