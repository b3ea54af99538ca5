/**
 * Hands a new value to several consumers one at a time (the charts panel: one chart per frame).
 *
 * A recharts redraw is tens of milliseconds of main-thread work that cannot be interrupted once
 * the chart has committed: recharts' store then notifies every part of the chart. When one
 * slider move redrew two or three charts, that work ran back to back in one task, long enough
 * to hold up the next slider event.
 *
 * Here each consumer keeps its own copy of the value. After a change, the first consumer that
 * the change affects takes the new value in a transition (the next slider move can interrupt
 * it); each further one follows after the previous one's frame has been drawn. Consumers that
 * the change does not affect (`sameInputs`) take the new value along with the step, as their
 * memo skips the redraw anyway. Consumers are visited round-robin, so during a long drag none
 * of them waits behind the others.
 */
import { useEffect, useRef, useState, useTransition } from 'react';

/** True when a consumer would draw the same thing for both values. */
export type SameInputs<T> = (a: T, b: T) => boolean;

export function useStaggeredValues<T>(value: T, consumers: readonly SameInputs<T>[]): readonly T[] {
  const [shown, setShown] = useState<readonly T[]>(() => consumers.map(() => value));
  const [isPending, startTransition] = useTransition();
  /** Where the round-robin search for an out-of-date consumer starts. */
  const nextIndex = useRef(0);
  /** `shown` at the previous effect run: a different one means a step has just committed. */
  const previousShown = useRef(shown);

  useEffect(() => {
    const justStepped = previousShown.current !== shown;
    previousShown.current = shown;
    if (isPending) return undefined;
    const count = consumers.length;
    const order = consumers.map((_, k) => (nextIndex.current + k) % count);
    const stale = order.find((i) => !consumers[i]?.(shown[i] as T, value));
    if (stale === undefined) return undefined;

    const step = () => {
      nextIndex.current = (stale + 1) % count;
      startTransition(() => {
        setShown((current) =>
          current.map((old, i) => (i === stale || consumers[i]?.(old, value) ? value : old)),
        );
      });
    };
    if (!justStepped) {
      step();
      return undefined;
    }
    // After a step, wait until its frame has been drawn (recharts finishes a redraw in it).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(step, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown, isPending, consumers]);

  return shown;
}
