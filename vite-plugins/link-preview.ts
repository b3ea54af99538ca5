/**
 * Link previews: Open Graph and X (Twitter) card <meta> tags in the built index.html, so a link
 * shared in a chat, forum or social post unfurls with the explorer's title, description and
 * picture instead of a bare URL.
 *
 * The text is read from index.html itself (its <title> and description <meta>), so the wording
 * lives in one place. The picture is public/og-image.png (`npm run og-image` redraws it).
 *
 * Crawlers only accept absolute URLs for og:image and og:url, and the build is relocatable
 * (`base: './'`), so the site's address comes from the build-time variable SITE_URL (the
 * environment or a .env file; it is not exposed to client code, which only sees VITE_*).
 * - Set: every tag, with og:url = SITE_URL and og:image = SITE_URL + og-image.png, and a large
 *   image card.
 * - Unset or empty: only the tags that need no address (og:type, og:title, og:description, a
 *   text-only `summary` card). A relative og:image would be invalid, and X shows no card at all
 *   without twitter:card, so the text card is still worth having.
 * - Malformed: the build fails and says why, rather than shipping previews that point nowhere.
 *
 * Every link to the page, with any scenario in its query string, gets this same static preview:
 * the site is static files, so nothing can draw a picture per scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv, type Plugin, type ResolvedConfig } from 'vite';

export const SITE_URL_VARIABLE = 'SITE_URL';

/** File name in public/ (and so at the root of the build). */
export const OG_IMAGE_FILE = 'og-image.png';

/** Describes what scripts/og-image.mjs photographs; update both together. */
export const OG_IMAGE_ALT =
  'The explorer: sliders for the field and the cohort, the field ratios before and after the cohort, and a chart of the field ratio against cohort size.';

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Validates SITE_URL and normalises it to the folder URL index.html is served from, ending in
 * "/". Returns undefined when unset or blank; throws a message naming the variable otherwise.
 */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  const fail = (why: string): never => {
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" ${why}. Set it to the absolute http(s) address of the folder the built index.html is served from, e.g. https://example.org/explorer/ (or leave it unset for previews without a picture).`,
    );
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('is not an http(s) URL');
  if (url.username !== '' || url.password !== '') fail('contains a user name or password');
  // The image URL is built by appending a file name, which a query or fragment would break.
  if (url.search !== '' || url.hash !== '') fail('has a query string or fragment');
  if (/\/index\.html?$/i.test(url.pathname)) fail('names the file, not its folder');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Width and height from a PNG's IHDR chunk (the first chunk, by the PNG specification). */
export function pngSize(bytes: Uint8Array, name = 'image'): ImageSize {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng =
    bytes.length >= 24 &&
    signature.every((byte, index) => bytes[index] === byte) &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error(`${name} is not a PNG file`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const CHARACTER_REFERENCE = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Text as written in index.html to plain text. Names beyond XML's five are refused (rather
 * than copied through as "&nbsp;"): writing the character itself is simpler. */
function decodeHtml(text: string, where: string): string {
  return text.replace(CHARACTER_REFERENCE, (reference, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const character = NAMED[name.toLowerCase()];
    if (character === undefined)
      throw new Error(
        `index.html: ${where} uses ${reference}; write the character itself for the link preview`,
      );
    return character;
  });
}

/** Plain text to a double-quoted attribute value ("<" and ">" too, for naive scrapers). */
function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

const TITLE = /<title>([\s\S]*?)<\/title>/i;
// A quoted attribute value may contain ">", so a tag ends at the first ">" outside quotes.
const META_TAG = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const DESCRIPTION_NAME = /\sname\s*=\s*(["']?)description\1[\s/>]/i;
const CONTENT_ATTRIBUTE = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** The page's title and description, as plain text. */
export function pageText(html: string): { title: string; description: string } {
  const title = TITLE.exec(html)?.[1]?.trim();
  if (!title) throw new Error('index.html: no <title> for the link preview');
  const meta = html.match(META_TAG)?.find((tag) => DESCRIPTION_NAME.test(tag));
  const content = CONTENT_ATTRIBUTE.exec(meta ?? '');
  const description = (content?.[1] ?? content?.[2])?.trim();
  if (!description)
    throw new Error('index.html: no <meta name="description"> for the link preview');
  // Whitespace collapsed as a browser shows a title, so a wrapped line in index.html reads as one.
  const text = (raw: string, where: string) => decodeHtml(raw, where).replace(/\s+/g, ' ');
  return { title: text(title, 'the <title>'), description: text(description, 'the description') };
}

/**
 * The preview tags for this page. `siteUrl` must come from parseSiteUrl; `image` is the size
 * of the picture, needed only with a site URL.
 */
export function linkPreviewTags(
  html: string,
  siteUrl: string | undefined,
  image?: ImageSize,
): string[] {
  const { title, description } = pageText(html);
  type Tag = [attribute: 'property' | 'name', key: string, value: string];
  const tags: Tag[] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
  ];
  // X reads og:title and og:description when its own are missing, but some unfurlers read only
  // twitter:*; both cost a few bytes.
  const twitterText: Tag[] = [
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  ];
  if (siteUrl === undefined) {
    tags.push(['name', 'twitter:card', 'summary'], ...twitterText);
  } else {
    if (!image) throw new Error('linkPreviewTags: a site URL needs the image size');
    const imageUrl = new URL(OG_IMAGE_FILE, siteUrl).href;
    tags.push(
      ['property', 'og:url', siteUrl],
      ['property', 'og:image', imageUrl],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(image.width)],
      ['property', 'og:image:height', String(image.height)],
      ['property', 'og:image:alt', OG_IMAGE_ALT],
      ['name', 'twitter:card', 'summary_large_image'],
      ...twitterText,
      ['name', 'twitter:image', imageUrl],
      ['name', 'twitter:image:alt', OG_IMAGE_ALT],
    );
  }
  return tags.map(
    ([attribute, key, value]) =>
      `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`,
  );
}

const TITLE_END = /<\/title>/i;

/** index.html with the preview tags straight after its <title>, with the page's metadata. */
export function injectLinkPreview(
  html: string,
  siteUrl: string | undefined,
  image?: ImageSize,
): string {
  const tags = linkPreviewTags(html, siteUrl, image);
  return html.replace(TITLE_END, (end) => `${end}\n    ${tags.join('\n    ')}`);
}

/**
 * @param options.siteUrl Overrides SITE_URL from the environment and .env files (for tests).
 */
export function linkPreview(options: { siteUrl?: string } = {}): Plugin {
  let siteUrl: string | undefined;
  let image: ImageSize | undefined;
  return {
    name: 'link-preview',
    apply: 'build',
    // Validated when the build starts, so a malformed address fails before any work is done.
    configResolved(config: ResolvedConfig) {
      const raw =
        options.siteUrl ??
        loadEnv(config.mode, config.envDir, SITE_URL_VARIABLE)[SITE_URL_VARIABLE];
      siteUrl = parseSiteUrl(raw);
      if (siteUrl === undefined) return;
      // A preview whose picture 404s is worse than none: fail if public/ lacks it.
      const file = config.publicDir ? join(config.publicDir, OG_IMAGE_FILE) : '';
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new Error(
          `${SITE_URL_VARIABLE} is set but public/${OG_IMAGE_FILE} is missing: run npm run og-image`,
        );
      }
      image = pngSize(bytes, `public/${OG_IMAGE_FILE}`);
    },
    transformIndexHtml(html) {
      return injectLinkPreview(html, siteUrl, image);
    },
  };
}
