import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

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
      ],
    },
  },
  {
    // The model is pure: no UI, store, chart or browser imports (DEVELOPERS.md, architecture).
    files: [
      'src/model/**/*.ts',
      'src/url/**/*.ts',
      'src/charts/data/**/*.ts',
      'src/export/**/*.ts',
      'src/format/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'zustand',
            'zustand/*',
            'recharts',
            '../ui/*',
            '../store/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'history', 'navigator'],
    },
  },
);
