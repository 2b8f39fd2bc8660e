import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/core/define.js';
import { TestWidget } from './helpers/test-widget.js';
import { dataset } from '../src/data/index.js';
import { loadDataset } from '../src/data/load.js';
import type { PeErrorDetail, PeDataLoadDetail } from '../src/core/events.js';
import { watchedCount } from '../src/core/env.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const settle = async (el: TestWidget, what: (el: TestWidget) => boolean) => {
  await waitUntil(() => what(el), 'widget did not settle', { timeout: 8000 });
  await el.updateComplete;
};
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
/** Runs `body` while recording the options of every fetch the page makes (the requests still go out). */
const watchingFetch = async (body: (calls: RequestInit[]) => Promise<void>) => {
  const calls: RequestInit[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    calls.push(init ?? {});
    return realFetch(input, init);
  };
  try {
    await body(calls);
  } finally {
    window.fetch = realFetch;
  }
};

describe('core: language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses its own lang, else the nearest ancestor\'s, else <html lang>, else en', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es-PE">
      <test-widget id="a"></test-widget>
      <test-widget id="b" lang="en"></test-widget>
      <section lang="fr"><test-widget id="c"></test-widget></section>
    </div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrap.querySelector<TestWidget>(`#${id}`)!);
    await Promise.all([a, b, c].map((el) => el.updateComplete));
    expect(a.shadowRoot!.querySelector('.label')!.textContent).to.equal(
      'casos de trata de personas presentados por los fiscales',
    );
    expect(b.shadowRoot!.querySelector('.label')!.textContent).to.equal('human trafficking cases filed by prosecutors');
    // An unsupported language falls back to English rather than skipping to an outer one.
    expect(c.shadowRoot!.querySelector('.label')!.textContent).to.equal('human trafficking cases filed by prosecutors');

    document.documentElement.setAttribute('lang', 'es');
    const d = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(d.shadowRoot!.querySelector('.label')!.textContent).to.contain('casos de trata');
  });

  it('follows lang changes on itself and on <html>', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.contain('cases filed');
    document.documentElement.setAttribute('lang', 'es');
    await settle(el, (e) => e.shadowRoot!.querySelector('.label')!.textContent!.includes('casos'));
    el.lang = 'en';
    await settle(el, (e) => e.shadowRoot!.querySelector('.label')!.textContent!.includes('cases filed'));
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-widget');
    root.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.contain('casos de trata');
  });
});

describe('core: theme', () => {
  afterEach(() => {
    document.documentElement.classList.remove('dark');
    document.documentElement.removeAttribute('data-theme');
  });

  it('resolves auto from the page, and light/dark from the attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const dark = await fixture<TestWidget>(html`<test-widget theme="dark"></test-widget>`);
    const light = await fixture<TestWidget>(html`<test-widget theme="light"></test-widget>`);
    const mediaDark = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(el.dataset.scheme).to.equal(mediaDark);
    expect(dark.dataset.scheme).to.equal('dark');
    document.documentElement.classList.add('dark');
    await settle(el, (e) => e.dataset.scheme === 'dark');
    expect(light.dataset.scheme).to.equal('light');
    document.documentElement.classList.remove('dark');
    document.documentElement.setAttribute('data-theme', 'dark');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.dataset.scheme).to.equal('dark');
    document.documentElement.setAttribute('data-theme', 'light');
    await settle(el, (e) => e.dataset.scheme === 'light');
  });

  it('auto follows what the page shows around it, not only the reader setting', async () => {
    // What the page shows is read in the frame after the first render, before it is painted.
    const painted = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await emulateMedia({ colorScheme: 'dark' });
    try {
      // A white article (no dark support): light, even for a reader in dark mode.
      const onWhite = await fixture<HTMLDivElement>(html`<div style="background: #fff"><test-widget></test-widget></div>`);
      // The bare canvas of a page that does not declare dark support is white: light.
      const bare = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      // A dark section of the page: dark, whatever the reader's setting.
      const onDark = await fixture<HTMLDivElement>(html`<div style="background: rgb(20, 22, 26)"><p><test-widget></test-widget></p></div>`);
      await painted();
      expect(onWhite.querySelector<TestWidget>('test-widget')!.dataset.scheme).to.equal('light');
      expect(bare.dataset.scheme).to.equal('light');
      expect(onDark.querySelector<TestWidget>('test-widget')!.dataset.scheme).to.equal('dark');
      // A page that supports both schemes follows the reader.
      document.documentElement.style.colorScheme = 'light dark';
      const both = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      await painted();
      expect(both.dataset.scheme).to.equal('dark');
      // The page switching its own background later (a style change on <html> or <body>) is followed.
      const moved = await fixture<HTMLDivElement>(html`<div><test-widget></test-widget></div>`);
      const w = moved.querySelector<TestWidget>('test-widget')!;
      document.documentElement.style.colorScheme = '';
      document.body.style.background = 'rgb(250, 250, 250)';
      await settle(w, (e) => e.dataset.scheme === 'light');
      document.body.style.background = 'rgb(10, 10, 10)';
      await settle(w, (e) => e.dataset.scheme === 'dark');
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('switches its colour tokens with the scheme', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="light"></test-widget>`);
    const bg = () => getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(21, 23, 28)');
  });

  it('lets the page override a token on the element', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="dark" style="--pe-color-bg: rgb(1, 2, 3)"></test-widget>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('takes tokens set on an ancestor (a page theme on :root or a section); a token on the element wins', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--pe-color-bg: rgb(4, 5, 6); --pe-color-text: rgb(7, 8, 9)"><test-widget theme="light"></test-widget><test-widget theme="dark" style="--pe-color-bg: rgb(1, 2, 3)"></test-widget></div>`,
    );
    const [a, b] = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const frame = (el: TestWidget) => getComputedStyle(el.shadowRoot!.querySelector('.frame')!);
    expect(frame(a).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(frame(a).color).to.equal('rgb(7, 8, 9)');
    expect(frame(b).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(frame(b).color).to.equal('rgb(7, 8, 9)');
  });
});

describe('core: data', () => {
  it('shows the embedded dataset by default and fires pe-data-load', async () => {
    const el = document.createElement('test-widget');
    const loaded = oneEvent(el, 'pe-data-load');
    document.body.append(el);
    const ev = (await loaded) as CustomEvent<PeDataLoadDetail>;
    expect(ev.detail.origin).to.equal('default');
    expect(ev.detail.dataset).to.equal(dataset);
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal(String(dataset.figures!.length));
    el.remove();
  });

  it('reports on the embedded data a task late: data a page script sets right after the first render is the only report', async () => {
    const data = await (await fetch('/test/fixtures/small.json')).json();
    const own = data.figures[0].id as string;
    expect(dataset.figures!.some((f) => f.id === own)).to.equal(false);
    const el = document.createElement('test-widget');
    el.setAttribute('need', own);
    const events: string[] = [];
    el.addEventListener('pe-data-load', (e) => events.push(`load:${(e as CustomEvent<PeDataLoadDetail>).detail.origin}`));
    el.addEventListener('pe-error', (e) => events.push(`error:${(e as CustomEvent<PeErrorDetail>).detail.origin}`));
    document.body.append(el);
    await el.updateComplete; // first render, on the embedded data, where the id is unknown
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    el.data = data; // what a page's module script after the bundle's does
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
    expect(events).to.deep.equal(['load:data']);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal(data.figures[0].label.en ?? data.figures[0].label);
    // Left alone, the embedded data's problem is still reported (a task later).
    const lone = document.createElement('test-widget');
    lone.setAttribute('need', own);
    const got = oneEvent(lone, 'pe-error');
    document.body.append(lone);
    expect(((await got) as CustomEvent<PeErrorDetail>).detail.origin).to.equal('default');
    el.remove();
    lone.remove();
  });

  it('keeps the page text inside the tag for readers when it shows an error, and hides it otherwise', async () => {
    const fact = '41 convictions for human trafficking in 2013 (Diálogo, 2014)';
    const bad = await fixture<TestWidget>(html`<test-widget need="no-such-figure">${fact}</test-widget>`);
    await waitUntil(() => bad.shadowRoot!.querySelector('[part="error"]'));
    expect(bad.shadowRoot!.querySelector('[part="fallback"] slot')).to.exist;
    expect(bad.innerText.trim()).to.equal(fact); // rendered, so a reader sees it
    expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('no-such-figure');
    const good = await fixture<TestWidget>(html`<test-widget>${fact}</test-widget>`);
    expect(good.innerText.trim()).to.equal(''); // the widget replaces it
    const bare = await fixture<TestWidget>(html`<test-widget need="no-such-figure"></test-widget>`);
    await waitUntil(() => bare.shadowRoot!.querySelector('[part="error"]'));
    expect(bare.shadowRoot!.querySelector('[part="fallback"]') === null, `bare.shadowRoot!.querySelector('[part="fallback"]') is absent`).to.equal(true);
  });

  it('marks a source title written in another language with lang, for screen readers', async () => {
    const es = await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`);
    const link = es.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(link.textContent).to.equal('Perú to add prosecutors to fight human trafficking');
    expect(link.lang).to.equal('en');
    const en = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    expect(en.shadowRoot!.querySelector('[part="source"] a')!.hasAttribute('lang')).to.equal(false);
  });

  it('shows a dataset given through the data property, replacing the defaults', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`);
    const data = await (await fetch('/test/fixtures/small.json')).json();
    el.data = data;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('víctimas atendidas');
    expect(shadowText(el)).to.contain('Fuente: Una ONG, Informe anual (2023)');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/informe');
  });

  it('takes a promise of a dataset: "Loading data…" until it settles, never the embedded data, no early pe-error', async () => {
    const small = await (await fetch('/test/fixtures/small.json')).json();
    const el = document.createElement('test-widget') as TestWidget;
    el.setAttribute('lang', 'es');
    el.need = 'attended'; // an id only the page's own data has
    const events: string[] = [];
    for (const type of ['pe-error', 'pe-data-load']) el.addEventListener(type, (e) => events.push(`${type}:${(e as CustomEvent).detail.origin}`));
    let resolve!: (v: unknown) => void;
    el.data = new Promise((r) => (resolve = r));
    document.body.append(el);
    await el.updateComplete;
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Cargando datos…');
    expect(el.shadowRoot!.querySelector('.count'), 'no embedded data meanwhile').to.equal(null);
    expect(events).to.deep.equal([]);
    resolve(small);
    await settle(el, (e) => !!e.shadowRoot!.querySelector('.count'));
    await aTimeout(0);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('víctimas atendidas');
    expect(shadowText(el)).to.contain('Fuente: Una ONG');
    expect(events).to.deep.equal(['pe-data-load:data']);
    el.remove();
  });

  it('shows a promise that fails, or settles with bad data, as an error; a newer promise wins over an older one', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    const got = oneEvent(el, 'pe-error');
    el.data = Promise.reject(new TypeError('Failed to fetch'));
    const ev = (await got) as CustomEvent<PeErrorDetail>;
    expect(ev.detail.errors).to.deep.equal([{ path: 'data', message: { en: 'could not get the data: Failed to fetch', es: 'no se pudieron obtener los datos: Failed to fetch' } }]);
    await el.updateComplete;
    expect(alertOf(el)!.textContent!.replace(/\s+/g, ' ')).to.contain('data: could not get the data: Failed to fetch');
    // The loader's own errors keep their kind and both languages (here a web page where JSON was expected).
    const es = await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`);
    const got2 = oneEvent(es, 'pe-error');
    es.data = loadDataset('/demo/index.html');
    const ev2 = (await got2) as CustomEvent<PeErrorDetail>;
    expect(ev2.detail.kind).to.equal('parse');
    await es.updateComplete;
    expect(alertOf(es)!.textContent!.replace(/\s+/g, ' ')).to.contain('la dirección devolvió una página web, no un archivo de datos');
    // A `then` getter that throws is not a promise: the widget says what it got, and the page sees no error.
    const odd = {};
    Object.defineProperty(odd, 'then', { get: () => { throw new Error('boom'); } });
    el.data = odd;
    await settle(el, (e) => /none of sources/.test(alertOf(e)?.textContent ?? ''));
    // Settled with nothing (a forgotten return): an error, not the embedded data.
    el.data = Promise.resolve(undefined);
    await settle(el, (e) => /a dataset must be a JSON object/.test(alertOf(e)?.textContent ?? ''));
    // An older, slower promise never replaces the newer one's data.
    let late!: (v: unknown) => void;
    el.data = new Promise((r) => (late = r));
    const small = await (await fetch('/test/fixtures/small.json')).json();
    el.data = Promise.resolve(small);
    await settle(el, (e) => e.shadowRoot!.querySelector('.count')?.textContent === '1');
    late({ sources: [{ id: 's', publisher: 'Old' }], figures: [] });
    await aTimeout(20);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Una ONG').and.not.contain('Old');
    await expect(el).to.be.accessible();
  });

  it('shows a localised error naming the field for bad data, and fires pe-error', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`);
    const got = oneEvent(el, 'pe-error');
    el.data = { sources: [{ id: 's', publisher: 'x' }], figures: [{ id: 'x', value: 'abc', unit: 'count', label: 'x', sourceIds: ['s'] }] };
    const ev = (await got) as CustomEvent<PeErrorDetail>;
    expect(ev.detail.kind).to.equal('validation');
    expect(ev.detail.origin).to.equal('data');
    expect(ev.detail.errors[0].path).to.equal('figures[0].value');
    await el.updateComplete;
    const alert = alertOf(el)!;
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain('figures[0].value: se esperaba un número, se recibió "abc"');
    await expect(el).to.be.accessible();
  });

  it('reports a widget problem (unknown id) the same way, listing valid ids', async () => {
    const el = document.createElement('test-widget');
    el.setAttribute('need', 'nope');
    const got = oneEvent(el, 'pe-error');
    document.body.append(el);
    const ev = (await got) as CustomEvent<PeErrorDetail>;
    expect(ev.detail.kind).to.equal('input');
    expect(ev.detail.errors[0].path).to.equal('need');
    expect(alertOf(el)!.textContent).to.contain('convictions-2013');
    el.remove();
  });

  it('loads src, showing a same-size placeholder meanwhile', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/test-api/fixture?file=small.json&delay=300"></test-widget>`);
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status, 'loading placeholder').to.exist;
    const loaded = (await oneEvent(el, 'pe-data-load')) as CustomEvent<PeDataLoadDetail>;
    expect(loaded.detail.origin).to.equal('src');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
  });

  for (const [name, src, kind, text] of [
    ['404', '/test-api/status?code=404', 'http', '404'],
    ['500', '/test-api/status?code=500', 'http', '500'],
    ['malformed JSON', '/test/fixtures/malformed.json', 'parse', 'not valid JSON'],
    ['HTML instead of JSON', '/test-api/html', 'parse', 'returned a web page, not a data file'],
    ['invalid data', '/test/fixtures/bad.json', 'validation', 'figures[0].value'],
    ['a huge body', '/test-api/huge', 'too-large', 'larger than 5 MiB'],
  ] as const) {
    it(`shows an error with retry for ${name}`, async () => {
      const el = document.createElement('test-widget');
      el.src = src;
      const got = oneEvent(el, 'pe-error');
      document.body.append(el);
      const ev = (await got) as CustomEvent<PeErrorDetail>;
      expect(ev.detail.kind).to.equal(kind);
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain(text);
      expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
      el.remove();
    });
  }

  it('times out after the configured timeout', async () => {
    const el = document.createElement('test-widget');
    el.timeout = 200;
    el.src = '/test-api/hang?ms=3000';
    const got = oneEvent(el, 'pe-error');
    document.body.append(el);
    const ev = (await got) as CustomEvent<PeErrorDetail>;
    expect(ev.detail.kind).to.equal('timeout');
    expect(ev.detail.errors[0].message.en).to.equal('no answer after 0.2 s');
    el.remove();
  });

  it('retries after a failure', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/test-api/status?code=503"></test-widget>`);
    await settle(el, (e) => !!alertOf(e));
    const events: string[] = [];
    el.addEventListener('pe-error', () => events.push('error'));
    el.shadowRoot!.querySelector('button')!.click();
    await settle(el, () => events.length === 1);
    expect(alertOf(el)).to.exist;
  });

  it('never shows stale data when src changes quickly', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/test-api/fixture?file=other.json&delay=600"></test-widget>`);
    const loads: PeDataLoadDetail[] = [];
    el.addEventListener('pe-data-load', (e) => loads.push(e.detail));
    await aTimeout(50);
    el.src = '/test-api/fixture?file=small.json&delay=100';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await settle(el, () => loads.length === 1);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
    await aTimeout(800);
    // The slower, older answer never replaces the newer one.
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
    expect(loads.length).to.equal(1);
  });

  it('prefers data over src', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/test-api/status?code=404"></test-widget>`);
    el.data = await (await fetch('/test/fixtures/other.json')).json();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2');
  });

  it('renders once on the embedded data or on data: nothing to load, no second update', async () => {
    for (const data of [undefined, dataset]) {
      const el = document.createElement('test-widget') as TestWidget;
      let updates = 0;
      const update = el['update'].bind(el);
      (el as unknown as { update: typeof update }).update = (changed) => {
        updates++;
        update(changed);
      };
      if (data) el.data = data;
      document.body.append(el);
      await el.updateComplete;
      await aTimeout(50);
      expect(updates, data ? 'data' : 'embedded').to.equal(1);
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal(String(dataset.figures!.length));
      el.remove();
    }
  });

  it('cancels the request for src when data is set or src is cleared', async () => {
    await watchingFetch(async (calls) => {
      for (const change of ['data', 'src'] as const) {
        calls.length = 0;
        const el = await fixture<TestWidget>(html`<test-widget src="/test-api/hang?ms=3000"></test-widget>`);
        expect(calls.length, change).to.equal(1);
        if (change === 'data') el.data = dataset;
        else el.src = '';
        await el.updateComplete;
        expect(calls[0]!.signal!.aborted, change).to.equal(true);
        expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal(String(dataset.figures!.length));
        expect(alertOf(el) === null, change).to.equal(true);
        el.remove();
      }
    });
  });

  it('loads once with the default time-out when the timeout attribute is not a positive number', async () => {
    await watchingFetch(async (calls) => {
      for (const bad of ['abc', '-5', '0']) {
        calls.length = 0;
        const el = await fixture<TestWidget>(html`<test-widget src="/test-api/fixture?file=small.json&delay=100" timeout=${bad}></test-widget>`);
        await settle(el, () => !el.shadowRoot!.querySelector('[role="status"]'));
        await aTimeout(300);
        expect(el.shadowRoot!.querySelector('.count')?.textContent, bad).to.equal('1');
        expect(calls.length, bad).to.equal(1);
        el.remove();
      }
    });
  });

  it('has no unhandled rejections through all of this', async () => {
    const seen: unknown[] = [];
    const onRej = (e: PromiseRejectionEvent) => seen.push(e.reason);
    window.addEventListener('unhandledrejection', onRej);
    const el = await fixture<TestWidget>(html`<test-widget src="/test-api/status?code=500"></test-widget>`);
    await settle(el, (e) => !!alertOf(e));
    el.src = '/test-api/hang?ms=1000';
    await el.updateComplete;
    el.remove();
    await aTimeout(100);
    window.removeEventListener('unhandledrejection', onRej);
    expect(seen).to.deep.equal([]);
  });
});

/**
 * The heading level a screen reader gets for `el` (ARIA 1.2 and HTML-AAM), or undefined when it is not a
 * heading: role="heading" (or <h1>…<h6> with no role) is a heading; its level is a valid aria-level, else
 * the number in <hN>, else 2 (ARIA's default for role="heading").
 */
function accessibleLevel(el: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(el.localName)?.[1];
  const role = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (!(role ? role === 'heading' : tag)) return undefined;
  const aria = Number(el.getAttribute('aria-level'));
  return Number.isInteger(aria) && aria >= 1 ? aria : tag ? Number(tag) : 2;
}

/** The accessible level of every heading named `name` in the document, shadow roots included. */
function headingLevels(name: string, root: Document | ShadowRoot = document): number[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.textContent!.replace(/\s+/g, ' ').trim() === name && accessibleLevel(el) !== undefined ? [accessibleLevel(el)!] : []),
    ...(el.shadowRoot ? headingLevels(name, el.shadowRoot) : []),
  ]);
}

describe('core: heading level', () => {
  // [attribute, accessible level]: 3 without the attribute, and for anything but a whole number 1–6.
  const CASES: [string | null, number][] = [
    ['2', 2],
    [null, 3],
    ['3', 3],
    ['6', 6],
    ['1', 1],
    ['0', 3],
    ['7', 3],
    ['-2', 3],
    ['2.5', 3],
    ['abc', 3],
    ['', 3],
  ];

  it('gives the title the level of heading-level (default 3; 3 for an invalid value), the same size at every level', async () => {
    const sizes = new Set<string>();
    for (const [i, [attr, level]] of CASES.entries()) {
      const el = await fixture<TestWidget>(html`<test-widget heading=${`Outline title ${i}`} heading-level=${attr ?? nothing}></test-widget>`);
      expect(headingLevels(`Outline title ${i}`), `heading-level=${JSON.stringify(attr)}`).to.deep.equal([level]);
      // The region is still named by its title.
      const h = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h.id);
      const r = h.getBoundingClientRect();
      const cs = getComputedStyle(h);
      sizes.add(`${cs.fontSize} ${cs.fontWeight} ${cs.lineHeight} ${cs.marginTop} ${cs.marginBottom} ${r.height}`);
    }
    expect([...sizes], 'the title looks the same at every level').to.have.length(1);
  });

  it('follows changes, and holds while loading and in the error states', async () => {
    const el = await fixture<TestWidget>(html`<test-widget heading="Changing title" heading-level="2"></test-widget>`);
    expect(headingLevels('Changing title')).to.deep.equal([2]);
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(headingLevels('Changing title')).to.deep.equal([5]);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(headingLevels('Changing title')).to.deep.equal([4]);
    el.headingLevel = NaN;
    await el.updateComplete;
    expect(headingLevels('Changing title')).to.deep.equal([3]);
    el.headingLevel = 2;
    el.need = 'no-such-figure';
    await el.updateComplete;
    expect(alertOf(el), 'error state').to.exist;
    expect(headingLevels('Changing title')).to.deep.equal([2]);
    await expect(el).to.be.accessible();

    // Loading src, then failing to.
    const loading = await fixture<TestWidget>(html`<test-widget heading="Loading title" heading-level="4" src="/test-api/status?code=500"></test-widget>`);
    expect(loading.shadowRoot!.querySelector('[role="status"]'), 'loading placeholder').to.exist;
    expect(headingLevels('Loading title')).to.deep.equal([4]);
    await settle(loading, (e) => !!alertOf(e));
    expect(headingLevels('Loading title')).to.deep.equal([4]);
  });
});

describe('core: registration and cleanup', () => {
  it('skips an already-defined tag without throwing', () => {
    expect(() => TestWidget.define()).not.to.throw();
    expect(customElements.get('test-widget')).to.equal(TestWidget);
  });

  it('releases the shared page watcher when widgets leave', async () => {
    const before = watchedCount();
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(watchedCount()).to.equal(before + 1);
    el.remove();
    expect(watchedCount()).to.equal(before);
  });
});
