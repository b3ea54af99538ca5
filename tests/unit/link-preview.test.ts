// @vitest-environment jsdom
/**
 * Link previews (vite-plugins/link-preview.ts): the tags a crawler reads from the built page,
 * with and without SITE_URL, and the committed picture they point to. The tags are read back
 * with the DOM's own HTML parser, so escaping is checked as a crawler would decode it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OG_IMAGE_ALT,
  injectLinkPreview,
  linkPreview,
  parseSiteUrl,
  pngSize,
} from '../../vite-plugins/link-preview';

const ROOT = join(import.meta.dirname, '../..');
const PUBLIC_DIR = join(ROOT, 'public');
const INDEX_HTML = readFileSync(join(ROOT, 'index.html'), 'utf8');
const PICTURE = readFileSync(join(PUBLIC_DIR, 'og-image.png'));
const SIZE = { width: 1200, height: 630 };

/** The <meta> tags of a page as property/name → content, decoded as a browser would. */
function metaTags(html: string): Map<string, string> {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const tags = new Map<string, string>();
  for (const meta of document.head.querySelectorAll('meta[property], meta[name]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    if (/^(og|twitter):/.test(key)) expect(tags.has(key), `${key} appears once`).toBe(false);
    tags.set(key, meta.getAttribute('content') ?? '');
  }
  return tags;
}

const page = (title: string, description: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />
    <meta
      name="description"
      content="${description}"
    />
    <title>${title}</title>
  </head><body></body></html>`;

describe('link preview tags', () => {
  it('with a site URL: every tag, with absolute URLs, after the title', () => {
    const html = injectLinkPreview(INDEX_HTML, 'https://example.org/explorer/', SIZE);
    const tags = metaTags(html);
    const title = new DOMParser().parseFromString(INDEX_HTML, 'text/html').title;
    const description = metaTags(INDEX_HTML).get('description');
    expect(title).toBe('Safety vs capabilities ratio explorer');
    expect(Object.fromEntries([...tags].filter(([key]) => /^(og|twitter):/.test(key)))).toEqual({
      'og:type': 'website',
      'og:title': title,
      'og:description': description,
      'og:url': 'https://example.org/explorer/',
      'og:image': 'https://example.org/explorer/og-image.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': OG_IMAGE_ALT,
      'twitter:card': 'summary_large_image',
      'twitter:title': title,
      'twitter:description': description,
      'twitter:image': 'https://example.org/explorer/og-image.png',
      'twitter:image:alt': OG_IMAGE_ALT,
    });
    // The rest of the page is untouched: only lines were added, straight after </title>.
    const added = html.slice(html.indexOf('</title>') + 8, html.indexOf('</head>'));
    expect(html.replace(added, '\n  ')).toBe(INDEX_HTML);
  });

  it('without a site URL: a text card, and nothing that needs an absolute URL', () => {
    const tags = metaTags(injectLinkPreview(INDEX_HTML, undefined));
    expect(tags.get('og:title')).toBe('Safety vs capabilities ratio explorer');
    expect(tags.get('og:description')).toMatch(/^Interactive explorer/);
    expect(tags.get('twitter:card')).toBe('summary');
    for (const key of ['og:url', 'og:image', 'og:image:width', 'og:image:alt', 'twitter:image'])
      expect(tags.has(key), key).toBe(false);
    for (const [key, value] of tags) expect(value, key).not.toBe('');
  });

  it('escapes the text into attributes (entities in index.html read as their characters)', () => {
    const html = injectLinkPreview(
      page(`Ratios &amp; "verdicts" <3 &#8212; it's 1 &lt; 10`, `Says &quot;hi&quot; & <b>no</b>`),
      'https://example.org/',
      SIZE,
    );
    expect(html).toContain(
      `<meta property="og:title" content="Ratios &amp; &quot;verdicts&quot; &lt;3 \u2014 it's 1 &lt; 10" />`,
    );
    const tags = metaTags(html);
    expect(tags.get('og:description')).toBe('Says "hi" & <b>no</b>');
    expect(tags.get('twitter:title')).toBe(`Ratios & "verdicts" <3 \u2014 it's 1 < 10`);
  });

  it('reads a title or description wrapped over lines as one line', () => {
    const tags = metaTags(
      injectLinkPreview(page('Ratio\n      explorer', 'One\n  two'), undefined),
    );
    expect(tags.get('og:title')).toBe('Ratio explorer');
    expect(tags.get('og:description')).toBe('One two');
  });

  it('refuses a page it cannot describe', () => {
    expect(() => injectLinkPreview('<head></head>', undefined)).toThrow(/no <title>/);
    expect(() => injectLinkPreview('<title>T</title>', undefined)).toThrow(/description/);
    expect(() => injectLinkPreview(page('A&nbsp;B', 'D'), undefined)).toThrow(/&nbsp;/);
  });
});

describe('SITE_URL', () => {
  it('is normalised to a folder URL ending in a slash', () => {
    expect(parseSiteUrl('https://example.org/explorer')).toBe('https://example.org/explorer/');
    expect(parseSiteUrl('https://example.org/explorer/')).toBe('https://example.org/explorer/');
    expect(parseSiteUrl('  HTTP://Example.ORG  ')).toBe('http://example.org/');
    expect(parseSiteUrl('https://example.org:8443/a b/')).toBe('https://example.org:8443/a%20b/');
    const tags = metaTags(
      injectLinkPreview(INDEX_HTML, parseSiteUrl('https://example.org/explorer'), SIZE),
    );
    expect(tags.get('og:image')).toBe('https://example.org/explorer/og-image.png');
  });

  it('unset or blank means no address', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('   ')).toBeUndefined();
  });

  it.each([
    ['example.org/explorer/', /SITE_URL="example.org\/explorer\/" is not an absolute URL/],
    ['/explorer/', /is not an absolute URL/],
    ['ftp://example.org/', /is not an http\(s\) URL/],
    ['javascript:alert(1)', /is not an http\(s\) URL/],
    ['https://user:secret@example.org/', /user name or password/],
    ['https://example.org/?v=1', /query string or fragment/],
    ['https://example.org/#top', /query string or fragment/],
    ['https://example.org/explorer/index.html', /names the file, not its folder/],
  ])('%s fails with a clear message', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(message);
    expect(() => parseSiteUrl(value)).toThrow(/e\.g\. https:\/\/example\.org\/explorer\//);
  });
});

describe('the plugin', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const config = (publicDir: string) =>
    ({ mode: 'production', envDir: false, publicDir }) as unknown as ResolvedConfig;
  const run = (plugin: ReturnType<typeof linkPreview>, publicDir = PUBLIC_DIR) => {
    (plugin.configResolved as (config: ResolvedConfig) => void)(config(publicDir));
    return (plugin.transformIndexHtml as (html: string) => string)(INDEX_HTML);
  };

  it('reads SITE_URL from the environment and the size from public/og-image.png', () => {
    vi.stubEnv('SITE_URL', 'https://example.org/from-env');
    const tags = metaTags(run(linkPreview()));
    expect(tags.get('og:url')).toBe('https://example.org/from-env/');
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
  });

  it('without SITE_URL adds the text card only', () => {
    vi.stubEnv('SITE_URL', '');
    const tags = metaTags(run(linkPreview()));
    expect(tags.get('twitter:card')).toBe('summary');
    expect(tags.has('og:image')).toBe(false);
  });

  it('fails the build on a malformed SITE_URL, or when the picture is missing', () => {
    vi.stubEnv('SITE_URL', 'example.org');
    expect(() => run(linkPreview())).toThrow(/SITE_URL="example.org" is not an absolute URL/);
    expect(() => run(linkPreview({ siteUrl: 'https://example.org/' }), 'no-such-dir')).toThrow(
      /public\/og-image.png is missing: run npm run og-image/,
    );
  });
});

describe('public/og-image.png', () => {
  it('is a 1200 × 630 PNG (read from its IHDR chunk)', () => {
    expect([...PICTURE.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(PICTURE.toString('latin1', 12, 16)).toBe('IHDR');
    expect(PICTURE.readUInt32BE(16)).toBe(1200);
    expect(PICTURE.readUInt32BE(20)).toBe(630);
    expect(pngSize(PICTURE)).toEqual(SIZE);
  });

  it('is small enough for every unfurler (WhatsApp drops pictures above about 300 KB)', () => {
    expect(PICTURE.length).toBeLessThan(300 * 1024);
  });

  it('pngSize refuses a file that is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('GIF89a........................'))).toThrow(
      /not a PNG/,
    );
  });
});
