/**
 * Raw values by input → a valid scenario with its ranges. Each value is sanitised on its own (a
 * point, or a range `lo~hi`: ./sanitise-range.ts); then every ranged input's point is set to its
 * range's middle and the shares are fitted into 100 % (src/model/range-points.ts), and a share
 * that had to give way is named in the notice.
 */
import { formatPercent } from '../format/format';
import {
  CHOICE_KEYS,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  SHARE_KEYS,
  type InputKey,
  type MutableScenario,
  type ScenarioKey,
} from '../model/inputs';
import { withRangePoints, type ShareFit } from '../model/range-points';
import type { InputRange, ScenarioRanges } from '../model/ranges';
import type { Scenario } from '../model/inputs';
import { describeKey, joinAnd, sanitiseChoice } from './sanitise';
import { sanitiseEntry } from './sanitise-range';
import type { DecodeIssue } from './url-spec';

export interface SanitisedScenario {
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly issues: DecodeIssue[];
}

/** Missing inputs take their defaults; see the top of this file. */
export function sanitiseScenario(raw: Partial<Record<ScenarioKey, string>>): SanitisedScenario {
  const values: MutableScenario = { ...DEFAULT_SCENARIO };
  const ranges: Partial<Record<InputKey, InputRange>> = {};
  const issues: DecodeIssue[] = [];
  for (const key of INPUT_KEYS) {
    const text = raw[key];
    if (text === undefined) continue;
    const entry = sanitiseEntry(key, text);
    values[key] = entry.value;
    if (entry.range) ranges[key] = entry.range;
    issues.push(...entry.issues);
  }
  for (const key of CHOICE_KEYS) {
    const text = raw[key];
    if (text === undefined) continue;
    const { value, issue } = sanitiseChoice(key, text);
    values[key] = value;
    if (issue) issues.push(issue);
  }
  const fitted = withRangePoints(values, ranges);
  const fitIssue = fitted.fit ? shareFitIssue(fitted.fit) : null;
  if (fitIssue) issues.push(fitIssue);
  return { scenario: fitted.scenario, ranges: fitted.ranges, issues };
}

/**
 * The notice when the share rule changed what the link says. A ranged share's point is not in
 * the link (only its ends are), so scaling it is never a change to report: a link written from a
 * state whose ranged middles pass 100 % decodes to that state again, with no notice. Only a share
 * written as a point that had to give way is named.
 */
function shareFitIssue(fit: ShareFit): DecodeIssue | null {
  const { before, after, ranged } = fit;
  const total = before.toSafety + before.toIndep + before.toCap;
  if (ranged.length === 0) {
    const changed = SHARE_KEYS.filter((key) => after[key] !== before[key]);
    const named = changed.length > 0 ? changed : [...SHARE_KEYS];
    const now = named.map((key) => `${key} ${formatPercent(after[key])}`).join(', ');
    const message =
      `${joinAnd(named.map(describeKey))} added up to ${formatPercent(total)}, more than the ` +
      `whole cohort; scaled down in proportion: ${now}.`;
    return { key: named.join(','), kind: 'scaled', message };
  }
  const changed = SHARE_KEYS.filter((key) => !ranged.includes(key) && after[key] !== before[key]);
  if (changed.length === 0) return null;
  const now = changed.map((key) => `${key} ${formatPercent(after[key])}`).join(', ');
  const middles = ranged.length === 1 ? 'the middle of its range' : 'the middles of their ranges';
  const counted = `${joinAnd(ranged.map(describeKey))} at ${middles}`;
  const rule = fit.rangesScaled
    ? 'those middles alone pass 100 %, so the shares given as points were set to 0'
    : 'the shares given as points were scaled down to fit';
  const message =
    `The shares added up to ${formatPercent(total)}, counting ${counted}: more than the whole ` +
    `cohort; ${rule}: ${now}.`;
  return { key: changed.join(','), kind: 'scaled', message };
}
