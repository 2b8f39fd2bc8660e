#!/usr/bin/env node
// Screenshots of each widget for the README (docs/img/<tag>.png), from the built bundle
// (run `npm run build` first) in headless Chromium ($CHROME_PATH or /usr/bin/chromium).
// `node scripts/screenshots.mjs [--lang=en] [--theme=light] [--width=680] [--out=docs/img]`
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './chromium.mjs';
import { startServer } from './serve.mjs';

const opt = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const lang = opt.lang ?? 'en';
const theme = opt.theme ?? 'light';
const width = Number(opt.width ?? 680);
const out = resolve(opt.out ?? 'docs/img');
mkdirSync(out, { recursive: true });

/** What each picture shows: a tag and its attributes. */
const SHOTS = [
  ['pe-stat-card', { stat: 'victims-female-share' }],
  ['pe-victim-breakdown', { dimension: 'sex' }],
  ['pe-timeline', { from: '2014-06' }],
  ['pe-hub-map', {}],
];

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [...CHROME_ARGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: width + 40, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  // A same-origin page that loads the bundle; the widgets are then created with DOM APIs.
  await page.goto(`${base}/demo/builder.html`, { waitUntil: 'networkidle0' });
  for (const [tag, attrs] of SHOTS) {
    const handle = await page.evaluate(
      async (tag, attrs, lang, theme, width) => {
        document.body.replaceChildren();
        document.body.style.cssText = `margin:0;padding:20px;background:${theme === 'dark' ? '#0e1014' : '#fff'}`;
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries({ ...attrs, lang, theme })) el.setAttribute(k, v);
        el.style.width = `${width}px`;
        document.body.append(el);
        await customElements.whenDefined(tag);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        return true;
      },
      tag,
      attrs,
      lang,
      theme,
      width,
    );
    if (!handle) throw new Error(`${tag} did not render`);
    const el = await page.$(tag);
    const file = join(out, `${tag}.png`);
    await el.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
