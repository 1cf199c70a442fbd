// npm run lint: ESLint for what the project wrote (Prettier owns the layout: see .prettierrc.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from './tools/lint/typescript-eslint.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'wordpress/dialogue-widgets/assets/',
      '**/node_modules/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // The library, its tests and its stories: TypeScript, type-checked, in the browser.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked, lit.configs['flat/all'], wc.configs['flat/best-practice']],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        project: ['./tsconfig.test.json', './.storybook/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'DialogueElement'] } },
    rules: {
      // LitElement defines every lifecycle callback, so an unguarded super call is always safe.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types every chai `equal` as a Promise; only its snapshots are one.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },

  // Pages of the demo and the benchmark: plain modules in the browser.
  {
    files: ['demo/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },

  // The WordPress block: a plain script run by the block editor, with its `wp` global.
  {
    files: ['wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },

  // Build, test and check scripts, and the tools' configurations: Node.
  {
    files: ['**/*.mjs', 'eslint.config.js', 'tools/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  // Scripts that drive Chromium: the functions they pass to page.evaluate() run in the page.
  {
    files: ['scripts/bench.mjs', 'scripts/check-*.mjs', 'scripts/storybook-smoke.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
