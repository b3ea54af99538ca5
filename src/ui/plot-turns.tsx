/**
 * Draws the charts' plots one after another, each once it first comes near the viewport.
 *
 * Mounting a recharts chart is a lot of main-thread work: every part of the chart registers in
 * the chart's store, and each registration re-runs the chart's selectors. The three plots used
 * to mount in one task (about 650 ms on the benchmark machine), so the first chart appeared only
 * once all three were done. With turns, the charts panel lets one plot draw at a time: the next
 * starts after the previous one has been drawn and its frame painted. A plot far below the
 * viewport is not drawn until the reader comes within half a viewport of it (use-near-viewport.ts):
 * a phone opening the page draws no plot until the reader scrolls towards the charts, and a
 * plot that is never reached costs nothing. Plots are drawn in transitions, so React mounts them
 * in slices of a few milliseconds. Each figure shows its title, text and fixed-height plot box
 * from the first paint (the prerendered HTML has them too), so nothing moves when a plot arrives.
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
 * Turns for the panel's plots, in page order, given whether each plot's slot is near the
 * viewport and whether that is known yet. Plot i may draw once it has been near (and the page is
 * hydrated: the prerendered HTML has no plots), and every plot before it that has been near has
 * been drawn and painted. Returns the turn of plot `index`.
 */
export function usePlotTurns(
  near: readonly boolean[],
  measured: readonly boolean[],
): (index: number) => PlotTurn {
  const count = near.length;
  const hydrated = useHydrated();
  // Whether each plot has been near the viewport since the page opened: once drawn, a plot stays.
  // Without an observer (jsdom in the tests) every plot is near at once.
  const [seen, setSeen] = useState<readonly boolean[]>(() =>
    near.map((isNear, index) => isNear && (measured[index] ?? false)),
  );
  const newlySeen = near.some((isNear, index) => isNear && measured[index] && !seen[index]);
  useEffect(() => {
    if (!newlySeen) return;
    // A transition: the plots that came near mount in slices, not in one long task.
    startTransition(() =>
      setSeen((previous) =>
        previous.map((was, index) => was || ((near[index] ?? false) && (measured[index] ?? false))),
      ),
    );
  }, [newlySeen, near, measured]);
  const [drawn, setDrawn] = useState<readonly boolean[]>(() => near.map(() => false));
  // Stable callbacks: a plot reports once, whatever happens to the turns after it.
  const [drawnCallbacks] = useState(() =>
    Array.from({ length: count }, (_, index) => () => {
      // After the frame that paints this plot (recharts draws its last updates in that frame).
      requestAnimationFrame(() => {
        setTimeout(
          () =>
            startTransition(() =>
              setDrawn((previous) => previous.map((was, at) => was || at === index)),
            ),
          0,
        );
      });
    }),
  );
  const turns = useMemo(
    () =>
      drawnCallbacks.map((onDrawn, index) => ({
        ready:
          hydrated &&
          (seen[index] ?? false) &&
          seen.slice(0, index).every((wasSeen, before) => !wasSeen || drawn[before]),
        drawn: onDrawn,
      })),
    [drawnCallbacks, hydrated, seen, drawn],
  );
  return (index) => turns[index] ?? ALWAYS_READY;
}
