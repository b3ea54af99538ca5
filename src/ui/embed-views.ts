/**
 * The views an embed can show (link key `embed=…`, see url/link-codec.ts), what the embed dialog
 * calls them, and the iframe height each snippet fixes.
 *
 * Each height is the one the embed's layout (embed-app.tsx, embed.css) is built to fit, with no
 * scrolling, at every width from 320 to 1,200 px: a chart takes what the title, legend and
 * footer leave; the figures are packed tighter on narrow frames, and need more height when
 * compared with another scenario. tests/e2e/embed.spec.ts opens every view at these heights
 * (with and without a comparison with a long name) and checks it: raise a height here if a view
 * grows.
 */
import type { EmbedView, ThemeChoice } from '../url/link-codec';
import {
  ALUMNI_YEARS_TITLE,
  FIELD_RATIO_TITLE,
  FIELD_YEARS_TITLE,
  NET_IMPACT_TITLE,
  NET_IMPACT_YEARS_TITLE,
  NEW_RESEARCHERS_TITLE,
} from './charts/chart-titles';

export interface EmbedViewOption {
  readonly view: EmbedView;
  /** The dialog's label, and the end of the iframe's title. */
  readonly label: string;
  /** The iframe's height in CSS pixels. */
  readonly height: number;
  /**
   * The height when the scenario is compared with another: every figure gains a "vs …" line,
   * which on a 320 px frame is two or three lines under each of the eleven figures. A chart only
   * gains a legend entry, which its plot makes room for.
   */
  readonly heightCompared: number;
}

/** In the page's order: the scenario charts, the charts over the years, then the figures. */
export const EMBED_VIEW_OPTIONS: readonly EmbedViewOption[] = [
  { view: 'field', label: FIELD_RATIO_TITLE, height: 600, heightCompared: 600 },
  { view: 'researchers', label: NEW_RESEARCHERS_TITLE, height: 640, heightCompared: 640 },
  { view: 'impact', label: NET_IMPACT_TITLE, height: 600, heightCompared: 600 },
  { view: 'field-years', label: FIELD_YEARS_TITLE, height: 600, heightCompared: 600 },
  { view: 'alumni-years', label: ALUMNI_YEARS_TITLE, height: 640, heightCompared: 640 },
  { view: 'impact-years', label: NET_IMPACT_YEARS_TITLE, height: 600, heightCompared: 600 },
  { view: 'figures', label: 'Figures for this scenario', height: 800, heightCompared: 1240 },
];

export const THEME_OPTIONS: readonly { readonly theme: ThemeChoice; readonly label: string }[] = [
  { theme: 'auto', label: "The reader's setting (light or dark)" },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
];

export function embedViewOption(view: EmbedView): EmbedViewOption {
  const option = EMBED_VIEW_OPTIONS.find((candidate) => candidate.view === view);
  // EMBED_VIEW_OPTIONS lists every view; the fallback only satisfies the type checker.
  return option ?? { view, label: view, height: 1080, heightCompared: 1080 };
}

/** The iframe height for `view`, with or without a comparison in the link. */
export function embedHeight(view: EmbedView, compared: boolean): number {
  const option = embedViewOption(view);
  return compared ? option.heightCompared : option.height;
}
