/**
 * Shows the page once the app has rendered the opened link's scenario. index.html hides the
 * prerendered page (which shows the defaults) under a link with a scenario of its own; after
 * hydration, the store's subscribers re-render with the linked values in the same task as the
 * effects, so the frame after this effect shows them. A link with ranges also waits for the range
 * parts' code (range-parts-loader.ts, fetched alongside hydration), so the page shows its ranges
 * at once rather than placeholders first.
 */
import { useEffect } from 'react';
import { rangePartsSettled } from './range-parts-loader';

export const LINK_PENDING_ATTRIBUTE = 'data-link-pending';

export function useRevealPage(): void {
  useEffect(() => {
    let frame = 0;
    let cancelled = false;
    // Settled: the parts' new state has been rendered (a store change renders synchronously).
    void rangePartsSettled().then(() => {
      if (cancelled) return;
      frame = requestAnimationFrame(() => {
        document.documentElement.removeAttribute(LINK_PENDING_ATTRIBUTE);
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
}
