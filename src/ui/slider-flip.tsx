/**
 * Where the verdict at your ratio flips along one slider (issue 11): the sentence under the row
 * ("Verdict at your ratio flips at 99.0 %", part of the slider's accessible description) and its
 * mark on the track, placed by the slider's own scale so it sits where the thumb would.
 *
 * Each part subscribes to what it shows (a string, a list of track fractions), not to the
 * scenario, so a step re-renders only the rows whose flip moved, not all nine.
 */
import { memo, type CSSProperties } from 'react';
import { formatFlipSentence } from '../format/break-even';
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import { flipPointsOf } from '../store/flip-selectors';
import type { ScenarioState } from '../store/scenario-store';
import { positionFromValue, sliderAttributes } from './slider-scale';
import { useScenario } from '../store/use-store-while';

type Selector<T> = (state: ScenarioState) => T;

const sentenceSelectors = new Map<InputKey, Selector<string>>();
const fractionSelectors = new Map<InputKey, Selector<number[]>>();
// Per input and flip-points object (one "no flip" object serves every input): while the flip
// points are kept (a field-size slider moving, flip-selectors.ts), every step's nine sentences
// and marks are looked up, not formatted again.

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function cached<T>(cache: WeakMap<object, T>, of: object, make: () => T): T {
  let value = cache.get(of);
  if (value === undefined) {
    value = make();
    cache.set(of, value);
  }
  return value;
}

/** Where `value` sits along the input's track, 0–1, by the slider's own scale. */
export function trackFraction(key: InputKey, value: number): number {
  const spec = INPUT_SPECS[key];
  const { min, max } = sliderAttributes(spec);
  const position = positionFromValue(spec, value);
  return max > min ? Math.min(1, Math.max(0, (position - min) / (max - min))) : 0;
}

function sentenceSelector(key: InputKey): Selector<string> {
  let selector = sentenceSelectors.get(key);
  if (!selector) {
    // One cache per way N is set: the same "no flip" object reads differently for the two.
    const sentences = { set: new WeakMap<object, string>(), field: new WeakMap<object, string>() };
    selector = (state) => {
      const flips = flipPointsOf(state.scenario)[key];
      const nFrom = state.scenario.nFrom;
      return cached(sentences[nFrom], flips, () => formatFlipSentence(key, flips, nFrom));
    };
    sentenceSelectors.set(key, selector);
  }
  return selector;
}

/** [from, to, from, to, …] of each flip as track fractions (from = to for a single value). */
function fractionSelector(key: InputKey): Selector<number[]> {
  let selector = fractionSelectors.get(key);
  if (!selector) {
    const fractions = new WeakMap<object, number[]>();
    // The last list handed out: a new flip-points object whose marks sit at the same fractions
    // gives back this same array, so the row's marks keep their props. (A plain comparison of
    // two short number arrays: zustand's useShallow, used here before, compared them through
    // iterators on every step of every one of the 18 rows.)
    let last: number[] = [];
    selector = (state) => {
      const flips = flipPointsOf(state.scenario)[key];
      const next = cached(fractions, flips, () =>
        flips.kind === 'none'
          ? []
          : flips.points.flatMap((p) => [trackFraction(key, p.from), trackFraction(key, p.to)]),
      );
      if (next !== last && !sameNumbers(next, last)) last = next;
      return last;
    };
    fractionSelectors.set(key, selector);
  }
  return selector;
}

export const FlipSentence = memo(function FlipSentence({
  inputKey,
  id,
}: {
  readonly inputKey: InputKey;
  readonly id: string;
}) {
  const text = useScenario(sentenceSelector(inputKey));
  return (
    <p className="slider-field__flip" id={id}>
      {text}
    </p>
  );
});

/** The flip's mark across the track: a line at a single value, a shaded band over a range. */
export const FlipMarks = memo(function FlipMarks({ inputKey }: { readonly inputKey: InputKey }) {
  const fractions = useScenario(fractionSelector(inputKey));
  if (fractions.length === 0) return null;
  const marks: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < fractions.length; i += 2) {
    marks.push({ from: fractions[i] ?? 0, to: fractions[i + 1] ?? 0 });
  }
  return (
    <div className="slider-flip" aria-hidden="true">
      {marks.map(({ from, to }, index) => (
        <span
          key={index}
          className={
            from === to ? 'slider-flip__mark' : 'slider-flip__mark slider-flip__mark--band'
          }
          style={{ '--flip-from': from, '--flip-to': to } as CSSProperties}
        />
      ))}
    </div>
  );
});
