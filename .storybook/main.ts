import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // Resolve workspace packages to their TypeScript sources (the "source" export condition).
    config.resolve ??= {};
    config.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return config;
  },
};
export default config;
