/**
 * `npm run lint` = this (bugs and layering) + `prettier --check` (style) + madge (import cycles).
 * No stylistic rules here: Prettier owns the layout, so the two never disagree.
 * Type-aware rules (no-floating-promises…) are left out on purpose: they need the whole program
 * type-checked per lint run, which `npm run typecheck` already does once per environment.
 */
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'
import needle from './scripts/lint/layers.js'

/** The page's globals: absent in Node, so shared and main code must not reach for them. */
const PAGE_GLOBALS = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'alert'].map((name) => ({
  name,
  message: 'This code runs in Node (or in both places): the page is not here. Pass code meant for a page as a string.',
}))
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'src/shared runs in the page too: take what you need from Node as a parameter instead.',
}))

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { needle },
    rules: {
      'needle/layers': 'error',
      // A leading underscore marks a deliberately unused binding (a skipped tuple slot, a rest sibling's sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-constructor-return': 'error',
      // Needle names control characters on purpose (XML 1.0's forbidden set, the ASCII range); that is all this rule flags.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-globals': ['error', ...PAGE_GLOBALS, ...NODE_GLOBALS] },
  },
  {
    files: ['src/main/**'],
    rules: { 'no-restricted-globals': ['error', ...PAGE_GLOBALS] },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Focus moves on purpose where the researcher has just asked for an input (a popover, a search box);
      // Mantine components take autoFocus as a prop and manage it themselves.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['tests/e2e/**'],
    // Playwright reads a fixture's dependencies from its first parameter's destructuring, so `{}` is how a fixture says "none".
    rules: { 'no-empty-pattern': 'off' },
  },
)
