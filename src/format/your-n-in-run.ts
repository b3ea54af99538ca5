/**
 * How "your ratio" is set across a Monte Carlo run's samples (issues 11 and 12), for every text
 * that names it: N itself a range (each sample draws its N from it), N following a field that is
 * a range (each sample derives its own N from its field), or one N for every sample. The
 * headline's "your range …" line and the uncertainty charts' "at your ratio (…)" words both ask
 * this, so they never disagree about which N a chance was taken at.
 */
import type { UncertaintySummary } from '../model/uncertainty';
import { formatInputRange } from './range-text';

export type YourNInRun =
  /** N is a range: `rangeText` is the range, "1 : 10 to 1 : 100". */
  | { readonly kind: 'range'; readonly rangeText: string }
  /** N follows the field, and what it is derived from is a range. */
  | { readonly kind: 'from each field' }
  /** One N for every sample. */
  | { readonly kind: 'one' };

export function yourNInRun(
  summary: Pick<UncertaintySummary, 'inputs' | 'neutralVaries'>,
): YourNInRun {
  const range = summary.inputs.find((input) => input.key === 'neutral');
  if (range) return { kind: 'range', rangeText: formatInputRange('neutral', range) };
  return summary.neutralVaries ? { kind: 'from each field' } : { kind: 'one' };
}
