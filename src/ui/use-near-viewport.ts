/**
 * Whether an element is on screen or close to it (within half a viewport), and so whether the
 * figures it shows must follow every slider step.
 *
 * Why: every section below the fold re-rendering on every step is most of the JavaScript a
 * slider move costs, and the issues ahead add more charts. A section far from the viewport
 * keeps its last rendering and catches up in the frame after it comes within half a viewport,
 * before it can be seen. Printing shows every section, so all sections catch up (synchronously,
 * before the print layout) when printing starts. Where `IntersectionObserver` does not exist
 * (jsdom in the tests, very old browsers) every section is always near.
 */
import { useCallback, useMemo, useState, useSyncExternalStore, type RefCallback } from 'react';
import { flushSync } from 'react-dom';

/** How far outside the viewport a section still counts as near: half a viewport each way. */
export const NEAR_VIEWPORT_MARGIN = '50% 0px 50% 0px';

let printing = false;
const printListeners = new Set<() => void>();

function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  // Synchronously: the browser lays the page out for print right after `beforeprint`.
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}

function subscribePrinting(notify: () => void): () => void {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  printListeners.add(notify);
  return () => {
    printListeners.delete(notify);
    if (printListeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

function onBeforePrint(): void {
  setPrinting(true);
}

function onAfterPrint(): void {
  setPrinting(false);
}

const isPrinting = () => printing;
const notPrintingOnServer = () => false;

const canObserve = () => typeof IntersectionObserver !== 'undefined';

/** Whether the page is printing (every section then counts as near). */
function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, isPrinting, notPrintingOnServer);
}

/**
 * Watches `element` and reports whether it is near the viewport; returns the ref cleanup (none
 * without an observer).
 */
function observeNear(element: Element, report: (near: boolean) => void): (() => void) | undefined {
  if (!canObserve()) return undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const latest = entries.at(-1);
      if (latest) report(latest.isIntersecting);
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * A ref for the section's outer element; whether the section is near the viewport (or the page
 * is printing); and whether that is known yet (the observer reports a frame after the element
 * is on the page). It starts near, so the first render (and a page without the observer) shows
 * current figures; what should only start once the section is near (drawing a plot) waits for
 * `measured`.
 */
export function useNearViewport<T extends Element>(): readonly [RefCallback<T>, boolean, boolean] {
  const [intersecting, setIntersecting] = useState(true);
  const [measured, setMeasured] = useState(() => !canObserve());
  const print = usePrinting();
  const ref = useCallback(
    (element: T | null) =>
      element
        ? observeNear(element, (near) => {
            setIntersecting(near);
            setMeasured(true);
          })
        : undefined,
    [],
  );
  return [ref, intersecting || print, measured || print] as const;
}

/** `values` with `values[index]` set to `value`: the same array when it already holds it. */
function withValueAt(
  values: readonly boolean[],
  index: number,
  value: boolean,
): readonly boolean[] {
  return values[index] === value ? values : values.map((was, at) => (at === index ? value : was));
}

/** All true while `all` (printing), else `values` itself: a new array only when a value changes. */
function allWhile(all: boolean, values: readonly boolean[]): readonly boolean[] {
  return all && !values.every(Boolean) ? values.map(() => true) : values;
}

/**
 * useNearViewport for `count` elements at once (the slots of a chart panel, use-chart-slots.ts),
 * with one hook call whatever the count (which must not change). Returns a stable ref per
 * element and, per element, whether it is near and whether that is known yet. The two arrays
 * keep their identity until one of their values changes, so they can be effect dependencies.
 */
export function useNearViewports<T extends Element>(
  count: number,
): readonly [readonly RefCallback<T>[], readonly boolean[], readonly boolean[]] {
  const [intersecting, setIntersecting] = useState<readonly boolean[]>(() =>
    Array.from({ length: count }, () => true),
  );
  const [measured, setMeasured] = useState<readonly boolean[]>(() =>
    Array.from({ length: count }, () => !canObserve()),
  );
  const print = usePrinting();
  const [refs] = useState(() =>
    Array.from(
      { length: count },
      (_, index) => (element: T | null) =>
        element
          ? observeNear(element, (near) => {
              setIntersecting((previous) => withValueAt(previous, index, near));
              setMeasured((previous) => withValueAt(previous, index, true));
            })
          : undefined,
    ),
  );
  const near = useMemo(() => allWhile(print, intersecting), [print, intersecting]);
  const known = useMemo(() => allWhile(print, measured), [print, measured]);
  return [refs, near, known] as const;
}
