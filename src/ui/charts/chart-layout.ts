/**
 * Where a chart figure is laid out. On the explorer's page ('page') a figure has a fixed plot
 * height, its "In words" text, sources and download buttons. In an embed ('embed', see
 * ui/embed-app.tsx) the figure must fit a fixed-height iframe at any width: the plot takes the
 * height the title and legend leave, the text and sources fold into a disclosure drawn over the
 * plot, and the downloads stay in the full explorer.
 */
import { createContext, useContext } from 'react';

export type ChartLayout = 'page' | 'embed';

export const ChartLayoutContext = createContext<ChartLayout>('page');

export function useChartLayout(): ChartLayout {
  return useContext(ChartLayoutContext);
}
