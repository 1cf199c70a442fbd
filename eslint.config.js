// npm run lint: ESLint for what the project wrote (Prettier owns the layout: see .prettierrc.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { execFileSync } from 'node:child_process';
import globals from 'globals';
import tseslint from './tools/lint/typescript-eslint.js';

/**
 * What git ignores, every .gitignore included (builds, node_modules, the WordPress the end-to-end
 * tests download): ESLint skips it as Prettier does. Outside a git checkout, the usual build folders.
 */
function ignoredByGit() {
  try {
    const listing = execFileSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory'], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    });
    return listing.split('\n').filter(Boolean);
  } catch {
    return ['dist/', 'storybook-static/', 'custom-elements.json', '**/node_modules/', 'wordpress/e2e/.cache/'];
  }
}

export default tseslint.config(
  { ignores: ignoredByGit() },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  {
    rules: {
      // Checking input for control characters is part of the job (addresses, iCalendar text).
      'no-control-regex': 'off',
      // A leading underscore marks a parameter a signature needs but the body does not use; a
      // property named beside a ...rest is there to leave it out of the rest.
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

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
      // `${items.map((item) => html`…`)}` inside a template is how Lit's own docs render a list.
      'lit/no-template-map': 'off',
      // An arrow in an event binding is how Lit's docs pass an argument; templates here are small.
      'lit/no-template-arrow': 'off',
      // Lit calls a template's event listeners with the element as `this` (`@click=${this.onClick}`).
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types every chai `equal` as a Promise; only its snapshots are one.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Stories show the CSS a partner's page writes around the elements, in <style> blocks of the story.
  {
    files: ['stories/**/*.ts'],
    rules: { 'lit/prefer-static-styles': 'off' },
  },

  // Prettier keeps code within 120 columns but never breaks a string or a comment: nothing past 160.
  // Template literals are exempt: the tests' markup fixtures mean every line break they hold.
  {
    files: ['**/*.{ts,js,mjs}'],
    ignores: ['wordpress/dialogue-widgets/**'],
    rules: {
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreTemplateLiterals: true }],
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
  // The WordPress end-to-end tests: the same, in the block editor's page (with its `wp`).
  {
    files: ['wordpress/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, wp: 'readonly' } },
  },
);
