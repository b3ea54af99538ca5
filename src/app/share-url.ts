/** Absolute URL of this page with the given query string: what "Copy link", quotes and exports cite. */
export function shareUrl(search: string): string {
  const { origin, pathname } = window.location;
  // file:// pages have the origin "null"; fall back to the href without its query.
  const base = origin === 'null' ? window.location.href.split(/[?#]/)[0] : `${origin}${pathname}`;
  return `${base}${search}`;
}
