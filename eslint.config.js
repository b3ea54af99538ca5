import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

/**
 * Each layer (a folder of src) and the layers it may import besides itself: exactly the table in
 * docs/architecture.md ("Layers"). Entry points, the files directly in src (main.tsx), are in no
 * layer: they may import any, and no layer may import them.
 */
const LAYERS = {
  model: [],
  format: ['model'],
  theme: [],
  url: ['model', 'format'],
  'charts/data': ['model', 'format'],
  export: ['model', 'format', 'theme', 'charts/data'],
  store: ['model'],
  app: ['model', 'store', 'url'],
  ui: ['model', 'format', 'theme', 'url', 'charts/data', 'export', 'store', 'app'],
  // Below ui in the table: the page reaches the worker only through app/monte-carlo-client.ts.
  worker: ['model'],
};
/** The layers that are plain TypeScript: no React, zustand, recharts or browser globals. */
const PURE_LAYERS = ['model', 'format', 'theme', 'url', 'charts/data', 'export'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // No HTML strings into the DOM: React's escaping is the page's XSS defence, and the CSP
    // (vite-plugins/content-security-policy.ts) is only the second line behind it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text or elements; dangerouslySetInnerHTML bypasses React escaping.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Render text or elements; dangerouslySetInnerHTML bypasses React escaping.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build DOM nodes or set textContent instead of parsing an HTML string.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Build DOM nodes or set textContent instead of parsing an HTML string.',
        },
        {
          // zustand's hook queues a React effect and a task on every render (use-store-while.ts).
          selector: "CallExpression[callee.name='useScenarioStore']",
          message: 'Read the store with useScenario(selector) from store/use-store-while.ts.',
        },
      ],
    },
  },
  {
    // Layers (docs/architecture.md, "Layers"; eslint-plugin-boundaries). Each layer is a folder
    // of src, at any depth inside it. A file may import its own layer and the layers LAYERS lists;
    // importing any other layer, main.tsx, or a file in no layer (checkUnknownLocals) is an error,
    // whatever the relative path. A source file in no layer is an error too (no-unknown-files), so
    // a new folder needs its row in LAYERS and in the table. tests/unit/lint-layers.test.ts lints
    // a probe for every direction the table forbids and every one it allows.
    files: ['src/**/*.{ts,tsx}'],
    // Entry points (main.tsx: any file directly in src) are in no layer: they may import any
    // layer, and no layer may import them.
    ignores: ['src/*'],
    plugins: { boundaries },
    settings: {
      // Element patterns are relative to the repository, wherever eslint is started from.
      'boundaries/root-path': fileURLToPath(new URL('.', import.meta.url)),
      // Relative imports name no extension; the node resolver (a dependency of the plugin)
      // finds the .ts/.tsx file. The app has no tsconfig `paths`, so no TypeScript resolver.
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
      'boundaries/elements': Object.keys(LAYERS).map((type) => ({
        type,
        pattern: `src/${type}`,
        partialMatch: false,
      })),
      // import, `import type`, `export … from` and `import()` are all dependencies.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([type, mayImport]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: [type, ...mayImport] } } },
          })),
          message:
            'Layers (docs/architecture.md): {{from.element.type}} may not import ' +
            '{{#if to.element.type}}{{to.element.type}}{{else}}{{dependency.source}} (no file of any layer){{/if}}.',
          checkUnknownLocals: true,
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The pure layers (docs/architecture.md, "Layers") run anywhere, Node tests included: no UI
    // libraries, no browser globals. Which layers they may import is the boundaries rule above.
    files: PURE_LAYERS.map((type) => `src/${type}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'zustand', 'zustand/*', 'recharts', 'recharts/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'history', 'navigator'],
    },
  },
  {
    // recharts loads after the first paint, in the plot chunk (docs/architecture.md, "Charts"):
    // only the plot's own modules may import it, or it would be back in the page's first load.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: [
      'src/ui/charts/plot-frames.tsx',
      'src/ui/charts/live-plot.tsx',
      'src/ui/charts/axis-title.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['recharts', 'recharts/*'],
              message: 'recharts loads with the plot chunk: import it in plot-frames.tsx.',
            },
          ],
        },
      ],
    },
  },
);
