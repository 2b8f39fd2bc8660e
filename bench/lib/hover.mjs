/**
 * `<pe-hub-map>` hover and keyboard-focus update time, on one warm page, with real input from puppeteer
 * (CDP Input events go through Chromium's hit testing and event dispatch like a user's).
 *
 * For each update the page records:
 *   t0    the first input event of that update reaching the page (capture listeners on window and the shadow root);
 *   work  until the widget has committed the new tooltip (a MutationObserver on the shadow root sees the
 *         tooltip naming the expected region), finished its update (updateComplete) and the tooltip has been
 *         laid out (getBoundingClientRect);
 *   frame until the next frame has run (rAF, then a posted task), i.e. including the wait for vsync.
 * Pointer: the mouse enters the map onto a region, at a point found by hit-testing inside each region, from
 * outside the map. (From region to region directly, a jump that lands between the last region and its tooltip
 * would wait for the tooltip's hover grace, WCAG 1.4.13, or land on the tooltip itself: that measures the grace
 * period, not the update.)
 * Focus: one region is focused, then arrow keys move between regions (keys that do not move are skipped).
 */
import { stats } from './measure.mjs';

const SETUP = () => {
  const host = document.querySelector('pe-hub-map');
  const sr = host.shadowRoot;
  const tipText = () => sr.querySelector('[part~="tooltip"] b')?.textContent.trim() ?? sr.querySelector('[part~="tooltip"]')?.textContent.trim() ?? '';
  const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); }));
  // The regions: the options of the map's first listbox (the element with role=option, or the shape inside it).
  const regions = [...(sr.querySelector('[role="listbox"]') ?? sr).querySelectorAll('[role="option"][data-k]')];
  const keyAt = (x, y) => sr.elementFromPoint(x, y)?.closest('[data-k]')?.getAttribute('data-k');
  const points = [];
  for (const el of regions) {
    const key = el.getAttribute('data-k');
    const r = (el.querySelector('path') ?? el).getBoundingClientRect();
    const tries = [[0.5, 0.5]];
    for (let i = 1; i < 8; i++) for (let j = 1; j < 8; j++) tries.push([i / 8, j / 8]);
    for (const [fx, fy] of tries) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
      if (keyAt(x, y) === key) {
        points.push({ key, name: el.getAttribute('aria-label') ?? '', x, y });
        break;
      }
    }
  }
  let pending = null;
  const onInput = () => {
    if (pending && pending.t0 === undefined) pending.t0 = performance.now();
  };
  // On the shadow root too: pointerover between two elements of the same shadow tree is not propagated
  // past the host (target and relatedTarget retarget to the same node), so window never sees it.
  for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove', 'keydown', 'focusin']) {
    addEventListener(type, onInput, true);
    sr.addEventListener(type, onInput, true);
  }
  new MutationObserver(async () => {
    const p = pending;
    if (!p || p.t0 === undefined || p.t1 !== undefined) return;
    const text = tipText();
    if (!text || text === p.before || (p.expect && !p.expect.startsWith(text))) return;
    p.t1 = -1;
    while (!(await host.updateComplete));
    sr.querySelector('[part~="tooltip"]')?.getBoundingClientRect();
    p.t1 = performance.now();
    frame().then((t2) => p.done({ work: p.t1 - p.t0, frame: t2 - p.t0 }));
  }).observe(sr, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__hover = {
    points,
    /** Arms the recorder for the next update; `result` then settles with its timings (or null after 1 s). */
    arm(expect) {
      this.result = new Promise((done) => {
        pending = { expect, before: tipText(), done };
        setTimeout(() => { if (pending?.done === done && pending.t1 === undefined) { pending = null; done(null); } }, 1000);
      });
    },
    focusFirst() {
      regions[0].focus();
      return sr.activeElement === regions[0];
    },
  };
  return points.length;
};

export async function hoverProbe(browser, url, n) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.setViewport({ width: 800, height: 2000, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.ready);
    const found = await page.evaluate(SETUP);
    if (!found) return { error: 'no region of <pe-hub-map> could be hit-tested' };
    const points = await page.evaluate(() => window.__hover.points);
    const pointer = [];
    let missed = 0;
    // Warm the path once (first hover compiles the tooltip template), then measure.
    for (let i = -3; i < n; i++) {
      const p = points[(i + 3) * 7 % points.length];
      await page.mouse.move(1, 1);
      await page.evaluate((name) => window.__hover.arm(name), p.name);
      await page.mouse.move(p.x, p.y);
      const r = await page.evaluate(() => window.__hover.result);
      if (i >= 0) r ? pointer.push(r) : missed++;
    }
    await page.mouse.move(1, 1);
    const focus = [];
    let skipped = 0;
    if (await page.evaluate(() => window.__hover.focusFirst())) {
      const keys = ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight'];
      for (let i = 0, k = 0; focus.length < n && k < n * 4; k++) {
        await page.evaluate(() => window.__hover.arm());
        await page.keyboard.press(keys[k % keys.length]);
        const r = await page.evaluate(() => window.__hover.result);
        if (!r) {
          skipped++;
          continue;
        }
        if (i++ >= 2) focus.push(r);
      }
    }
    const pack = (rs) => ({ work: stats(rs.map((r) => r.work)), frame: stats(rs.map((r) => r.frame)) });
    return {
      regions: points.length,
      pointer: pack(pointer),
      focus: pack(focus),
      note: missed || skipped ? `${missed} pointer moves showed no new tooltip within 1 s; ${skipped} key presses did not move focus (edge of the map) and were not counted.` : '',
    };
  } catch (e) {
    return { error: String(e.message || e) };
  } finally {
    await ctx.close();
  }
}
