/**
 * The headline figures while some input is a range and no summary (or not yet the code that
 * writes one, range-parts.ts) is here: each figure keeps its point value and its interval line
 * reads "90 %: sampling…", so the figures take their final height at once. Loaded with the page,
 * apart from sampled-figures.ts, which loads with the first range.
 */
import type { VerdictOutcome } from '../model/calculate';
import type { VerdictRow } from './verdict-rows';

/** A figure with ranges: its value (absent while sampling: keep the point value) and interval. */
export interface SampledFigure {
  readonly value?: string;
  readonly interval: string;
  readonly detail?: string;
  readonly outcome?: VerdictOutcome;
  /**
   * The new researchers' balance: whether the median is written as a ratio ("8 : 1"), not as an
   * edge word ("all safety"), so a label saying which side comes first applies to it.
   */
  readonly isRatio?: boolean;
}

export interface SampledFigures {
  readonly fieldNow: SampledFigure;
  readonly fieldAfter: SampledFigure;
  readonly fieldWithout: SampledFigure;
  readonly balance: SampledFigure;
  readonly per100: SampledFigure;
  readonly breakEven: SampledFigure;
  readonly verdict: (row: VerdictRow) => SampledFigure;
  readonly netImpact: (row: VerdictRow) => SampledFigure;
  /**
   * The line under "Verdict at your ratio" when each sample has its own N (your ratio is a range,
   * or N comes from the field and what it follows from is a range).
   */
  readonly yourRange?: string;
}

const SAMPLING: SampledFigure = { interval: '90 %: sampling…' };

export const PENDING_FIGURES: SampledFigures = {
  fieldNow: SAMPLING,
  fieldAfter: SAMPLING,
  fieldWithout: SAMPLING,
  balance: SAMPLING,
  per100: SAMPLING,
  breakEven: SAMPLING,
  verdict: () => SAMPLING,
  netImpact: () => SAMPLING,
};
