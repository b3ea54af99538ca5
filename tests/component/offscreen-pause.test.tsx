/**
 * Sections far from the viewport pause (src/ui/use-near-viewport.ts): a chart, the argument or
 * the quote that is more than half a viewport away keeps its last rendering while sliders move,
 * and shows the current scenario as soon as it nears, or when the page is printed. jsdom has no
 * IntersectionObserver, so this file installs one the test drives.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { decodeLink } from '../../src/url/link-codec';
import { ChartsPanel } from '../../src/ui/charts-panel';
import { Explanation } from '../../src/ui/explanation';
import { QuoteBox } from '../../src/ui/quote-box';
import { YearsChartsPanel } from '../../src/ui/years-charts-panel';
import { instantClient } from './uncertainty-harness';

class DrivenIntersectionObserver {
  static readonly live = new Set<DrivenIntersectionObserver>();
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    DrivenIntersectionObserver.live.add(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
    DrivenIntersectionObserver.live.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  report(target: Element, isIntersecting: boolean): void {
    const entry = { target, isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

/** Scrolls `element` near the viewport (true) or far from it (false). */
function setNear(element: Element, near: boolean): void {
  const observers = [...DrivenIntersectionObserver.live].filter((o) => o.targets.has(element));
  expect(observers.length, 'the element is observed').toBeGreaterThan(0);
  act(() => {
    for (const observer of observers) observer.report(element, near);
  });
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', DrivenIntersectionObserver);
});

afterEach(() => {
  // A failed print test must not leave the page printing for the next ones.
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  stopPageUncertaintyRuns();
  act(() => useScenarioStore.getState().reset());
  vi.unstubAllGlobals();
});

const NET_IMPACT = 'Net impact against cohort size';
const FIELD_RATIO = 'How the field ratio moves with cohort size';
const figureOf = (title: string) => screen.getByRole('figure', { name: title });
const textOf = (title: string) => figureOf(title).querySelector('.chart-figure__text')?.textContent;
/** The block the panel observes for each chart: the figure's parent. */
const slotOf = (title: string) => figureOf(title).parentElement as Element;
const SLOW = { timeout: 10_000 };

describe('a chart far from the viewport', () => {
  it(
    'keeps its drawing while sliders move and catches up as it nears',
    { timeout: 30_000 },
    async () => {
      render(<ChartsPanel />);
      await waitFor(() => expect(figureOf(NET_IMPACT).querySelector('svg')).not.toBeNull(), SLOW);
      setNear(slotOf(NET_IMPACT), false);
      const farBefore = textOf(NET_IMPACT);
      const nearBefore = textOf(FIELD_RATIO);
      const farLineBefore = figureOf(NET_IMPACT)
        .querySelector('path.chart-line')
        ?.getAttribute('d');

      act(() => useScenarioStore.getState().setInput('cohort', 3000));

      expect(textOf(FIELD_RATIO), 'the chart in view follows the change').not.toBe(nearBefore);
      expect(textOf(NET_IMPACT), 'the far chart keeps its text').toBe(farBefore);
      expect(figureOf(NET_IMPACT).querySelector('path.chart-line')?.getAttribute('d')).toBe(
        farLineBefore,
      );

      setNear(slotOf(NET_IMPACT), true);
      expect(textOf(NET_IMPACT), 'it shows the current scenario once near').not.toBe(farBefore);
      expect(textOf(NET_IMPACT)).toContain('3,000');
    },
  );
});

describe('a chart far from the viewport when the page is printed', () => {
  it('catches up before the print layout and pauses again after', { timeout: 30_000 }, async () => {
    render(<ChartsPanel />);
    await waitFor(() => expect(figureOf(NET_IMPACT).querySelector('svg')).not.toBeNull(), SLOW);
    setNear(slotOf(NET_IMPACT), false);
    act(() => useScenarioStore.getState().setInput('cohort', 3000));
    expect(textOf(NET_IMPACT)).not.toContain('3,000');
    // No act(): the chart must update inside the beforeprint handler itself.
    window.dispatchEvent(new Event('beforeprint'));
    expect(textOf(NET_IMPACT)).toContain('3,000');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    act(() => useScenarioStore.getState().setInput('cohort', 4000));
    expect(textOf(NET_IMPACT), 'far again after printing').toContain('3,000');
  });
});

describe('an "Over the years" chart far from the viewport', () => {
  it(
    'keeps its drawing while sliders move and catches up as it nears',
    { timeout: 30_000 },
    async () => {
      const far = 'Net impact by year';
      const near = 'The field over the years';
      render(<YearsChartsPanel />);
      expect(screen.getByRole('heading', { level: 2, name: 'Over the years' })).toBeInTheDocument();
      await waitFor(() => expect(figureOf(far).querySelector('svg')).not.toBeNull(), SLOW);
      setNear(slotOf(far), false);
      const farBefore = textOf(far);
      const nearBefore = textOf(near);

      act(() => useScenarioStore.getState().setInput('toCap', 10));

      expect(textOf(near), 'the chart in view follows the change').not.toBe(nearBefore);
      expect(textOf(far), 'the far chart keeps its text').toBe(farBefore);
      setNear(slotOf(far), true);
      expect(textOf(far), 'it shows the current scenario once near').not.toBe(farBefore);
    },
  );
});

describe('the argument and the quote far from the viewport', () => {
  it('the argument pauses and catches up as it nears', () => {
    render(<Explanation />);
    const section = screen.getByRole('region', { name: 'The argument with these numbers' });
    setNear(section, false);
    const before = section.textContent;
    act(() => useScenarioStore.getState().setInput('cohort', 3000));
    expect(section.textContent).toBe(before);
    setNear(section, true);
    expect(section.textContent).toContain('One cohort of 3,000 people');
  });

  it('the quote catches up when the page is printed, before the print layout', () => {
    render(<QuoteBox />);
    const section = screen.getByRole('region', { name: 'Quote this scenario' });
    const quote = screen.getByRole('textbox', { name: 'Ready to paste into a comment' });
    setNear(section, false);
    act(() => useScenarioStore.getState().setInput('cohort', 3000));
    expect((quote as HTMLTextAreaElement).value).not.toContain('3,000');
    // No act(): the section must update inside the beforeprint handler itself.
    window.dispatchEvent(new Event('beforeprint'));
    expect((quote as HTMLTextAreaElement).value).toContain('a cohort of 3,000');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    act(() => useScenarioStore.getState().setInput('cohort', 4000));
    expect((quote as HTMLTextAreaElement).value, 'far again after printing').toContain('3,000');
  });

  it.each([
    ['the argument', () => <Explanation />, 'The argument with these numbers'],
    ['the quote', () => <QuoteBox />, 'Quote this scenario'],
  ])(
    '%s keeps its chances while far, and takes the latest run as it nears',
    async (_, ui, name) => {
      startPageUncertaintyRuns(useScenarioStore, instantClient());
      render(ui());
      const section = screen.getByRole('region', { name });
      const decoded = decodeLink('?v=1&neutral=10~100&toCap=30~60&nonGen=85~99');
      act(() => useScenarioStore.getState().applyLinkState(decoded.state));
      const settle = () =>
        act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      await settle();
      const text = () => section.querySelector('textarea')?.value ?? section.textContent ?? '';
      await waitFor(() => expect(text()).toContain('seed 1'));
      setNear(section, false);
      const before = text();
      // A new run arrives for a new seed; the section is far, so neither its scenario nor its
      // chances follow.
      act(() => useScenarioStore.getState().rerollSeed(() => 0.5));
      await settle();
      expect(text()).toBe(before);
      setNear(section, true);
      const { seed } = useScenarioStore.getState().sampling;
      expect(text()).toContain(`seed ${seed.toLocaleString('en-US')}`);
      expect(text()).not.toBe(before);
    },
  );
});
