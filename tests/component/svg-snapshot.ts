/**
 * Serialises a chart's rendered <svg> as a stable, reviewable SVG file for snapshot tests
 * (chart-snapshots.test.tsx), the way Observable Plot tests its marks:
 * - one element per line, indented, attributes in document order;
 * - generated ids (recharts' clip paths, React's useId) renamed id-1, id-2… in document order,
 *   with every `url(#…)` / `#…` reference to them, so the file does not change between runs;
 * - numbers with more than two decimals rounded to two, so harmless float noise cannot fail a
 *   snapshot while a moved line, tick or marker still does;
 * - the `var(--chart-…)` colour references resolved to the light palette, and a default font,
 *   so the file opens as the picture the page draws (in a browser or an image viewer).
 */
import { CHART_PALETTES, chartColorProperty, type ChartColorKey } from '../../src/theme/colors';

const SVG_NS = 'http://www.w3.org/2000/svg';

const COLOR_BY_PROPERTY: ReadonlyMap<string, string> = new Map(
  (Object.keys(CHART_PALETTES.light) as ChartColorKey[]).map((key) => [
    chartColorProperty(key),
    CHART_PALETTES.light[key],
  ]),
);

/** What the page's CSS adds (charts.css): tick and label font sizes, the labels' halo. */
const PAGE_STYLE =
  'text{font-family:sans-serif;font-size:12.8px}.chart-live__label{font-size:12px;paint-order:stroke;stroke:#f6f7f9;stroke-width:3px}';

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (match) => {
    const rounded = Math.round(Number(match) * 100) / 100;
    return String(rounded === 0 ? 0 : rounded);
  });
}

function resolveColors(value: string): string {
  return value.replace(/var\((--chart-[a-z0-9-]+)\)/g, (match, property: string) => {
    return COLOR_BY_PROPERTY.get(property) ?? match;
  });
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Stable names for every id in the tree, in document order. */
function idNames(root: Element): Map<string, string> {
  const names = new Map<string, string>();
  for (const element of [root, ...root.querySelectorAll('[id]')]) {
    const id = element.getAttribute('id');
    if (id !== null && !names.has(id)) names.set(id, `id-${names.size + 1}`);
  }
  return names;
}

function renameIds(value: string, names: ReadonlyMap<string, string>): string {
  let renamed = value;
  for (const [id, name] of names) {
    if (renamed === id) return name;
    renamed = renamed.split(`#${id})`).join(`#${name})`);
    if (renamed === `#${id}`) return `#${name}`;
  }
  return renamed;
}

function serialise(node: Node, depth: number, names: ReadonlyMap<string, string>): string[] {
  const indent = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = (node.textContent ?? '').trim();
    return text === '' ? [] : [`${indent}${escapeText(text)}`];
  }
  if (!(node instanceof Element)) return [];
  const attributes = [...node.attributes].map((attribute) => {
    const value = roundNumbers(resolveColors(renameIds(attribute.value, names)));
    return ` ${attribute.name}="${escapeAttribute(value)}"`;
  });
  const open = `${indent}<${node.localName}${attributes.join('')}`;
  const children = [...node.childNodes].flatMap((child) => serialise(child, depth + 1, names));
  if (children.length === 0) return [`${open}/>`];
  // A text-only element stays on one line: "<text …>1,000</text>".
  if (node.childNodes.length === 1 && node.firstChild?.nodeType === node.TEXT_NODE) {
    return [`${open}>${(children[0] ?? '').trim()}</${node.localName}>`];
  }
  return [`${open}>`, ...children, `${indent}</${node.localName}>`];
}

/** The chart's plot <svg> (recharts' surface with the live layer in it) as snapshot text. */
export function svgSnapshot(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (!copy.hasAttribute('xmlns')) copy.setAttribute('xmlns', SVG_NS);
  const style = copy.ownerDocument.createElementNS(SVG_NS, 'style');
  style.textContent = PAGE_STYLE;
  copy.insertBefore(style, copy.firstChild);
  return `${serialise(copy, 0, idNames(copy)).join('\n')}\n`;
}
