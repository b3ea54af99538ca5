/**
 * Where everything goes in an exported chart picture: the title on top, the plot, the legend
 * under it, an optional note and the source line with the scenario link at the bottom, on a
 * fixed landscape canvas. Pure: text widths come from the `measure` function the caller passes
 * (a canvas in the browser, an estimate in tests), so the same layout is tested without a page.
 *
 * Why a fixed size: a picture is pasted into slides and documents, where a landscape shape fits;
 * the on-screen figure follows the device (a phone gives a tall, narrow picture). The plot is
 * drawn again at the size this layout gives it, so its text keeps the on-screen font size.
 */

import { shorten, wrapText, type ExportFont, type MeasureText } from './svg-text-fit';

// Callers import the text fitting with the layout it serves.
export { shorten, wrapText, type ExportFont, type MeasureText };

/** The canvas of every export, in CSS pixels (16 : 9); the PNG is twice this. */
export const EXPORT_SIZE = { width: 1200, height: 675 } as const;

/** One legend entry as the export draws it; colours are already plain (no var()). */
export type ExportLegendEntry =
  | {
      readonly kind: 'line';
      readonly name: string;
      readonly stroke: string;
      readonly dash?: string;
      readonly width: number;
    }
  | {
      readonly kind: 'marker';
      readonly name: string;
      /** The marker's path, centred on (0, 0). */
      readonly d: string;
      readonly fill: string;
      readonly stroke: string;
      /** 1 unless given (a ring marker is an outline: no fill, a wider stroke). */
      readonly strokeWidth?: number;
    }
  /** A shaded area (a line's 90 % band): a swatch in its fill and opacity. */
  | {
      readonly kind: 'area';
      readonly name: string;
      readonly fill: string;
      readonly opacity: number;
    }
  | { readonly kind: 'text'; readonly name: string };

export interface ExportContent {
  readonly title: string;
  readonly legend: readonly ExportLegendEntry[];
  /** A remark under the legend (e.g. two lines coincide). */
  readonly note?: string;
  /** "Source: … <link>". */
  readonly source: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Lines of text, each at its baseline. */
export interface TextBlock {
  readonly font: ExportFont;
  readonly anchor: 'start' | 'middle';
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

export interface PlacedLegendEntry {
  readonly entry: ExportLegendEntry;
  /** Left edge of the swatch and the vertical centre of the row. */
  readonly x: number;
  readonly y: number;
  /** Where the name starts (its baseline is `y` plus a third of the font size). */
  readonly textX: number;
  /** The name, shortened with "…" if it would not fit on one row. */
  readonly text: string;
}

export interface ExportLayout {
  readonly width: number;
  readonly height: number;
  readonly title: TextBlock;
  readonly plot: Box;
  readonly legendFont: ExportFont;
  readonly legend: readonly PlacedLegendEntry[];
  readonly note: TextBlock | null;
  readonly source: TextBlock;
}

export const EXPORT_FONTS = {
  title: { size: 24, weight: 600 },
  legend: { size: 14, weight: 400 },
  note: { size: 13, weight: 400 },
  source: { size: 12, weight: 400 },
} as const satisfies Record<string, ExportFont>;

const PADDING = { top: 28, right: 32, bottom: 20, left: 32 } as const;
const GAP = 12;
const LINE_HEIGHT = 1.35;
/** Swatch width, the gap to its name, and the gap between entries on a row. */
export const LEGEND_SWATCH = 24;
const LEGEND_TEXT_GAP = 8;
const LEGEND_ITEM_GAP = 24;
const LEGEND_ROW = 24;
/** The plot keeps at least this height; a longer source line is shortened instead. */
const MIN_PLOT_HEIGHT = 300;
const MAX_TITLE_LINES = 2;
const MAX_NOTE_LINES = 2;
/**
 * Measured widths are a little short of some renderers' (librsvg falls back to DejaVu Sans,
 * wider than most system fonts), so rows and lines are laid out with this margin.
 */
const WIDTH_SLACK = 1.1;

function slackMeasure(measure: MeasureText): MeasureText {
  return (text, font) => measure(text, font) * WIDTH_SLACK;
}
function lineHeight(font: ExportFont): number {
  return Math.round(font.size * LINE_HEIGHT);
}

function textBlock(
  lines: readonly string[],
  font: ExportFont,
  anchor: 'start' | 'middle',
  x: number,
  top: number,
): TextBlock {
  const step = lineHeight(font);
  // The baseline sits about 0.8 em below the top of a line box.
  const first = top + Math.round(font.size * 0.8 + (step - font.size) / 2);
  return {
    font,
    anchor,
    lines: lines.map((text, index) => ({ text, x, y: first + index * step })),
  };
}

function blockHeight(lines: readonly string[], font: ExportFont): number {
  return lines.length * lineHeight(font);
}

/** Legend entries in centred rows across `width`, starting at `top`; returns the rows' height. */
function placeLegend(
  entries: readonly ExportLegendEntry[],
  box: { readonly x: number; readonly width: number; readonly top: number },
  measure: MeasureText,
): { placed: PlacedLegendEntry[]; height: number } {
  const font = EXPORT_FONTS.legend;
  const swatch = (entry: ExportLegendEntry) =>
    entry.kind === 'text' ? 0 : LEGEND_SWATCH + LEGEND_TEXT_GAP;
  const items = entries.map((entry) => {
    const text = shorten(entry.name, box.width - swatch(entry), font, measure);
    return { entry, text, width: swatch(entry) + measure(text, font) };
  });
  const rows: (typeof items)[] = [];
  let row: typeof items = [];
  let rowWidth = 0;
  for (const item of items) {
    const added = row.length === 0 ? item.width : rowWidth + LEGEND_ITEM_GAP + item.width;
    if (row.length > 0 && added > box.width) {
      rows.push(row);
      row = [item];
      rowWidth = item.width;
    } else {
      row.push(item);
      rowWidth = added;
    }
  }
  if (row.length > 0) rows.push(row);

  const placed: PlacedLegendEntry[] = [];
  rows.forEach((items, rowIndex) => {
    const total =
      items.reduce((sum, item) => sum + item.width, 0) + LEGEND_ITEM_GAP * (items.length - 1);
    let x = box.x + Math.max(0, (box.width - total) / 2);
    const y = box.top + rowIndex * LEGEND_ROW + LEGEND_ROW / 2;
    for (const item of items) {
      placed.push({
        entry: item.entry,
        x: round(x),
        y: round(y),
        textX: round(x + swatch(item.entry)),
        text: item.text,
      });
      x += item.width + LEGEND_ITEM_GAP;
    }
  });
  return { placed, height: rows.length * LEGEND_ROW };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Lays out `content` on a canvas of `size` (EXPORT_SIZE unless given). */
export function layoutChartExport(
  content: ExportContent,
  measureText: MeasureText,
  size: { readonly width: number; readonly height: number } = EXPORT_SIZE,
): ExportLayout {
  const measure = slackMeasure(measureText);
  const left = PADDING.left;
  const width = size.width - PADDING.left - PADDING.right;
  const center = left + width / 2;

  const titleLines = wrapText(content.title, width, EXPORT_FONTS.title, measure, MAX_TITLE_LINES);
  const title = textBlock(titleLines, EXPORT_FONTS.title, 'start', left, PADDING.top);
  const plotTop = PADDING.top + blockHeight(titleLines, EXPORT_FONTS.title) + GAP;

  // Everything under the plot is measured first; the plot takes the height that is left.
  const legend = placeLegend(content.legend, { x: left, width, top: 0 }, measure);
  const noteLines =
    content.note === undefined || content.note.trim() === ''
      ? []
      : wrapText(content.note, width, EXPORT_FONTS.note, measure, MAX_NOTE_LINES);
  const fixedBelow =
    (legend.height > 0 ? GAP + legend.height : 0) +
    (noteLines.length > 0 ? GAP / 2 + blockHeight(noteLines, EXPORT_FONTS.note) : 0) +
    GAP +
    PADDING.bottom;
  // The source line gets the room the plot can spare (a link with pins is long).
  const sourceRoom = size.height - plotTop - MIN_PLOT_HEIGHT - fixedBelow;
  const maxSourceLines = Math.max(1, Math.floor(sourceRoom / lineHeight(EXPORT_FONTS.source)));
  const sourceLines = wrapText(content.source, width, EXPORT_FONTS.source, measure, maxSourceLines);
  const below = fixedBelow + blockHeight(sourceLines, EXPORT_FONTS.source);
  const plotHeight = Math.max(0, Math.floor(size.height - plotTop - below));
  const plot = { x: left, y: plotTop, width, height: plotHeight };

  let cursor = plotTop + plotHeight;
  let placedLegend: PlacedLegendEntry[] = [];
  if (legend.height > 0) {
    cursor += GAP;
    const top = cursor;
    placedLegend = legend.placed.map((item) => ({ ...item, y: round(item.y + top) }));
    cursor += legend.height;
  }
  let note: TextBlock | null = null;
  if (noteLines.length > 0) {
    cursor += GAP / 2;
    note = textBlock(noteLines, EXPORT_FONTS.note, 'middle', center, cursor);
    cursor += blockHeight(noteLines, EXPORT_FONTS.note);
  }
  cursor += GAP;
  const source = textBlock(sourceLines, EXPORT_FONTS.source, 'start', left, cursor);

  return {
    width: size.width,
    height: size.height,
    title,
    plot,
    legendFont: EXPORT_FONTS.legend,
    legend: placedLegend,
    note,
    source,
  };
}

/**
 * The transform that draws content of `size` inside `box`: moved there, and scaled down
 * uniformly and centred if it is larger (the plot normally has exactly the box's size).
 */
export function fitTransform(
  size: { readonly width: number; readonly height: number },
  box: Box,
): string {
  const scale =
    size.width > 0 && size.height > 0
      ? Math.min(1, box.width / size.width, box.height / size.height)
      : 1;
  const x = round(box.x + (box.width - size.width * scale) / 2);
  const y = round(box.y + (box.height - size.height * scale) / 2);
  return scale === 1 ? `translate(${x} ${y})` : `translate(${x} ${y}) scale(${round4(scale)})`;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
