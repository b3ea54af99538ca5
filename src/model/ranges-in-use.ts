/**
 * Which ranges the model uses (docs/model.md, "A range that is not in use"). The way N is set
 * (`nFrom`, issue 12) decides which of two inputs the model reads:
 *
 * - with N from the field (`nFrom = field`) the net-neutral slider is not read: N is importance ×
 *   C/S of each sample's own field, so it already spreads with any range on those three;
 * - with N set by the slider (`nFrom = set`, the default) the importance is not read at all.
 *
 * A range on the input that is not read is dormant:
 *
 * - it stays in the store, the link, pins and files, as the slider's point value does, so
 *   choosing the other way of setting N again (or opening the link and doing so) brings it back
 *   exactly;
 * - nothing that describes the uncertainty counts it: the sampler does not draw it, the
 *   sensitivity chart has no bar for it, the quote and the chances do not name it, and alone it
 *   does not start a run (a page whose only range is dormant is a page of points).
 *
 * The one rule lives here so the sampler, the runs and the texts cannot disagree.
 */
import { INPUT_KEYS, type InputKey, type Scenario } from './inputs';
import { NO_RANGES, type ScenarioRanges } from './ranges';

type NSourceFacts = Pick<Scenario, 'nFrom'>;

/** The one input the model does not read with each way of setting N: its range is dormant. */
const DORMANT_KEY: Readonly<Record<NSourceFacts['nFrom'], InputKey>> = {
  field: 'neutral',
  set: 'importance',
};

/**
 * False for the net-neutral ratio while N comes from the field and for the importance while N is
 * set by the slider: the model reads neither then.
 */
export function isRangeInUse(key: InputKey, scenario: NSourceFacts): boolean {
  return key !== DORMANT_KEY[scenario.nFrom];
}

// One object per stored ranges object and way of setting N: the runs compare jobs, and the quote
// its run's job, by identity, so a fresh object per call would restart the sampling for nothing.
const withoutDormant: Readonly<
  Record<NSourceFacts['nFrom'], WeakMap<ScenarioRanges, ScenarioRanges>>
> = {
  field: new WeakMap(),
  set: new WeakMap(),
};

/**
 * The ranges the model uses: `ranges` itself when none is dormant, otherwise the same ranges
 * without the dormant one (NO_RANGES when none is left).
 */
export function rangesInUse(scenario: NSourceFacts, ranges: ScenarioRanges): ScenarioRanges {
  if (ranges[DORMANT_KEY[scenario.nFrom]] === undefined) return ranges;
  const cache = withoutDormant[scenario.nFrom];
  let used = cache.get(ranges);
  if (!used) {
    const entries = INPUT_KEYS.flatMap((key) => {
      const range = ranges[key];
      return range && isRangeInUse(key, scenario) ? [[key, range] as const] : [];
    });
    used = entries.length > 0 ? Object.freeze(Object.fromEntries(entries)) : NO_RANGES;
    cache.set(ranges, used);
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
