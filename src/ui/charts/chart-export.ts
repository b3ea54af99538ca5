/**
 * Chart pictures, loaded only when someone exports (chart-actions.tsx imports it on demand).
 *
 * The SVG is real vector SVG that any renderer draws (librsvg's rsvg-convert, Inkscape,
 * Illustrator, browsers): the chart's own <svg> drawing, redrawn at the export's fixed landscape
 * size in the light theme, its styles written as attributes (chart-svg-inline.ts), with the
 * title, legend, note and the source line with the scenario link added as SVG text and shapes
 * (src/export/chart-svg-*.ts lays them out and builds the file). The PNG is that same SVG drawn
 * on a canvas at twice the size, so both files show the same picture whatever the device or the
 * page's theme.
 */
import type { ChartPalette } from '../../theme/colors';
import { chartColorProperty, type ChartColorKey } from '../../theme/colors';
import { buildChartSvg, EXPORT_FONT_FAMILY } from '../../export/chart-svg-document';
import {
  layoutChartExport,
  type ExportContent,
  type ExportFont,
  type ExportLayout,
  type ExportLegendEntry,
  type MeasureText,
} from '../../export/chart-svg-layout';
import { exportPalette, resolveChartColors } from '../../export/chart-svg-palette';
import { inlineChartSvg } from './chart-svg-inline';

export type ChartImageFormat = 'png' | 'svg';

/** PNGs are drawn at twice the picture's size, so they stay sharp on high-density screens. */
export const PNG_SCALE = 2;

export { exportPalette };

/** Text widths from a canvas in the export's font (an estimate where canvas is missing). */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (text: string, font: ExportFont) => {
    if (context === null) return text.length * font.size * 0.6;
    context.font = `${font.weight} ${font.size}px ${EXPORT_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}

/** The legend under the plot (chart-legend.tsx), read back as entries in plain colours. */
function legendEntries(figure: HTMLElement, palette: ChartPalette): ExportLegendEntry[] {
  const colour = (value: string | null) => resolveChartColors(value ?? '', palette);
  return Array.from(figure.querySelectorAll('.chart-legend__item')).map((item) => {
    const name = item.querySelector('.chart-legend__text')?.textContent?.trim() ?? '';
    const area = item.querySelector('svg rect');
    if (area !== null) {
      return {
        kind: 'area',
        name,
        fill: colour(area.getAttribute('fill')),
        opacity: Number(area.getAttribute('fill-opacity') ?? 1),
      };
    }
    const line = item.querySelector('svg line');
    if (line !== null) {
      return {
        kind: 'line',
        name,
        stroke: colour(line.getAttribute('stroke')),
        dash: line.getAttribute('stroke-dasharray') ?? undefined,
        width: Number(line.getAttribute('stroke-width')) || 1,
      };
    }
    const marker = item.querySelector('svg path');
    const d = marker?.getAttribute('d');
    if (marker && d) {
      return {
        kind: 'marker',
        name,
        d,
        fill: colour(marker.getAttribute('fill')),
        stroke: colour(marker.getAttribute('stroke')),
        strokeWidth: Number(marker.getAttribute('stroke-width')) || 1,
      };
    }
    return { kind: 'text', name };
  });
}

/** What the picture shows besides the plot, read from the chart's figure. */
export function exportContent(
  figure: HTMLElement,
  title: string,
  source: string,
  palette: ChartPalette,
): ExportContent {
  const note = figure.querySelector('.chart-figure__note')?.textContent?.trim();
  return {
    title,
    legend: legendEntries(figure, palette),
    ...(note ? { note } : {}),
    source,
  };
}

export function layoutExport(content: ExportContent): ExportLayout {
  return layoutChartExport(content, canvasMeasure());
}

/**
 * An off-screen element to draw the export's copy of the chart in: out of view, inert, hidden
 * from assistive technology, at the plot's export size, and carrying `palette` in the
 * `--chart-…` properties so the copy's colours are the picture's theme.
 */
export function createExportHost(palette: ChartPalette, width: number, height: number) {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  const style = host.style;
  style.position = 'fixed';
  style.left = '-20000px';
  style.top = '0';
  style.width = `${width}px`;
  style.height = `${height}px`;
  style.overflow = 'hidden';
  style.pointerEvents = 'none';
  style.color = palette.axis;
  style.background = palette.background;
  for (const key of Object.keys(palette) as ChartColorKey[]) {
    style.setProperty(chartColorProperty(key), palette[key]);
  }
  document.body.append(host);
  return host;
}

/** The picture as SVG text. `plot` is the chart's <svg>, drawn in an export host. */
export function chartSvgText(
  layout: ExportLayout,
  plot: SVGSVGElement | null,
  palette: ChartPalette,
  title: string,
): string {
  const box = plot?.getBoundingClientRect();
  const svg = buildChartSvg(document, {
    layout,
    palette,
    title,
    plot: plot === null ? null : inlineChartSvg(plot, palette),
    plotSize: { width: box?.width ?? 0, height: box?.height ?? 0 },
  });
  return new XMLSerializer().serializeToString(svg);
}

/** Draws SVG text on a canvas at `scale` times its size; resolves to a PNG data URL. */
export async function svgToPng(svgText: string, layout: ExportLayout, scale = PNG_SCALE) {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = layout.width * scale;
    canvas.height = layout.height * scale;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No canvas in this browser.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
