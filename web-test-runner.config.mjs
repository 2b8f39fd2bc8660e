// @web/test-runner in Debian's Chromium (see ../shared/TOOLCHAIN.md). Tests import the TypeScript
// sources through esbuild; test/smoke.test.ts loads the built dist/pe-widgets.js itself.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testApi } from './test/server/api.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Serves a .json file as an ES module when a module script imports it (Sec-Fetch-Dest: script), as bundlers do. */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { vary: 'sec-fetch-dest' }, transformCache: false };
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  middleware: [testApi],
  plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-quic',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
