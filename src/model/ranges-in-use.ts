/**
 * Which ranges the model uses (docs/model.md, "A range that is not in use"). With N from the
 * field (`nFrom = field`, issue 12) the net-neutral slider is not read: N is importance × C/S of
 * each sample's own field, so it already spreads with any range on those three. A range on
 * `neutral` is then dormant:
 *
 * - it stays in the store, the link, pins and files, as the slider's point value does, so
 *   choosing "Your slider" again (or opening the link and doing so) brings it back exactly;
 * - nothing that describes the uncertainty counts it: the sampler does not draw it, the
 *   sensitivity chart has no bar for it, the quote and the chances do not name it, and alone it
 *   does not start a run (a page whose only range is dormant is a page of points).
 *
 * The one rule lives here so the sampler, the runs and the texts cannot disagree.
 */
import { INPUT_KEYS, type InputKey, type Scenario } from './inputs';
import { NO_RANGES, type ScenarioRanges } from './ranges';

type NSourceFacts = Pick<Scenario, 'nFrom'>;

/** False only for the net-neutral ratio while N comes from the field. */
export function isRangeInUse(key: InputKey, scenario: NSourceFacts): boolean {
  return key !== 'neutral' || scenario.nFrom !== 'field';
}

// One object per stored ranges object: the runs compare jobs, and the quote its run's job, by
// identity, so a fresh object per call would restart the sampling for nothing.
const withoutDormant = new WeakMap<ScenarioRanges, ScenarioRanges>();

/**
 * The ranges the model uses: `ranges` itself when none is dormant, otherwise the same ranges
 * without the dormant ones (NO_RANGES when none is left).
 */
export function rangesInUse(scenario: NSourceFacts, ranges: ScenarioRanges): ScenarioRanges {
  if (isRangeInUse('neutral', scenario) || ranges.neutral === undefined) return ranges;
  let used = withoutDormant.get(ranges);
  if (!used) {
    const entries = INPUT_KEYS.flatMap((key) => {
      const range = ranges[key];
      return range && isRangeInUse(key, scenario) ? [[key, range] as const] : [];
    });
    used = entries.length > 0 ? Object.freeze(Object.fromEntries(entries)) : NO_RANGES;
    withoutDormant.set(ranges, used);
  }
  return used;
}

/** True when some input is a range the model uses (the sampling then runs). */
export function hasRangesInUse(scenario: NSourceFacts, ranges: ScenarioRanges): boolean {
  return INPUT_KEYS.some((key) => ranges[key] !== undefined && isRangeInUse(key, scenario));
}

/** What N is made of when it comes from the field (years.ts, `neutralFromField`). */
const DERIVED_N_INPUTS: readonly InputKey[] = ['importance', 'cap', 'saf'];

/**
 * True when the N in use differs from sample to sample: the net-neutral range with N set by the
 * slider, or a range on importance or a field size with N from the field. The texts then speak
 * of "each sample at its own N" and give no one N (no margin N / R, no "your ratio 1 : 30").
 */
export function neutralVariesPerSample(
  scenario: NSourceFacts,
  ranged: readonly InputKey[],
): boolean {
  return scenario.nFrom === 'field'
    ? DERIVED_N_INPUTS.some((key) => ranged.includes(key))
    : ranged.includes('neutral');
}
