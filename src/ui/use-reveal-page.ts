/**
 * Shows the page once the app has rendered the opened link's scenario. index.html hides the
 * prerendered page (which shows the defaults) under a link with a scenario of its own; after
 * hydration, the store's subscribers re-render with the linked values in the same task as the
 * effects, so the frame after this effect shows them.
 */
import { useEffect } from 'react';

export const LINK_PENDING_ATTRIBUTE = 'data-link-pending';

export function useRevealPage(): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      document.documentElement.removeAttribute(LINK_PENDING_ATTRIBUTE);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}
