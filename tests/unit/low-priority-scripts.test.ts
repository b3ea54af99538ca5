import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from '../../vite-plugins/low-priority-scripts';

const BUILT_HEAD = `<head>
    <script>
      (function () { document.documentElement.setAttribute('data-theme', 'light'); })();
    </script>
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-b2.js">
    <link rel="modulepreload" crossorigin href="./assets/d3-c3.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d4.css">
  </head>`;

describe('the built page fetches its own scripts at low priority', () => {
  const html = lowerScriptPriority(BUILT_HEAD);

  it('marks the entry module and every modulepreload link low', () => {
    expect(html).toContain(
      '<script type="module" fetchpriority="low" crossorigin src="./assets/index-a1.js"></script>',
    );
    expect(
      html.match(/<link rel="modulepreload" fetchpriority="low" crossorigin href=/g),
    ).toHaveLength(2);
  });

  it('leaves the stylesheet and the inline theme script as they are', () => {
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-d4.css">');
    expect(html).toContain('<script>\n      (function () {');
    expect(html.match(/fetchpriority/g)).toHaveLength(3);
  });

  it('is idempotent: a tag that already has a priority keeps it', () => {
    expect(lowerScriptPriority(html)).toBe(html);
  });
});
