/**
 * Builds the exported chart picture as a standalone SVG element from a layout (chart-svg-layout.ts)
 * and the chart's own drawing: a white (or dark) background, the title, the plot, the legend
 * (swatches with their dash or marker, and names), a note and the source line, all as SVG text
 * and shapes, so any SVG renderer draws it (no <foreignObject>, no stylesheet, no var()).
 *
 * Every piece of text (the title, legend names with user-chosen pin names, the link) goes in
 * through textContent and every value through setAttribute, and the caller serialises with
 * XMLSerializer, which escapes them: nothing a link contains can become markup. The document is
 * passed in, so this stays free of the page's globals and is tested in a plain DOM.
 */
import type { ChartPalette } from '../theme/colors';
import { exportTextColors } from './chart-svg-palette';
import {
  fitTransform,
  LEGEND_SWATCH,
  type ExportLayout,
  type PlacedLegendEntry,
  type TextBlock,
} from './chart-svg-layout';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The font of the added text; renderers without these fall back to their sans-serif. */
export const EXPORT_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

type Attributes = Readonly<Record<string, string | number | undefined>>;

function element<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Attributes,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== '') node.setAttribute(key, String(value));
  }
  return node;
}

function textElement(doc: Document, block: TextBlock, fill: string): SVGTextElement {
  const text = element(doc, 'text', {
    'font-size': block.font.size,
    'font-weight': block.font.weight === 400 ? undefined : block.font.weight,
    'text-anchor': block.anchor === 'start' ? undefined : block.anchor,
    fill,
  });
  for (const line of block.lines) {
    const span = element(doc, 'tspan', { x: line.x, y: line.y });
    span.textContent = line.text;
    text.append(span);
  }
  return text;
}

/** A band's swatch: as tall as a capital letter of the legend, as wide as a line's. */
const AREA_SWATCH_HEIGHT = 10;

function legendSwatch(doc: Document, item: PlacedLegendEntry, palette: ChartPalette) {
  const { entry, x, y } = item;
  if (entry.kind === 'line') {
    return element(doc, 'line', {
      x1: x,
      x2: x + LEGEND_SWATCH,
      y1: y,
      y2: y,
      stroke: entry.stroke,
      'stroke-dasharray': entry.dash,
      'stroke-width': Math.max(2, entry.width),
    });
  }
  if (entry.kind === 'area') {
    return element(doc, 'rect', {
      x,
      y: y - AREA_SWATCH_HEIGHT / 2,
      width: LEGEND_SWATCH,
      height: AREA_SWATCH_HEIGHT,
      fill: entry.fill,
      'fill-opacity': entry.opacity,
    });
  }
  if (entry.kind === 'marker') {
    return element(doc, 'path', {
      d: entry.d,
      transform: `translate(${x + LEGEND_SWATCH / 2} ${y})`,
      fill: entry.fill,
      stroke: entry.stroke === '' ? palette.background : entry.stroke,
      'stroke-width': entry.strokeWidth ?? 1,
    });
  }
  return null;
}

function legendGroup(
  doc: Document,
  layout: ExportLayout,
  palette: ChartPalette,
  fill: string,
): SVGGElement {
  const group = element(doc, 'g', { 'font-size': layout.legendFont.size, fill });
  for (const item of layout.legend) {
    const swatch = legendSwatch(doc, item, palette);
    if (swatch !== null) group.append(swatch);
    const name = element(doc, 'text', {
      x: item.textX,
      y: Math.round((item.y + layout.legendFont.size / 3) * 10) / 10,
    });
    name.textContent = item.text;
    group.append(name);
  }
  return group;
}

export interface ChartSvgParts {
  readonly layout: ExportLayout;
  readonly palette: ChartPalette;
  /** The chart's drawing, styles already resolved to attributes, or null if it was not drawn. */
  readonly plot: Element | null;
  /** The drawing's own size, for fitting it into the layout's plot box. */
  readonly plotSize: { readonly width: number; readonly height: number };
  /** Said by the picture's <title>, for screen readers and file browsers. */
  readonly title: string;
}

/** The complete picture as an <svg> element of `doc` (not attached to it). */
export function buildChartSvg(doc: Document, parts: ChartSvgParts): SVGSVGElement {
  const { layout, palette } = parts;
  const colors = exportTextColors(palette);
  const svg = element(doc, 'svg', {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': EXPORT_FONT_FAMILY,
  });
  // Declared on the root, so the file is SVG however it is written out.
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const title = element(doc, 'title', {});
  title.textContent = parts.title;
  svg.append(title);
  svg.append(
    element(doc, 'rect', { width: layout.width, height: layout.height, fill: palette.background }),
  );
  svg.append(textElement(doc, layout.title, colors.title));
  if (parts.plot !== null) {
    const plot = element(doc, 'g', { transform: fitTransform(parts.plotSize, layout.plot) });
    plot.append(parts.plot);
    svg.append(plot);
  }
  if (layout.legend.length > 0) svg.append(legendGroup(doc, layout, palette, colors.body));
  if (layout.note !== null) svg.append(textElement(doc, layout.note, colors.body));
  svg.append(textElement(doc, layout.source, colors.body));
  return svg;
}
