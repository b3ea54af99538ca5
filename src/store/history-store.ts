/**
 * Where the page is in its own browser history: the Undo / Redo buttons walk the same entries as
 * Back / Forward, so they need to know whether there is an entry of ours before or after this one.
 * Written only by the URL sync (src/app/url-sync.ts).
 */
import { create } from 'zustand';

export interface HistoryPosition {
  /** 0 for the entry the page was opened on; +1 for each committed change. */
  readonly index: number;
  /** The last index of ours that Forward can reach. */
  readonly max: number;
}

export const useHistoryStore = create<HistoryPosition>()(() => ({ index: 0, max: 0 }));

export const selectCanUndo = (state: HistoryPosition): boolean => state.index > 0;
export const selectCanRedo = (state: HistoryPosition): boolean => state.index < state.max;
