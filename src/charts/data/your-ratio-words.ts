/**
 * How the uncertainty charts' words name "your ratio" (issue 11): the headline's "Chance net
 * positive at your ratio" and the net impact distribution draw each sample's N from your range
 * when N is a range, so the charts' sentences must not name the range's middle as that N.
 */
import { formatNeutral } from '../../format/format';
import { yourNInRun } from '../../format/your-n-in-run';
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
  const yourN = yourNInRun(summary);
  switch (yourN.kind) {
    case 'range':
      return {
        chance: `at your ratio (each sample at its own N from your range ${yourN.rangeText})`,
        line: ` The line "your ${formatNeutral(userN)}" marks the middle of your range.`,
      };
    case 'from each field':
      return {
        chance: "at your ratio (each sample at its own N, from that sample's field)",
        line: ` The line "your ${formatNeutral(userN)}" marks the N the field gives at the ranges' middles.`,
      };
    case 'one':
      return { chance: `at your ratio (${formatNeutral(userN)})`, line: '' };
  }
}
