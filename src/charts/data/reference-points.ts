/**
 * Published outcome figures drawn on the new-researchers chart for comparison, with their
 * sources. Figures are from /shared/reference/sources.md; the x value is the share of placed
 * alumni in capabilities, the y value new safety per new capabilities researcher.
 */
import { formatRatio } from '../../format/format';
import { SOURCES, type Source } from '../../model/sources';
import type { OffScale } from './log-ticks';

export interface ReferencePoint {
  readonly id: 'survey' | 'surveyWithIndependents' | 'longitudinal';
  /** Share of placed alumni in capabilities (%). */
  readonly capShare: number;
  /** Safety per capabilities; all three lie inside the log display range. */
  readonly y: number;
  readonly offScale: OffScale;
  /** Legend and tooltip label, with the ratio. */
  readonly label: string;
  readonly display: string;
  readonly source: Source;
  /** Shown next to the source link: what was assumed or is not confirmed. */
  readonly caveat: string;
}

function referencePoint(
  id: ReferencePoint['id'],
  safety: number,
  capabilities: number,
  describe: (ratio: string) => string,
  source: Source,
  caveat: string,
): ReferencePoint {
  const ratio = formatRatio(safety, capabilities);
  return {
    id,
    capShare: (100 * capabilities) / (safety + capabilities),
    y: safety / capabilities,
    offScale: null,
    label: describe(ratio),
    display: ratio,
    source,
    caveat,
  };
}

// MATS Alumni Impact Analysis (2024): 49 % in alignment or control roles, 29 % independent safety
// research, 1.4 % (1 of 72) in capabilities. Longitudinal data: 80 % safety, 10 % capabilities.
export const REFERENCE_POINTS: readonly ReferencePoint[] = [
  referencePoint(
    'survey',
    49,
    1.4,
    (r) => `2024 alumni survey, independents ignored (${r})`,
    SOURCES.alumniSurvey2024,
    'Independent researchers left out, as the thread did; 1 of 72 respondents worked on capabilities.',
  ),
  referencePoint(
    'surveyWithIndependents',
    49 + 29,
    1.4,
    (r) => `2024 alumni survey, independents counted (${r})`,
    SOURCES.alumniSurvey2024,
    'Derived: the 29 % doing independent safety research counted fully as safety.',
  ),
  referencePoint(
    'longitudinal',
    80,
    10,
    (r) => `Longitudinal career data (${r})`,
    SOURCES.longitudinal,
    'Date unconfirmed (about 2025); 242 of 292 alumni found.',
  ),
];
