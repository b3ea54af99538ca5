/**
 * A copy of a chart's <svg> drawing that needs no stylesheet: the elements' own presentation
 * attributes keep their values, with `var(--chart-…)` resolved from the export palette
 * (src/theme/colors.ts); every colour, stroke and font the page's CSS gave an element is written
 * onto it as a presentation attribute; and everything a picture should not contain (the pointer
 * and keyboard target, the hover cursor, parts marked `data-export="exclude"`, hidden elements,
 * classes and styles) is left out. Renderers outside a browser (librsvg, Inkscape, Illustrator)
 * know neither the page's stylesheet nor var().
 *
 * The chart is drawn inside a host that carries the export palette in its `--chart-…`
 * properties (chart-export.ts), so the computed colours are the picture's theme, not the page's.
 */
import type { ChartPalette } from '../../theme/colors';
import { resolveChartColors } from '../../export/chart-svg-palette';

/** Inherited in SVG: written on an element only where it differs from its parent's value. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Not inherited: written where it is not the initial value. */
const OWN: Readonly<Record<string, string>> = { opacity: '1' };

/** Tags with no place in a picture file. */
const DROPPED_TAGS = new Set(['title', 'desc', 'foreignObject', 'script', 'style', 'a']);
/** The live layer's pointer and keyboard target and its hover cursor (live-plot.tsx). */
const DROPPED_CLASSES = ['chart-live__hover', 'chart-live__active', 'recharts-tooltip-cursor'];
/** Attributes that only mean something to the page (styling, scripts, assistive technology). */
const PAGE_ATTRIBUTE = /^(class|style|role|tabindex|focusable|pointer-events|aria-.*|data-.*)$/;

/** A computed colour as an attribute value: hex for opaque colours, "none" for transparent. */
export function attributeColor(value: string): string {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (match === null) return value.replace(/url\("([^"]*)"\)/g, 'url($1)');
  const parts = (match[1] ?? '').split(/[\s,/]+/).filter((part) => part !== '');
  const [r, g, b] = parts.slice(0, 3).map((part) => Math.round(Number(part)));
  const alpha = parts[3] === undefined ? 1 : Number(parts[3]);
  if (alpha === 0) return 'none';
  const hex = [r, g, b].map((channel) => (channel ?? 0).toString(16).padStart(2, '0')).join('');
  return `#${hex}`;
}

/** Computed CSS value → SVG attribute value ("12.8px" → "12.8", "6px, 3px" → "6 3"). */
export function attributeValue(property: string, value: string): string {
  if (property === 'fill' || property === 'stroke') return attributeColor(value);
  if (property === 'stroke-dasharray') {
    return value === 'none' ? 'none' : value.replace(/px/g, '').replace(/,\s*/g, ' ').trim();
  }
  if (property === 'stroke-width' || property === 'font-size') return value.replace(/px$/, '');
  return value;
}

function dropped(element: Element, style: CSSStyleDeclaration, inDefs: boolean): boolean {
  if (DROPPED_TAGS.has(element.localName)) return true;
  if (element.getAttribute('data-export') === 'exclude') return true;
  // A keyboard stop (recharts' own layers carry tabindex="-1" and are drawing, so they stay).
  if (Number(element.getAttribute('tabindex') ?? -1) >= 0) return true;
  if (element.getAttribute('role') === 'slider') return true;
  if (DROPPED_CLASSES.some((name) => element.classList.contains(name))) return true;
  // Clip-path shapes are never displayed themselves; their computed display means nothing.
  if (inDefs) return false;
  return style.display === 'none' || style.visibility === 'hidden';
}

/**
 * Writes the styles the page's CSS gave `source` (a class rule, an inline style, inheritance
 * from the page) onto `clone`: each inherited property the element does not set itself and whose
 * value differs from its parent's. Its own presentation attributes are kept (cleanAttributes);
 * the charts' stylesheet does not override any of them.
 */
function writeStyles(
  source: Element,
  clone: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
  palette: ChartPalette,
): void {
  for (const property of INHERITED) {
    if (source.hasAttribute(property)) continue;
    const value = style.getPropertyValue(property);
    if (value === '' || (parent !== null && parent.getPropertyValue(property) === value)) continue;
    clone.setAttribute(property, resolveChartColors(attributeValue(property, value), palette));
  }
  for (const [property, initial] of Object.entries(OWN)) {
    if (source.hasAttribute(property)) continue;
    const value = style.getPropertyValue(property);
    if (value !== '' && value !== initial) clone.setAttribute(property, value);
  }
}

/** Geometry whose numbers are written to 0.01 px ("93.39999999999998" → "93.4"). */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height']);
const LONG_NUMBER = /-?\d+\.\d{3,}/g;

export function shortNumbers(value: string): string {
  return value.replace(LONG_NUMBER, (number) => String(Math.round(Number(number) * 100) / 100));
}

/**
 * Removes the page-only attributes and resolves `var(--chart-…)` references in the element's own
 * attributes from the export palette (colors.ts), not from the page's current theme.
 */
function cleanAttributes(clone: Element, palette: ChartPalette): void {
  for (const { name, value } of Array.from(clone.attributes)) {
    if (PAGE_ATTRIBUTE.test(name)) {
      clone.removeAttribute(name);
    } else if (value.includes('var(')) {
      clone.setAttribute(name, resolveChartColors(value, palette));
    } else if (GEOMETRY.has(name) || name === 'transform' || name === 'd') {
      const short = shortNumbers(value);
      if (short !== value) clone.setAttribute(name, short);
    }
  }
}

/** Groups left with nothing to draw (recharts' empty z-index layers) only lengthen the file. */
function removeEmptyGroups(root: Element): void {
  for (const group of Array.from(root.querySelectorAll('g')).reverse()) {
    if (group.children.length === 0 && (group.textContent ?? '').trim() === '') group.remove();
  }
}

/**
 * Copies `source` (attached and laid out) into `target` (its clone), element by element:
 * drops what a picture should not contain and writes the computed styles as attributes.
 */
function copyStyles(
  source: Element,
  target: Element,
  parentStyle: CSSStyleDeclaration | null,
  palette: ChartPalette,
  inDefs: boolean,
): void {
  const view = source.ownerDocument.defaultView;
  if (view === null) return;
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  sourceChildren.forEach((child, index) => {
    const copy = targetChildren[index];
    if (copy === undefined) return;
    const style = view.getComputedStyle(child);
    const childInDefs = inDefs || child.localName === 'defs' || child.localName === 'clipPath';
    if (dropped(child, style, childInDefs)) {
      copy.remove();
      return;
    }
    cleanAttributes(copy, palette);
    writeStyles(child, copy, style, parentStyle, palette);
    copyStyles(child, copy, style, palette, childInDefs);
  });
}

/**
 * The drawing of `svg` (a chart's recharts <svg>, attached to the page) as a self-contained <g>:
 * the same elements and geometry, its styles resolved to attributes, page-only parts removed.
 */
export function inlineChartSvg(svg: SVGSVGElement, palette: ChartPalette): SVGGElement {
  const view = svg.ownerDocument.defaultView;
  const group = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (view === null) return group;
  const rootStyle = view.getComputedStyle(svg);
  writeStyles(svg, group, rootStyle, null, palette);
  copyStyles(svg, clone, rootStyle, palette, false);
  removeEmptyGroups(clone);
  group.append(...Array.from(clone.childNodes));
  return group;
}
