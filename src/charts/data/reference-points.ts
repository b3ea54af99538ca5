/**
 * Published outcome figures drawn on the new-researchers chart for comparison, with their
 * sources. Figures are from /shared/reference/sources.md.
 *
 * What was published is a placement SPLIT (shares of alumni in safety roles, independent safety
 * research and capabilities); how much an independent researcher counts and how much safety work
 * is non-generalizing are the reader's judgement calls, not data. So each point is the published
 * split run through the model (placementsPerPerson / balanceOf) under the reader's own
 * `indepWeight` and `nonGen`: it sits exactly where the "current split" dot sits when the
 * scenario has the same split, and the ratio the source published goes in its source note
 * (issue 9, fault 3).
 *
 * The 2024 survey used to be drawn twice, "independents ignored" (35 : 1) and "independents
 * counted" (55.7 : 1). Those are two settings of one judgement call on the same split, so it is
 * now one point placed with the reader's setting; both published readings stay in its note.
 */
import { balanceOf, placementsPerPerson, type NewResearchersBalance } from '../../model/calculate';
import { DEFAULT_SCENARIO, type Scenario } from '../../model/inputs';
import { capabilitiesShareOfPlaced } from '../../model/split';
import { formatPercent, formatRatio } from '../../format/format';
import { balancePhrase, NEW_RESEARCHERS_ORIENTATION } from '../../format/sentences';
import { SOURCES, type Source } from '../../model/sources';
import { balanceDisplay, balanceY, offScaleNote } from './balance-y';
import type { OffScale } from './split-axes';

/** The judgement calls that move a published split's point. */
export type Judgements = Pick<Scenario, 'indepWeight' | 'nonGen'>;

export interface PublishedSplit {
  readonly id: 'survey' | 'longitudinal';
  /** Stable name, with the split: "2024 alumni survey, 49 / 29 / 1.4 %". */
  readonly name: string;
  /** Shares of the respondents (%), as published. */
  readonly toSafety: number;
  readonly toIndep: number;
  readonly toCap: number;
  readonly source: Source;
  /** What was published and what is not confirmed; the judgements used are added to it. */
  readonly published: string;
  /** Whether the independents' weight changes this point (not when the data lumps them in). */
  readonly separatesIndependents: boolean;
}

export interface ReferencePoint {
  readonly id: PublishedSplit['id'];
  /** Share of placed people in capabilities roles (%), the chart's x value. */
  readonly capShare: number;
  /** New safety per new capabilities under the reader's judgements, clamped; null if no ratio. */
  readonly y: number | null;
  readonly offScale: OffScale;
  readonly balance: NewResearchersBalance['kind'];
  /** Stable name, also the source note's label. */
  readonly name: string;
  /** Legend label: the name and the ratio under the reader's judgements. */
  readonly label: string;
  /**
   * The balance under the reader's judgements, as the chart's readout words a split: "55.7 : 1
   * safety to capabilities", "all capabilities (no safety placements)".
   */
  readonly display: string;
  /** The same as a phrase that fits after "gives": "only capabilities researchers (…)". */
  readonly phrase: string;
  readonly source: Source;
  /** Shown next to the source link: the published figure, what was assumed, the judgements used. */
  readonly caveat: string;
}

// MATS Alumni Impact Analysis (2024): 49 % in alignment or control roles, 29 % independent safety
// research, 1.4 % (1 of 72) in capabilities. Longitudinal data: 80 % safety (independents
// included), 10 % capabilities.
const PUBLISHED: readonly PublishedSplit[] = [
  {
    id: 'survey',
    name: '2024 alumni survey, 49 / 29 / 1.4 %',
    toSafety: 49,
    toIndep: 29,
    toCap: 1.4,
    source: SOURCES.alumniSurvey2024,
    published: `49 % in safety roles, 29 % in independent safety research and 1.4 % in capabilities, which is 1 of 72 respondents; published as ${formatRatio(49, 1.4)} ${NEW_RESEARCHERS_ORIENTATION} with independents ignored, as the thread did, or ${formatRatio(49 + 29, 1.4)} with them counted`,
    separatesIndependents: true,
  },
  {
    id: 'longitudinal',
    name: 'Longitudinal career data, 80 / 10 %',
    toSafety: 80,
    toIndep: 0,
    toCap: 10,
    source: SOURCES.longitudinal,
    published: `80 % in safety, independents included, and 10 % in capabilities; published as ${formatRatio(80, 10)} ${NEW_RESEARCHERS_ORIENTATION}; date unconfirmed, about 2025; 242 of 292 alumni found`,
    separatesIndependents: false,
  },
];

/** One published split as published, e.g. the longitudinal data for "Where alumni work". */
export function publishedSplit(id: PublishedSplit['id']): PublishedSplit {
  const split = PUBLISHED.find((candidate) => candidate.id === id);
  if (split === undefined) throw new RangeError(`No published split "${id}"`);
  return split;
}

/** Short form for the legend, where space is tight. */
function shortBalance(kind: NewResearchersBalance['kind'], safety: number, cap: number): string {
  switch (kind) {
    case 'none':
      return 'no one on either side';
    case 'all-safety':
      return 'all safety';
    case 'all-capabilities':
      return 'all capabilities';
    case 'both':
      return formatRatio(safety, cap);
  }
}

function judgementsUsed(split: PublishedSplit, j: Judgements): string {
  const nonGen = `${formatPercent(j.nonGen)} of safety counted as non-generalizing`;
  return split.separatesIndependents
    ? `placed here with your judgements: independents counted at ${formatPercent(j.indepWeight)}, ${nonGen}`
    : `placed here with your judgements: ${nonGen}; the independents' weight does not apply, as the data does not separate them`;
}

function referencePoint(split: PublishedSplit, j: Judgements): ReferencePoint {
  const p = placementsPerPerson(
    { ...DEFAULT_SCENARIO, indepWeight: j.indepWeight, nonGen: j.nonGen },
    split,
  );
  const balance = balanceOf(p.newSafety, p.newCapabilities);
  const { y, offScale } = balanceY(balance);
  const short = shortBalance(balance.kind, p.newSafety, p.newCapabilities);
  return {
    id: split.id,
    // A published split always places someone, so the share exists.
    capShare: capabilitiesShareOfPlaced(split) ?? 0,
    y,
    offScale,
    balance: balance.kind,
    name: split.name,
    label: `${split.name} (${short} with your judgements)`,
    // Worded like the current split's readout, so the two agree where they coincide.
    display: balanceDisplay(balance, p.newSafety, p.newCapabilities, offScale),
    phrase: `${balancePhrase(balance.kind, p.newSafety, p.newCapabilities)}${offScaleNote({ balance: balance.kind, offScale })}`,
    source: split.source,
    caveat: `${split.published}; ${judgementsUsed(split, j)}.`,
  };
}

// Same judgements, same array: the chart's markers, legend and source notes then keep their
// identity while the other sliders move.
const cache = new Map<string, readonly ReferencePoint[]>();
const CACHE_LIMIT = 100;

/** The published splits, placed under the reader's judgement calls. */
export function referencePointsFor(j: Judgements): readonly ReferencePoint[] {
  const key = `${j.indepWeight}|${j.nonGen}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const points = PUBLISHED.map((split) => referencePoint(split, j));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, points);
  return points;
}
