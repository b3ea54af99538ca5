// @vitest-environment jsdom -- builds SVG / reads document and matchMedia.
/**
 * The theme a link chooses (theme=light|dark) overrides the reader's prefers-color-scheme, for
 * the page's colours (data-theme on <html>, read by styles.css) and the charts' palette alike.
 */
import { describe, expect, it } from 'vitest';
import { applyChartTheme, THEME_ATTRIBUTE } from '../../src/theme/chart-theme';

function fakeMatchMedia(initiallyDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initiallyDark,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const change = (dark: boolean) => {
    query.matches = dark;
    listeners.forEach((listener) => listener());
  };
  return { matchMedia: () => query as unknown as MediaQueryList, change, listeners };
}

describe('applyChartTheme with a chosen theme', () => {
  it("follows the reader's scheme without a choice, on the attribute that picks the page's and the charts' colours", () => {
    const target = document.createElement('div');
    const media = fakeMatchMedia(false);
    const stop = applyChartTheme(target, { matchMedia: media.matchMedia }, 'auto');
    expect(target.getAttribute(THEME_ATTRIBUTE)).toBe('light');
    media.change(true);
    expect(target.getAttribute(THEME_ATTRIBUTE)).toBe('dark');
    stop();
    expect(media.listeners.size).toBe(0);
  });

  it.each([
    ['dark', false],
    ['light', true],
  ] as const)(
    'theme=%s wins over the reader setting (dark: %s) and ignores its changes',
    (theme, dark) => {
      const target = document.createElement('div');
      const media = fakeMatchMedia(dark);
      applyChartTheme(target, { matchMedia: media.matchMedia }, theme);
      expect(target.getAttribute(THEME_ATTRIBUTE)).toBe(theme);
      expect(media.listeners.size).toBe(0);
      media.change(!dark);
      expect(target.getAttribute(THEME_ATTRIBUTE)).toBe(theme);
    },
  );

  it('without matchMedia: the light theme, or the chosen one', () => {
    const none = {} as Pick<Window, 'matchMedia'>;
    const plain = document.createElement('div');
    applyChartTheme(plain, none);
    expect(plain.getAttribute(THEME_ATTRIBUTE)).toBe('light');
    const dark = document.createElement('div');
    applyChartTheme(dark, none, 'dark');
    expect(dark.getAttribute(THEME_ATTRIBUTE)).toBe('dark');
  });
});
