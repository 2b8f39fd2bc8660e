#!/usr/bin/env node
// Checks the static Storybook (storybook-static/, from `npm run build-storybook`) in headless
// Chromium: every story renders a widget without console errors, axe-core (the engine of the
// accessibility addon) finds no violations in light/es and dark/en, a widget shows an error only in
// the stories tagged `error-state` (and there it does), "own data" stories show the NGO's sample data,
// and neither the stories nor the Storybook UI request anything but the local server (any other
// request is blocked and fails the check). Then the embed code each widget's docs page shows ("Show code"),
// pasted into an empty page with the built dist/pe-widgets.js (or the widget's own dist file, when the toolbar's
// "Script" says so; run `npm run build` first), must show what its story shows.
// Options: --dir=storybook-static, --shots=DIR (a PNG per story and theme), --only=TEXT.
// Chromium: $CHROME_PATH or /usr/bin/chromium.
import { createServer } from 'node:http';
import { createReadStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './chromium.mjs';

const opt = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.join('=') || true];
  }),
);
const root = resolve(opt.dir || 'storybook-static');
const shots = opt.shots ? resolve(opt.shots) : '';
if (shots) mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
/** Pages made of pasted embed code (path → HTML), and the built files they load (dist/pe-widgets.js, dist/pe-<tag>.js). */
const pasted = new Map();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (pasted.has(path)) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pasted.get(path));
  const built = /^\/__embed\/(pe-[a-z-]+\.js)$/.exec(path);
  if (built) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return void createReadStream(resolve('dist', built[1])).pipe(res);
  }
  let file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root + sep) && file !== root) return res.writeHead(403).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: CHROME_ARGS,
});

const failures = [];
const external = new Set();

async function openPage() {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return r.continue();
    external.add(url);
    return r.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(base) && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url().slice(base.length)}`);
  });
  return { page, errors };
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!opt.only || e.id.includes(opt.only)));
const combos = [
  { theme: 'light', lang: 'es' },
  { theme: 'dark', lang: 'en' },
];

const { page, errors } = await openPage();
await page.setViewport({ width: 900, height: 900 });
let checked = 0;
for (const story of stories) {
  for (const g of combos) {
    errors.length = 0;
    const label = `${story.id} [${g.theme}/${g.lang}]`;
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${g.theme};lang:${g.lang}`, { waitUntil: 'load' });
    const rendered = await page
      .waitForFunction(
        async () => {
          const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('pe-') && e.shadowRoot);
          if (!els.length) return false;
          await Promise.all(els.map((e) => e.updateComplete));
          // Loading placeholders (src stories) must have resolved.
          return els.every((e) => !e.shadowRoot.querySelector('[part="placeholder"]')) && els.length;
        },
        { timeout: 15_000, polling: 100 },
      )
      .then((h) => h.jsonValue())
      .catch(() => 0);
    if (!rendered) failures.push(`${label}: no rendered pe-* widget`);
    // Data shown, not an error box, unless the story is about the error (then the error must show).
    const alerts = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((e) => e.localName.startsWith('pe-') && e.shadowRoot?.querySelector('[role="alert"]'))
        .map((e) => `<${e.localName}>: ${e.shadowRoot.querySelector('[role="alert"]').textContent.replace(/\s+/g, ' ').trim()}`),
    );
    const errorStory = (story.tags ?? []).includes('error-state');
    if (!errorStory) for (const a of alerts) failures.push(`${label}: shows an error instead of its data: ${a}`);
    if (errorStory && !alerts.length) failures.push(`${label}: tagged error-state but shows no error`);
    // "Own data" stories show the NGO's sample data (its publisher in the source line), not the embedded data.
    if (story.id.includes('own-data')) {
      const cited = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].some((e) => e.localName.startsWith('pe-') && /Example NGO|ONG de Ejemplo/.test(e.shadowRoot?.textContent ?? '')),
      );
      if (!cited) failures.push(`${label}: shows the embedded data, not the NGO's own`);
    }
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
    // The accessibility addon runs the same axe-core in the story frame; wait for its run to end.
    const violations = await page.evaluate(async () => {
      for (let i = 0; ; i++) {
        try {
          const r = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        } catch (e) {
          if (i > 50 || !/already running/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    });
    for (const v of violations) failures.push(`${label}: axe ${v}`);
    // "Failed to load resource" repeats a blocked or failed request, which is reported on its own.
    for (const e of errors) if (!/^Failed to load resource/.test(e)) failures.push(`${label}: ${e}`);
    if (shots) {
      const root = (await page.$('#storybook-root .pe-story > *')) ?? (await page.$('#storybook-root'));
      await root.screenshot({ path: join(shots, `${story.id}--${g.theme}-${g.lang}.png`) });
    }
    checked++;
  }
}

// The embed code of every story, as each widget's docs page shows it under "Show code", in both languages:
// pasted into an empty page (the script URL pointing at the built bundle, the placeholder data URL at the
// sample file), the widget shows the same text as the story. A story whose own src fails (its error is the
// point) is skipped: the code replaces that src with the placeholder.
const PLACEHOLDER_DATA = 'https://example.org/your-data.json';
/** The script tag's file in a snippet (pe-widgets.js or a widget's own), pointed at the built one when pasted. */
const SCRIPT_SRC = /src="https:\/\/[^"]*\/(pe-[a-z-]+\.js)"/;
const paste = (await openPage()).page;
await paste.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
let pastes = 0;
for (const docs of Object.values(index.entries).filter((e) => e.type === 'docs' && e.id.startsWith('widgets-') && (!opt.only || e.id.includes(opt.only)))) {
  // Spanish and English with pe-widgets.js; Spanish with the toolbar's "Script: this widget's own file".
  for (const [lang, script] of [['es', 'bundle'], ['en', 'bundle'], ['es', 'own']]) {
    const at = `${docs.id} [${lang}, ${script}]`;
    // In front: a background tab gets no animation frames, and Storybook's docs wait for them.
    await page.bringToFront();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs&globals=lang:${lang};script:${script}`, { waitUntil: 'networkidle0', timeout: 30_000 });
    const shown = await page
      .waitForFunction(() => [...document.querySelectorAll('button')].filter((b) => /show code/i.test(b.textContent)).length, { timeout: 20_000, polling: 100 })
      .then((h) => h.jsonValue())
      .catch(() => 0);
    if (!shown) failures.push(`${at}: no "Show code" buttons`);
    await page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => /show code/i.test(b.textContent)).forEach((b) => b.click()));
    await page.waitForFunction((n) => [...document.querySelectorAll('pre')].filter((p) => p.textContent.includes('<pe-')).length >= n, { timeout: 20_000, polling: 100 }, shown).catch(() => {});
    const blocks = await page.evaluate(async () => {
      const out = [];
      for (const pre of document.querySelectorAll('pre')) {
        if (!pre.textContent.includes('<pe-')) continue;
        const story = pre.closest('[id^="anchor--"]');
        const els = [...(story?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('pe-') && e.shadowRoot);
        await Promise.all(els.map((e) => e.updateComplete));
        out.push({
          id: story?.id ?? '?',
          code: pre.textContent,
          width: Math.round(els[0]?.getBoundingClientRect().width ?? 600),
          texts: els.map((e) => e.shadowRoot.textContent.replace(/\s+/g, ' ').trim()),
          failed: els.some((e) => e.shadowRoot.querySelector('[part="retry"]')),
        });
      }
      return out;
    });
    if (blocks.length < shown) failures.push(`${at}: ${shown} "Show code" buttons but ${blocks.length} code blocks with a widget`);
    for (const b of blocks) {
      if (b.failed && b.code.includes(PLACEHOLDER_DATA)) continue;
      const file = SCRIPT_SRC.exec(b.code)?.[1];
      const tag = /<(pe-[a-z-]+)/.exec(b.code.replace(/<script[^]*?<\/script>/, ''))?.[1];
      if (file !== (script === 'own' ? `${tag}.js` : 'pe-widgets.js')) failures.push(`${at} ${b.id}: the embed code loads ${file}, not ${script === 'own' ? `${tag}.js` : 'pe-widgets.js'}`);
      const html = b.code.replace(SCRIPT_SRC, 'src="/__embed/$1"').replace(PLACEHOLDER_DATA, '/example-data/ngo-data.json');
      const path = `/__embed/${pastes++}.html`;
      pasted.set(path, `<!doctype html><html><head><meta charset="utf-8"><title>embed</title></head><body style="margin: 0; width: ${b.width}px">${html}</body></html>`);
      await paste.bringToFront();
      await paste.goto(base + path, { waitUntil: 'load' });
      const texts = await paste
        .waitForFunction(async () => {
          const els = [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('pe-') && e.shadowRoot);
          await Promise.all(els.map((e) => e.updateComplete));
          if (!els.length || els.some((e) => e.shadowRoot.querySelector('[part="placeholder"]'))) return false;
          return els.map((e) => e.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
        }, { timeout: 10_000, polling: 100 })
        .then((h) => h.jsonValue())
        .catch(() => []);
      if (JSON.stringify(texts) !== JSON.stringify(b.texts)) {
        failures.push(`${at} ${b.id}: the pasted embed code shows\n    ${(texts[0] ?? '(no widget)').slice(0, 300)}\n  the story shows\n    ${(b.texts[0] ?? '(no widget)').slice(0, 300)}`);
      }
    }
  }
}
await paste.close();

// The Storybook UI itself (manager) and one docs page must not reach the network either.
for (const path of ['/index.html', ...Object.values(index.entries).filter((e) => e.type === 'docs').slice(0, 1).map((e) => `/iframe.html?id=${e.id}&viewMode=docs`)]) {
  await page.goto(base + path, { waitUntil: 'networkidle0', timeout: 30_000 }).catch((e) => failures.push(`${path}: ${e.message}`));
}

await browser.close();
server.close();
for (const url of external) failures.push(`external request blocked: ${url}`);
console.log(`${checked} story renders checked (${stories.length} stories × ${combos.length} theme/language pairs); ${pastes} pasted embed codes compared with their stories`);
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log('✓ no axe violations, no console errors, no external requests');
