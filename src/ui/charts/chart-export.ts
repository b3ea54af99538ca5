/**
 * Chart images: the chart's <figure> (title, plot with axis labels, legend) rendered to PNG or
 * SVG by modern-screenshot, a maintained DOM-to-image library, loaded only when someone exports.
 * The SVG is vector (the figure's markup in a foreignObject); the PNG is rasterised from it.
 * Parts marked `data-export="exclude"` (buttons, the "In words" paragraph) are left out, and a
 * source line with the scenario link is added to the copy, so a picture pasted elsewhere still
 * says where it came from and how to reopen it.
 */
export type ChartImageFormat = 'png' | 'svg';

/** PNGs are drawn at twice the on-screen size so they stay sharp on high-density screens. */
export const PNG_SCALE = 2;
const SOURCE_LINE_HEIGHT = 28;

function keep(node: Node): boolean {
  return !(node instanceof HTMLElement && node.dataset.export === 'exclude');
}

function addSourceLine(sourceLine: string) {
  return (clone: Node) => {
    if (!(clone instanceof HTMLElement)) return;
    const line = document.createElement('p');
    line.textContent = sourceLine;
    line.style.cssText = 'margin:8px 0 0;font:12px system-ui,sans-serif;color:#4f5661;';
    clone.append(line);
  };
}

function outerHeight(element: Element): number {
  const style = getComputedStyle(element);
  return (
    element.getBoundingClientRect().height +
    (parseFloat(style.marginTop) || 0) +
    (parseFloat(style.marginBottom) || 0)
  );
}

/** The figure's height without the parts left out, plus room for the added source line. */
function exportHeight(figure: HTMLElement): number {
  let height = figure.getBoundingClientRect().height;
  for (const child of Array.from(figure.children)) {
    if (!keep(child)) height -= outerHeight(child);
  }
  return Math.ceil(height) + SOURCE_LINE_HEIGHT;
}

function backgroundOf(element: HTMLElement): string {
  let node: HTMLElement | null = element;
  while (node) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    node = node.parentElement;
  }
  return '#ffffff';
}

/** Renders the figure as a data URL (image/png or image/svg+xml). */
export async function renderChartImage(
  figure: HTMLElement,
  format: ChartImageFormat,
  sourceLine: string,
): Promise<string> {
  const { domToForeignObjectSvg, domToPng } = await import('modern-screenshot');
  const options = {
    filter: keep,
    onCloneNode: addSourceLine(sourceLine),
    backgroundColor: backgroundOf(figure),
    font: false as const,
    scale: format === 'png' ? PNG_SCALE : 1,
    height: exportHeight(figure),
    // The figure's page margins would shift the copy inside the picture.
    style: { margin: '0' },
  };
  if (format === 'png') return domToPng(figure, options);
  // A vector SVG: the figure's own markup (with the recharts <svg> inside) in a foreignObject,
  // styles inlined, so text stays text and lines stay lines. (domToSvg would wrap a raster.)
  const svg = await domToForeignObjectSvg(figure, options);
  const text = new XMLSerializer().serializeToString(svg);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}
