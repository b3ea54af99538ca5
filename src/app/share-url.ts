/**
 * The one link builder for "this scenario": Copy link, the quote, the figures and chart CSVs, the
 * scenario file and the source line of chart pictures all cite the link it makes, so each of them
 * reopens the same scenario with the same pins and comparison (issue 9, fault 5). It reads the
 * store, not the address bar, which follows a drag only after a short pause and, in embed mode,
 * carries the embed keys.
 */
import { useScenarioStore, type LinkedStoreState } from '../store/scenario-store';
import { encodeLink } from '../url/link-codec';

/** Absolute URL of this page with the given query string. */
export function shareUrl(search: string): string {
  const { origin, pathname } = window.location;
  // file:// pages have the origin "null"; fall back to the href without its query.
  const base = origin === 'null' ? window.location.href.split(/[?#]/)[0] : `${origin}${pathname}`;
  return `${base}${search}`;
}

/** The parts of the store a link describes: scenario, ranges, sampling, pins, comparison. */
export type LinkedState = LinkedStoreState;

/** The full explorer's link to `state` (by default the store's current state). */
export function scenarioLink(state: LinkedState = useScenarioStore.getState()): string {
  return shareUrl(
    encodeLink({
      scenario: state.scenario,
      ranges: state.ranges,
      sampling: state.sampling,
      pins: state.pins,
      compare: state.compare,
      embed: false,
    }),
  );
}
