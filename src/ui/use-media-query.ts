/**
 * Whether a media query matches, following changes. Where `matchMedia` does not exist (jsdom in
 * the tests) it answers `fallback`.
 */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    [query],
  );
  // Stable functions: React queues an effect (and a task to run it) on every render whose
  // snapshot function differs from the last, and this hook's component re-renders on every step.
  const matches = useCallback(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback),
    [query, fallback],
  );
  const serverSnapshot = useCallback(() => fallback, [fallback]);
  return useSyncExternalStore(subscribe, matches, serverSnapshot);
}
