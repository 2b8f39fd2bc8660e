// Storybook 10 for web components with Vite. Controls and docs come from dist/custom-elements.json
// (made by `npm run build`; see preview.ts). Telemetry is off and nothing in the build or the
// static site reaches the network.
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // demo/ngo-data.json (fictional sample data) for the stories that load a dataset with `src`.
  // Not at /demo: the dev server would then answer the stories' JSON *module* imports with raw JSON.
  staticDirs: [{ from: '../demo', to: '/example-data' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    disableProjectJson: true,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // Lit's legacy decorators (@property on fields) compile with the project's tsconfig.json
    // (experimentalDecorators, useDefineForClassFields: false), which Vite reads by itself.
    return {
      ...config,
      // Lit ships plain ES modules: served as they are, the dev server loads one copy of Lit for both
      // the widgets and Storybook's renderer (pre-bundled, the two got separate copies).
      optimizeDeps: {
        ...config.optimizeDeps,
        exclude: [...(config.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', '@lit/reactive-element', '@lit/task'],
      },
      build: { ...config.build, chunkSizeWarningLimit: 2000 },
    };
  },
};

export default config;
