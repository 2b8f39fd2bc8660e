// Issue 8, "Bad data, systematically", for the widgets: each of the four gets hundreds of mutated,
// dataset-shaped and random datasets (fast-check) through its `data` property, and random values
// for its attributes. Nothing may throw out of a widget (no uncaught error, no unhandled rejection,
// no failed update), a widget is never a blank box, and every invalid dataset shows an error
// (role=alert) naming exactly the fields the validator named. Hostile strings in every text field
// and in every id render as text, and source URLs that are not http(s) are never linked.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PeErrorDetail } from '../src/core/events.js';
import { dataset } from '../src/data/index.js';
import { validate } from '../src/data/validate.js';
import { allPaths, clone, datasetLike, FIELDS, HOSTILE, mutationsOf, pathText, shapeOf, type Json } from './fixtures/hardening/mutate.js';
import { alertOf, create, define, recordErrors, shadowText, WIDGETS, type WidgetCase } from './fixtures/hardening/widgets.js';

type El = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
const base = clone(dataset) as unknown as Json;

/** The widget's public attributes and values worth trying (plus random text for each). */
const ATTRIBUTES: Record<WidgetCase['tag'], Record<string, string[]>> = {
  'pe-stat-card': {
    stat: ['convictions-2013', 'victims-female-share', 'sentence-years', 'nope', ''],
    value: ['312', '0.85', '-1', '1e400', 'NaN', 'abc', ''],
    label: ['victims assisted', ''],
    unit: ['count', 'share', 'years', 'bogus'],
    qualifier: ['more-than', 'slightly-more-than-half', 'bogus'],
    period: ['2023', '2019/2023', 'last year'],
    place: ['Lima'],
    source: ['Una ONG', ''],
    'source-url': ['https://example.org', 'javascript:alert(1)', 'data:text/html,x'],
    variant: ['default', 'compact', 'inline', 'bogus'],
    animate: [''],
  },
  'pe-victim-breakdown': {
    dimension: ['sex', 'age', 'recruitment', 'exploitation', 'nope', ''],
    breakdown: ['sex-mp', 'age-articles', 'nope', ''],
    variant: ['bars', 'waffle', 'bogus'],
  },
  'pe-timeline': {
    orientation: ['vertical', 'horizontal', 'diagonal'],
    from: ['2013', '2014-11', '2007-01-16', 'soon', '2020'],
    to: ['2013', '2014-11', 'never', '1990'],
    category: ['law', 'figures policy', 'law,report', 'bogus', ''],
    highlight: ['ley-28950', 'nope'],
  },
  'pe-hub-map': {
    layers: ['hubs', 'hubs incidence coverage', 'values partners', 'bogus', '', 'values values'],
    region: ['PE-LOR', 'PE-LMA', 'pe-lor', 'PE-XXX', ''],
  },
};
const COMMON: Record<string, string[]> = { lang: ['es', 'en', 'fr', ''], theme: ['light', 'dark', 'auto', 'neon'], heading: ['A heading', ''] };

describe('hardening: widgets under random and mutated data', function () {
  this.timeout(120_000);
  let errors: ReturnType<typeof recordErrors>;
  const els: Element[] = [];
  beforeEach(() => (errors = recordErrors()));
  afterEach(() => {
    els.splice(0).forEach((el) => el.remove());
    errors.stop();
  });

  const mount = async (w: WidgetCase, extra: Record<string, string> = {}) => {
    const el = create(w, { lang: 'en', ...extra }) as El;
    els.push(el);
    document.body.append(el);
    await el.updateComplete;
    return el;
  };

  /** Never a blank box: some visible text and a size. */
  const notBlank = (el: El, what: string) => {
    expect(shadowText(el).length, `${what}: blank widget`).to.be.greaterThan(0);
    expect(el.getBoundingClientRect().height, `${what}: no height`).to.be.greaterThan(0);
  };

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      before(async () => define(w));

      it('never throws, and names exactly the validator\'s fields for every invalid dataset (300 datasets)', async () => {
        const el = await mount(w);
        const reported: PeErrorDetail[] = [];
        el.addEventListener('pe-error', (e) => reported.push(e.detail));
        const arb = fc.oneof(
          { weight: 6, arbitrary: mutationsOf(base, 3).map((ms) => ({ d: ms.reduce((d, m) => (m.apply(d), d), clone(base)), what: ms.map((m) => `${m.path}: ${m.what}`).join('; ') })) },
          { weight: 2, arbitrary: datasetLike().map((d) => ({ d, what: 'dataset-shaped junk' })) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((d) => ({ d, what: 'random JSON' })) },
        );
        // The problem shown before this run, as the widget tells problems apart (each field and message);
        // undefined when it cannot be known here (valid data with a bad attribute).
        let before: string | undefined = '';
        let changes = 0;
        await fc.assert(
          fc.asyncProperty(arb, async ({ d, what }) => {
            reported.length = 0;
            el.data = d;
            await el.updateComplete;
            notBlank(el, what);
            expect(errors.seen, what).to.deep.equal([]);
            const r = validate(d);
            const alert = alertOf(el);
            if (!r.ok) {
              expect(!!alert, `${what}: an error is shown`).to.equal(true);
              const shown = [...alert!.querySelectorAll('code')].map((c) => c.textContent);
              expect(shown, what).to.deep.equal(r.errors.map((e) => e.path));
              // One pe-error with the same errors when the problem changed, none when it is the same one.
              const now = r.errors.map((e) => `${e.path}=${e.message.en}`).join('|');
              if (before !== undefined) {
                expect(reported.length, `${what}: pe-error events (problem ${now === before ? 'unchanged' : 'changed'})`).to.equal(now === before ? 0 : 1);
                if (now !== before) changes++;
              }
              if (reported.length) expect(reported[0].errors.map((e) => e.path), what).to.deep.equal(shown);
              before = now;
            } else if (alert) {
              // Valid data the widget cannot show (e.g. its `stat` is gone): an input problem, named.
              expect([...alert.querySelectorAll('code')].length, `${what}: names the problem`).to.be.greaterThan(0);
              before = undefined;
            } else {
              expect(reported.length, `${what}: no pe-error for data shown`).to.equal(0);
              before = '';
            }
          }),
          { numRuns: 300 },
        );
        expect(changes, 'runs where the problem changed and one pe-error was required').to.be.greaterThan(100);
        // And it recovers: the real dataset shows normally again.
        el.data = clone(base);
        await el.updateComplete;
        expect(!!alertOf(el)).to.equal(false);
        expect(errors.seen).to.deep.equal([]);
      });

      it('never throws for random attribute values, and is never blank (150 combinations)', async () => {
        const el = await mount(w);
        const names = { ...COMMON, ...ATTRIBUTES[w.tag] };
        const value = (name: string) => fc.oneof(fc.constantFrom(...names[name]), fc.string({ maxLength: 12 }), fc.constantFrom('<img src=x onerror=alert(1)>', '"', '${x}', '\u202E'));
        const arb = fc.record(Object.fromEntries(Object.keys(names).map((n) => [n, fc.option(value(n), { nil: undefined })])));
        await fc.assert(
          fc.asyncProperty(arb, async (attrs) => {
            const what = JSON.stringify(attrs);
            for (const n of Object.keys(names)) {
              const v = (attrs as Record<string, string | undefined>)[n];
              if (v === undefined) el.removeAttribute(n);
              else el.setAttribute(n, v);
            }
            await el.updateComplete;
            expect(errors.seen, what).to.deep.equal([]);
            notBlank(el, what);
            const alert = alertOf(el);
            if (alert) expect(alert.querySelectorAll('code').length, `${what}: names the attribute`).to.be.greaterThan(0);
            expect(el.shadowRoot!.querySelectorAll('img, script, iframe').length, what).to.equal(0);
          }),
          { numRuns: 150 },
        );
      });
    });
  }
});

// ---------------------------------------------------------------- hostile strings, ids and URLs

/** Every text field of the dataset set to one string. */
function withText(s: string): Json {
  const d = clone(base);
  for (const keys of allPaths(base)) {
    const shape = shapeOf(pathText(keys));
    const isText = FIELDS[shape] === 'text' || (/\.(es|en)$/.test(shape) && FIELDS[shape.slice(0, -3)] === 'text');
    if (!isText) continue;
    let o = d as Record<string | number, Json>;
    for (const k of keys.slice(0, -1)) o = o[k] as Record<string | number, Json>;
    if (typeof o[keys[keys.length - 1]] === 'string') o[keys[keys.length - 1]] = s;
  }
  return d;
}

/** Every id (and every reference to it) prefixed with a hostile string. */
function withIds(prefix: string): Json {
  const d = clone(base) as Record<string, Record<string, Json>[]>;
  const rename = (id: Json) => `${prefix}${String(id)}`;
  for (const part of ['sources', 'figures', 'breakdowns', 'events', 'hubs']) {
    for (const item of d[part] ?? []) {
      item.id = rename(item.id);
      if (Array.isArray(item.sourceIds)) item.sourceIds = item.sourceIds.map(rename);
      if (Array.isArray(item.related)) (item.related as Record<string, Json>[]).forEach((r) => (r.id = rename(r.id)));
      if (Array.isArray(item.categories)) (item.categories as Record<string, Json>[]).forEach((c) => Array.isArray(c.sourceIds) && (c.sourceIds = c.sourceIds.map(rename)));
      if (Array.isArray(item.covers)) (item.covers as Record<string, Json>[]).forEach((c) => Array.isArray(c.sourceIds) && (c.sourceIds = c.sourceIds.map(rename)));
    }
  }
  for (const part of ['regions', 'regionValues']) {
    for (const item of d[part] ?? []) if (Array.isArray(item.sourceIds)) item.sourceIds = item.sourceIds.map(rename);
  }
  return d as unknown as Json;
}

/** Elements a string could inject, and inline handlers. */
const INJECTED = 'script, iframe, img, object, embed, style, link, meta, base, form, input, frame, frameset';
function injected(root: ShadowRoot): string[] {
  const out = [...root.querySelectorAll(INJECTED)].map((e) => `<${e.localName}>`);
  for (const e of root.querySelectorAll('*')) {
    for (const a of e.getAttributeNames()) if (/^on/i.test(a)) out.push(`<${e.localName} ${a}>`);
    const href = e.getAttribute('href') ?? e.getAttribute('xlink:href');
    if (href !== null && !/^(https?:|#)/i.test(href)) out.push(`<${e.localName} href=${href}>`);
  }
  return out;
}

/** Reader interactions that make widgets render more: focus, keys, clicks on everything but downloads. */
async function exercise(el: El) {
  const root = el.shadowRoot!;
  for (const t of root.querySelectorAll<HTMLElement>('[tabindex], button, [data-k], [data-i]')) {
    t.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    t.focus?.();
    for (const key of ['ArrowDown', 'ArrowRight', 'End', 'Home', 'Enter']) {
      t.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    await el.updateComplete;
  }
  for (const b of [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !/csv|svg|descargar|download/i.test(b.textContent!))) {
    b.click();
    await el.updateComplete;
  }
}

describe('hardening: hostile strings render as text', function () {
  this.timeout(120_000);
  let errors: ReturnType<typeof recordErrors>;
  beforeEach(() => {
    errors = recordErrors();
    delete (window as { __peHacked?: unknown }).__peHacked;
  });
  afterEach(() => errors.stop());

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      before(async () => define(w));

      it('shows every hostile string in every text field as text, injecting nothing', async () => {
        const el = create(w, { lang: 'en' }) as El;
        document.body.append(el);
        await el.updateComplete;
        expect(injected(el.shadowRoot!), 'clean render').to.deep.equal([]);
        const pageElements = () => document.querySelectorAll(INJECTED).length;
        const onPage = pageElements();
        for (const s of HOSTILE) {
          const what = JSON.stringify(s.slice(0, 50));
          el.data = withText(s);
          await el.updateComplete;
          await exercise(el);
          // Booleans only: a failing comparison of megabytes of text would stall the reporter's diff.
          expect(!!alertOf(el), `${what}: ${shadowText(el).slice(0, 200)}`).to.equal(false);
          expect(el.shadowRoot!.textContent!.includes(s), `${what} is shown as written`).to.equal(true);
          expect(injected(el.shadowRoot!), what).to.deep.equal([]);
          expect(pageElements(), `${what}: nothing added to the page`).to.equal(onPage);
        }
        expect((window as { __peHacked?: unknown }).__peHacked, 'no script ran').to.equal(undefined);
        expect(errors.seen).to.deep.equal([]);
        el.remove();
      });

      it('keeps working with hostile ids (quotes, markup, selector syntax) and injects nothing', async () => {
        const el = create(w, { lang: 'en' }) as El;
        document.body.append(el);
        for (const prefix of ['"]\'><img src=x onerror=window.__peHacked=1>', '#a.b[c]\\', '${x}{{y}}', '\u202E', 'two words ']) {
          const what = JSON.stringify(prefix);
          const d = withIds(prefix);
          expect(validate(d).ok, what).to.equal(true);
          if (w.attrs.stat) el.setAttribute('stat', `${prefix}${w.attrs.stat}`);
          el.data = d;
          await el.updateComplete;
          await exercise(el);
          expect(!!alertOf(el), `${what}: ${shadowText(el).slice(0, 200)}`).to.equal(false);
          expect(injected(el.shadowRoot!), what).to.deep.equal([]);
          expect(errors.seen, what).to.deep.equal([]);
        }
        expect((window as { __peHacked?: unknown }).__peHacked).to.equal(undefined);
        el.remove();
      });

      it('links only http(s) source URLs, and still names the source', async () => {
        const el = create(w, { lang: 'en' }) as El;
        document.body.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('a[href^="https://"]').length, 'sources are linked normally').to.be.greaterThan(0);
        for (const url of [
          'javascript:window.__peHacked=1',
          'JaVaScRiPt:window.__peHacked=1',
          ' javascript:window.__peHacked=1',
          '\u0001javascript:window.__peHacked=1',
          'java\tscript:window.__peHacked=1',
          'vbscript:msgbox(1)',
          'data:text/html,<script>window.__peHacked=1</script>',
          'file:///etc/passwd',
          '//evil.example/x',
          '/relative/path',
          'ftp://example.org/x',
          'blob:https://example.org/x',
          '',
        ]) {
          const d = clone(base) as { sources: { url?: string; publisher: unknown }[] };
          d.sources.forEach((s) => (s.url = url));
          el.data = d;
          await el.updateComplete;
          const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
          expect(links.map((a) => a.getAttribute('href')), JSON.stringify(url)).to.deep.equal([]);
          expect(el.shadowRoot!.querySelectorAll('a[href^="javascript:" i]').length).to.equal(0);
          // The source is still named, as text.
          expect(el.shadowRoot!.querySelector('[part~="source"]')?.textContent, 'source named').to.match(/Diálogo|State|InSight|Ministerio|Peru Support|El Comercio|Congreso|Public Ministry/);
        }
        // A good URL is linked again, exactly.
        const d = clone(base) as { sources: { url?: string }[] };
        d.sources.forEach((s) => (s.url = 'https://example.org/report?a=1&b="2"'));
        el.data = d;
        await el.updateComplete;
        const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
        expect(hrefs.length).to.be.greaterThan(0);
        hrefs.forEach((h) => expect(new URL(h!).origin).to.equal('https://example.org'));
        expect((window as { __peHacked?: unknown }).__peHacked).to.equal(undefined);
        expect(errors.seen).to.deep.equal([]);
        el.remove();
      });
    });
  }
});
