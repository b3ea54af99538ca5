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
import { useCallback, useState, useSyncExternalStore, type RefCallback } from 'react';
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
  const print = useSyncExternalStore(subscribePrinting, isPrinting, notPrintingOnServer);
  const ref = useCallback((element: T | null) => {
    if (!element || !canObserve()) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries.at(-1);
        if (!latest) return;
        setIntersecting(latest.isIntersecting);
        setMeasured(true);
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, intersecting || print, measured || print] as const;
}
