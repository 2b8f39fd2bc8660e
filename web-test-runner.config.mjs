// @web/test-runner in Debian's Chromium (see ../shared/TOOLCHAIN.md). Tests import the TypeScript
// sources through esbuild; test/smoke.test.ts loads the built dist/pe-widgets.js itself.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testApi } from './test/server/api.mjs';
import { hardening } from './test/server/hardening.mjs';
import { CHROME_ARGS, chromePath } from './scripts/chromium.mjs';


/**
 * executeServerCommand('a11y-tree', { selector }): Chromium's whole accessibility tree under an element
 * (puppeteer's snapshot with interestingOnly: false, so containers such as an event's heading around its
 * button are kept), for test/a11y-tree.test.ts. The stock a11ySnapshot command prunes those.
 */
const a11yTree = {
  name: 'a11y-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-tree') return undefined;
    const page = session.browser.getPage(session.id);
    const root = await page.$(payload.selector);
    // No match must fail the test, not silently snapshot the whole page.
    if (!root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
    return page.accessibility.snapshot({ root, interestingOnly: false });
  },
};

/**
 * executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]): any CSS media feature,
 * through the DevTools protocol (the stock emulateMedia command, and puppeteer's emulateMediaFeatures, know
 * no forced-colors). One CDP session per page, kept: the emulation lasts as long as its session.
 */
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/**
 * Serves a .json file as an ES module when a module script imports it (Sec-Fetch-Dest: script), as bundlers do.
 * Every .json answer varies by Sec-Fetch-Dest: else a page that fetched the file first (demo/ngo.html in an
 * iframe) leaves the plain JSON in the browser's cache, and a later test importing it fails to load.
 */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    if (context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { vary: 'sec-fetch-dest' }, transformCache: false };
    }
    return { headers: { vary: 'sec-fetch-dest' }, transformCache: false };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: tests use rAF, IntersectionObserver and viewport/media emulation, which stall or
  // interfere in background tabs.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  middleware: [hardening, testApi],
  plugins: [jsonModules, a11yTree, mediaFeatures, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          ...CHROME_ARGS,
          // Several test pages run at once in tabs; keep timers, rAF and observers running in all of them.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // test/hardening-leaks.test.ts: exact heap sizes and gc() before measuring.
          '--enable-precise-memory-info',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 30_000 } },
};
