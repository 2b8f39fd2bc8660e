// Issue 8, "No tracking, no third parties": every request the demo pages make (page, bundle, data,
// and anything the widgets might fetch while a reader uses them) goes to the page's own origin;
// and the built bundle names no host other than the dataset's source links, and uses no API that
// phones home or stores anything.
import { expect } from '@open-wc/testing';
import json from '../data/dataset.json';

const TAGS = ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map'];
/** Pages that must exist, and pages other work adds (checked when present). */
const PAGES = ['/demo/index.html', '/demo/csp.csp.html', '/demo/hostile.html', '/demo/ngo.html', '/demo/builder.html'];

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Loads a page in an iframe, waits for its widgets, uses them (hover, focus, keys, toggles —
 * not downloads), and returns the URL of every resource it requested (Resource Timing records
 * failed and cross-origin requests too; the control test below checks that).
 */
async function requestsOf(url: string, use = true): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow! as Window & typeof globalThis;
  const seen = new Set<string>();
  const observer = new win.PerformanceObserver((list) => list.getEntries().forEach((e) => seen.add(e.name)));
  observer.observe({ type: 'resource', buffered: true });
  const els = [...win.document.querySelectorAll<Updating>(TAGS.join(','))];
  if (els.length) await Promise.all(TAGS.filter((t) => win.document.querySelector(t)).map((t) => win.customElements.whenDefined(t)));
  await Promise.all(els.map((el) => el.updateComplete));
  if (use) {
    for (const el of els) {
      for (const t of el.shadowRoot?.querySelectorAll<HTMLElement>('[tabindex], button, [data-k], a') ?? []) {
        if (/csv|svg|descargar|download/i.test(t.textContent ?? '') || t.localName === 'a') {
          t.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          continue;
        }
        t.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        t.focus();
        t.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        if (t.localName === 'button') t.click();
        await el.updateComplete;
      }
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  win.performance.getEntriesByType('resource').forEach((e) => seen.add(e.name));
  observer.disconnect();
  seen.add(win.location.href);
  frame.remove();
  return [...seen];
}

const foreign = (urls: string[]) => urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== location.origin);

describe('hardening: no tracking, no third parties', function () {
  this.timeout(60_000);

  it('control: a request to another host is recorded, even when it fails', async () => {
    const page = `/test/fixtures/hardening/third-party-control.html`;
    const urls = await requestsOf(page, false);
    expect(foreign(urls)).to.include.members(['https://tracker.example/pixel.gif', 'https://fonts.example/font.css']);
  });

  for (const page of PAGES) {
    it(`${page}: every request goes to the page's own origin`, async function () {
      const res = await fetch(page, { method: 'HEAD' });
      expect(res.status, page).to.equal(200);
      const urls = await requestsOf(page);
      expect(urls.some((u) => u.endsWith('/dist/pe-widgets.js')), `${page} loads the bundle: ${urls.join(', ')}`).to.equal(true);
      expect(foreign(urls), page).to.deep.equal([]);
    });
  }

  describe('dist/pe-widgets.js', () => {
    let code: string;
    before(async () => {
      code = await (await fetch('/dist/pe-widgets.js')).text();
    });

    it('names no URL except the sources of the embedded dataset', () => {
      const sources = new Set(json.sources.map((s) => s.url).filter(Boolean));
      // SVG/XML namespaces are names, not requests.
      const namespaces = /^http:\/\/www\.w3\.org\//;
      const urls = [...code.matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)].map((m) => m[0]);
      const unknown = urls.filter((u) => !sources.has(u) && !namespaces.test(u));
      expect(unknown).to.deep.equal([]);
    });

    it('uses no API that sends or stores data (beacons, sockets, workers, cookies, storage)', () => {
      const forbidden = ['sendBeacon', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'serviceWorker', 'Worker(', 'SharedWorker', 'document.cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'RTCPeerConnection', 'navigator.geolocation', 'new Image', 'eval(', 'new Function', 'document.write', 'insertAdjacentHTML', 'outerHTML=', 'createContextualFragment', 'import('];
      expect(forbidden.filter((api) => code.includes(api))).to.deep.equal([]);
      // One fetch: the `src` loader. innerHTML only where Lit fills its <template> elements.
      expect(code.split('fetch(').length - 1, 'fetch calls').to.equal(1);
      const html = [...code.matchAll(/innerHTML/g)].map((m) => code.slice(Math.max(0, m.index! - 80), m.index));
      expect(html.length).to.be.at.most(1);
      html.forEach((before) => expect(before).to.contain('createElement("template")'));
    });
  });
});
