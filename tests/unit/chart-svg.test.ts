// @vitest-environment jsdom -- builds SVG / reads document and matchMedia.
/**
 * The exported chart picture's pure parts: palette resolution (the light theme, whatever the
 * page shows), the fixed landscape layout, and the SVG file itself: standalone, no
 * <foreignObject>, and hostile text (pin names and links come from the URL) kept as text.
 */
import { describe, expect, it } from 'vitest';
import { markerPath } from '../../src/charts/data/marks';
import { buildChartSvg, SVG_NS } from '../../src/export/chart-svg-document';
import {
  EXPORT_SIZE,
  fitTransform,
  layoutChartExport,
  wrapText,
  type ExportContent,
  type ExportFont,
  type ExportLegendEntry,
} from '../../src/export/chart-svg-layout';
import {
  exportPalette,
  exportTextColors,
  resolveChartColors,
} from '../../src/export/chart-svg-palette';
import { CHART_COLORS, CHART_PALETTES } from '../../src/theme/colors';
import { attributeValue, shortNumbers } from '../../src/ui/charts/chart-svg-inline';

/** A fixed-pitch estimate: each character 0.6 em wide. */
const measure = (text: string, font: ExportFont) => Array.from(text).length * font.size * 0.6;

const HOSTILE = '</text><script>alert(1)</script><text>&amp; "quoted" \'single\'';

const LIGHT = exportPalette('light');

function legend(names: readonly string[]): ExportLegendEntry[] {
  return names.map((name, index) =>
    index % 2 === 0
      ? { kind: 'line', name, stroke: LIGHT.neutral10, dash: '6 3', width: 1.5 }
      : {
          kind: 'marker',
          name,
          d: markerPath('diamond', 70),
          fill: LIGHT.surveyPoint,
          stroke: LIGHT.background,
        },
  );
}

const CONTENT: ExportContent = {
  title: 'Net impact against cohort size',
  legend: legend(['At 1 : 10', 'Your cohort', 'At 1 : 100', 'Compared: Scenario 1']),
  note: 'The two lines coincide.',
  source:
    'Source: Safety vs capabilities ratio explorer, https://example.test/explorer/?v=1&cohort=1200&toSafety=80&toCap=10&pin1=Career%20data&pin1.cohort=300&compare=pin1',
};

/** Builds, serialises and parses back the picture, as a file reader would see it. */
function roundTrip(content: ExportContent, plot: Element | null = null) {
  const layout = layoutChartExport(content, measure);
  const svg = buildChartSvg(document, {
    layout,
    palette: LIGHT,
    title: content.title,
    plot,
    plotSize: { width: layout.plot.width, height: layout.plot.height },
  });
  const text = new XMLSerializer().serializeToString(svg);
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { layout, text, root: parsed.documentElement };
}

describe('export palette', () => {
  it('resolves every chart colour reference to the light palette', () => {
    for (const [key, reference] of Object.entries(CHART_COLORS)) {
      const expected = key === 'background' ? '#ffffff' : LIGHT[key as keyof typeof LIGHT];
      expect(resolveChartColors(reference, LIGHT)).toBe(expected);
      // Not the dark theme's value (the page may be dark when the picture is made).
      if (key !== 'background' && CHART_PALETTES.dark[key as keyof typeof LIGHT] !== expected) {
        expect(resolveChartColors(reference, LIGHT)).not.toBe(
          CHART_PALETTES.dark[key as keyof typeof LIGHT],
        );
      }
    }
    expect(resolveChartColors('var(--chart-series)', exportPalette('dark'))).toBe(
      CHART_PALETTES.dark.series,
    );
  });

  it('resolves nested fallbacks and unknown properties, and leaves plain values alone', () => {
    expect(resolveChartColors('var(--chart-background, var(--surface, #fff))', LIGHT)).toBe(
      '#ffffff',
    );
    expect(resolveChartColors('var(--surface, #f6f7f9)', LIGHT)).toBe('#f6f7f9');
    expect(resolveChartColors('var(--unknown)', LIGHT)).toBe('none');
    expect(resolveChartColors('#0072B2', LIGHT)).toBe('#0072B2');
    expect(resolveChartColors('url(#clip)', LIGHT)).toBe('url(#clip)');
  });

  it('has a white background and dark text in the light theme', () => {
    expect(LIGHT.background).toBe('#ffffff');
    expect(exportTextColors(LIGHT).title).toBe(CHART_PALETTES.light.current);
  });
});

describe('export layout', () => {
  it('fills the fixed landscape canvas: title, plot, legend, note, source, top to bottom', () => {
    const layout = layoutChartExport(CONTENT, measure);
    expect(layout.width).toBe(EXPORT_SIZE.width);
    expect(layout.height).toBe(EXPORT_SIZE.height);
    expect(layout.width).toBeGreaterThan(layout.height);
    const titleY = layout.title.lines[0]?.y ?? Infinity;
    const legendY = Math.min(...layout.legend.map((item) => item.y));
    const noteY = layout.note?.lines[0]?.y ?? 0;
    const sourceLines = layout.source.lines;
    expect(titleY).toBeLessThan(layout.plot.y);
    expect(layout.plot.height).toBeGreaterThanOrEqual(300);
    expect(legendY).toBeGreaterThan(layout.plot.y + layout.plot.height);
    expect(noteY).toBeGreaterThan(legendY);
    expect(sourceLines[0]?.y ?? 0).toBeGreaterThan(noteY);
    expect(sourceLines.at(-1)?.y ?? Infinity).toBeLessThanOrEqual(layout.height);
    // The link is wrapped to the width, and all of it is there.
    expect(sourceLines.length).toBeGreaterThan(1);
    const joined = sourceLines.map((line) => line.text).join('');
    expect(joined.replace(/ /g, '')).toBe(CONTENT.source.replace(/ /g, ''));
    for (const line of sourceLines) {
      expect(measure(line.text, layout.source.font)).toBeLessThanOrEqual(layout.plot.width);
    }
  });

  it('wraps the legend into rows inside the width and shortens a name too long for a row', () => {
    const long = 'Compared: '.concat('a very long pin name '.repeat(20));
    const layout = layoutChartExport(
      { ...CONTENT, legend: legend([...Array.from({ length: 9 }, (_, i) => `Entry ${i}`), long]) },
      measure,
    );
    const rows = new Set(layout.legend.map((item) => item.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const item of layout.legend) {
      expect(item.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(item.textX + measure(item.text, layout.legendFont)).toBeLessThanOrEqual(
        layout.plot.x + layout.plot.width + 0.5,
      );
    }
    expect(layout.legend.at(-1)?.text.endsWith('…')).toBe(true);
  });

  it('keeps the plot tall enough when the link is absurdly long, shortening the link', () => {
    const layout = layoutChartExport(
      { ...CONTENT, source: `Source: https://x.test/?${'pin1=Name&'.repeat(400)}` },
      measure,
    );
    expect(layout.plot.height).toBeGreaterThanOrEqual(300);
    expect(layout.source.lines.at(-1)?.text.endsWith('…')).toBe(true);
    expect(layout.source.lines.at(-1)?.y ?? Infinity).toBeLessThanOrEqual(layout.height);
  });

  it('wraps words, breaks long words and marks cut text', () => {
    const font = { size: 10, weight: 400 };
    expect(wrapText('one two three', 60, font, measure, 3)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghijkl', 30, font, measure, 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one two three four', 30, font, measure, 2).at(-1)).toMatch(/…$/);
  });

  it('places a plot of the box size as is, and scales a larger one down uniformly, centred', () => {
    const box = { x: 32, y: 60, width: 1136, height: 500 };
    expect(fitTransform({ width: 1136, height: 500 }, box)).toBe('translate(32 60)');
    expect(fitTransform({ width: 2272, height: 500 }, box)).toBe('translate(32 185) scale(0.5)');
  });
});

describe('exported SVG file', () => {
  it('is standalone SVG with xmlns, size, viewBox, a white background and no foreignObject', () => {
    const { text, root } = roundTrip(CONTENT);
    expect(text.startsWith('<svg')).toBe(true);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(text).toContain(`xmlns="${SVG_NS}"`);
    expect(root.getAttribute('width')).toBe(String(EXPORT_SIZE.width));
    expect(root.getAttribute('height')).toBe(String(EXPORT_SIZE.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${EXPORT_SIZE.width} ${EXPORT_SIZE.height}`);
    const background = root.querySelector('rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(background?.getAttribute('width')).toBe(String(EXPORT_SIZE.width));
    expect(text).not.toMatch(/foreignObject|var\(|class=|style=/);
    expect(text.length).toBeLessThan(10_000);
  });

  it('draws the legend swatches with their dash and marker, and every text as SVG text', () => {
    const { root } = roundTrip(CONTENT);
    const texts = Array.from(root.querySelectorAll('text')).map((node) => node.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        CONTENT.title,
        'At 1 : 10',
        'Your cohort',
        'Compared: Scenario 1',
        CONTENT.note,
      ]),
    );
    expect(root.querySelector('line[stroke-dasharray="6 3"]')?.getAttribute('stroke')).toBe(
      LIGHT.neutral10,
    );
    expect(root.querySelector(`path[d="${markerPath('diamond', 70)}"]`)).not.toBeNull();
    // A ring marker keeps its outline look: no fill, its own stroke width.
    const ring = roundTrip({
      ...CONTENT,
      legend: [
        {
          kind: 'marker',
          name: 'Your current split',
          d: markerPath('circle', 70),
          fill: 'none',
          stroke: LIGHT.current,
          strokeWidth: 2,
        },
      ],
    }).root.querySelector(`path[d="${markerPath('circle', 70)}"]`);
    expect(ring?.getAttribute('fill')).toBe('none');
    expect(ring?.getAttribute('stroke-width')).toBe('2');
    expect(root.textContent).toContain('cohort=1200');
  });

  it('keeps hostile names in the title, legend and link as text, never markup', () => {
    const hostile: ExportContent = {
      title: HOSTILE,
      legend: legend([HOSTILE, `Compared: ${HOSTILE}`]),
      note: HOSTILE,
      source: `Source: https://x.test/?pin1=${HOSTILE}`,
    };
    const plot = document.createElementNS(SVG_NS, 'g');
    const label = document.createElementNS(SVG_NS, 'text');
    label.textContent = HOSTILE;
    plot.append(label);
    const { text, root } = roundTrip(hostile, plot);
    expect(root.querySelector('parsererror')).toBeNull();
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    expect(root.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script')).toHaveLength(0);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;/text&gt;&lt;script&gt;');
    const texts = Array.from(root.querySelectorAll('text')).map((node) => node.textContent);
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain(`Compared: ${HOSTILE}`);
    expect(root.querySelector('title')?.textContent).toBe(HOSTILE);
  });
});

describe('computed styles as attributes', () => {
  it('writes colours as hex or none, lengths without px, dashes with spaces', () => {
    expect(attributeValue('fill', 'rgb(0, 114, 178)')).toBe('#0072b2');
    expect(attributeValue('stroke', 'rgba(0, 0, 0, 0)')).toBe('none');
    expect(attributeValue('fill', 'none')).toBe('none');
    expect(attributeValue('fill', 'url("#clip")')).toBe('url(#clip)');
    expect(attributeValue('stroke-width', '1.5px')).toBe('1.5');
    expect(attributeValue('font-size', '12.8px')).toBe('12.8');
    expect(attributeValue('stroke-dasharray', '6px, 3px')).toBe('6 3');
    expect(attributeValue('stroke-dasharray', 'none')).toBe('none');
  });

  it('shortens float noise in geometry', () => {
    expect(shortNumbers('93.39999999999998')).toBe('93.4');
    expect(shortNumbers('translate(217.92000000000002, 131.62260869565222)')).toBe(
      'translate(217.92, 131.62)',
    );
    expect(shortNumbers('M96,93.4L113.1,99.4')).toBe('M96,93.4L113.1,99.4');
  });
});
