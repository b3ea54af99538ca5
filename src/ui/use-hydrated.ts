/**
 * False while React hydrates the page's prerendered HTML (and on the server), true afterwards and
 * in any page rendered in the browser from scratch. Parts that need the browser (the plots,
 * which measure their box; the quote, which cites the page's own address) render only once it
 * is true, so the server's HTML and the first client render agree.
 */
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const inBrowser = () => true;
const onServerOrHydrating = () => false;

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, inBrowser, onServerOrHydrating);
}
