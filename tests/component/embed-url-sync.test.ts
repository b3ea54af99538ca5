/** Embed view and theme are decided when the page opens and kept in every URL it writes. */
import { describe, expect, it } from 'vitest';
import { openedPageMode } from '../../src/app/url-sync';
import { useScenarioStore } from '../../src/store/scenario-store';
import { withUrlSync } from './url-sync-harness';

const open = withUrlSync();

describe('url sync in embed mode', () => {
  it('keeps the view and the theme in the canonical link and after a change', () => {
    open('?cohort=1200&theme=dark&embed=impact');
    expect(window.location.search).toBe('?v=1&cohort=1200&embed=impact&theme=dark');
    useScenarioStore.getState().setInput('cohort', 1300);
    useScenarioStore.getState().commit();
    expect(window.location.search).toBe('?v=1&cohort=1300&embed=impact&theme=dark');
  });

  it('rewrites an old embed=1 link to the figures view it now opens', () => {
    open('?v=1&cohort=1200&embed=1');
    expect(window.location.search).toBe('?v=1&cohort=1200&embed=figures');
    expect(useScenarioStore.getState().notice).toEqual([]);
  });

  it('reads the view and theme the page opened with', () => {
    window.history.replaceState(null, '', '/?v=1&embed=researchers&theme=light');
    expect(openedPageMode()).toEqual({ embed: 'researchers', theme: 'light' });
    window.history.replaceState(null, '', '/?v=1&embed=nope&theme=nope');
    expect(openedPageMode()).toEqual({ embed: false, theme: 'auto' });
    window.history.replaceState(null, '', '/?v=1');
    expect(openedPageMode()).toEqual({ embed: false, theme: 'auto' });
  });
});
