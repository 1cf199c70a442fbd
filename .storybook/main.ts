import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers at partner organisations: every element, every state,
 * every zone. Stories live in stories/; the elements come straight from src/, so
 * what is previewed is what ships.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Photos, logos and the JSON-LD of the `src` stories: served next to iframe.html,
  // so stories reference them with relative URLs that also work under a sub-path.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig, { configType }) {
    if (configType === 'DEVELOPMENT') {
      // Without this, Vite pre-bundles Storybook's renderer with its own copy of
      // lit-html while the elements import another: two lit-html copies on one page.
      viteConfig.optimizeDeps = {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      };
    }
    // Storybook's own docs renderer is one big chunk; that is expected, not a warning.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    return viteConfig;
  },
};

export default config;
