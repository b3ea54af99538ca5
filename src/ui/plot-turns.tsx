/**
 * Draws the charts' plots one after another when the page opens.
 *
 * Mounting a recharts chart is a lot of main-thread work: every part of the chart registers in
 * the chart's store, and each registration re-runs the chart's selectors. The three plots used
 * to mount in one task (about 650 ms on the benchmark machine), so the first chart appeared only
 * once all three were done. With turns, the charts panel lets one plot draw at a time: the next
 * starts after the previous one has been drawn and its frame painted. Each figure shows its
 * title, text and fixed-height plot box from the first paint, so nothing moves when a plot
 * arrives.
 *
 * A chart rendered outside a turns provider (on its own, as in the component tests) draws at
 * once.
 */
import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import { useHydrated } from './use-hydrated';

export interface PlotTurn {
  /** The plot may draw now. */
  readonly ready: boolean;
  /** Called once the plot's chart has been committed to the page. */
  readonly drawn: () => void;
}

const ALWAYS_READY: PlotTurn = { ready: true, drawn: () => {} };

export const PlotTurnContext = createContext<PlotTurn>(ALWAYS_READY);

/** This plot's turn (always ready outside a provider). */
export function usePlotTurn(): PlotTurn {
  return useContext(PlotTurnContext);
}

/** Renders nothing; placed next to a plot's chart, it reports when the chart is on the page. */
export function PlotDrawn({ onDrawn }: { readonly onDrawn: () => void }) {
  useEffect(() => {
    onDrawn();
  }, [onDrawn]);
  return null;
}

/**
 * Turns for `count` plots, in page order: plot i + 1 may draw once plot i has been painted.
 * Returns the turn of plot `index`.
 */
export function usePlotTurns(count: number): (index: number) => PlotTurn {
  // Hydrating prerendered HTML (which has no plots): the first plot opens after hydration, as a
  // transition, so React draws it in slices of a few milliseconds instead of one long task.
  const hydrated = useHydrated();
  const [opened, setOpened] = useState(hydrated ? 1 : 0);
  useEffect(() => {
    if (opened === 0) startTransition(() => setOpened(1));
  }, [opened]);
  // Stable callbacks: a plot reports once, whatever happens to the turns after it.
  const [drawnCallbacks] = useState(() =>
    Array.from({ length: count }, (_, index) => () => {
      if (index + 1 >= count) return;
      // After the frame that paints this plot (recharts draws its last updates in that frame).
      requestAnimationFrame(() => {
        setTimeout(() => startTransition(() => setOpened((open) => Math.max(open, index + 2))), 0);
      });
    }),
  );
  const turns = useMemo(
    () => drawnCallbacks.map((drawn, index) => ({ ready: index < opened, drawn })),
    [drawnCallbacks, opened],
  );
  return (index) => turns[index] ?? ALWAYS_READY;
}
