// Issue 8, "Networks": each of the four widgets with a `src` that fails in every way a network
// can fail ends in the right state (a localised error naming `src`, with Retry), never shows
// stale data, and never leaves an unhandled rejection. Endpoints: test/server/api.mjs and
// test/server/hardening.mjs (/test-api/h/fixture serves test/fixtures/hardening/*.json, whose
// texts are all marked «A» or «B» so the data shown can be told apart).
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PeDataLoadDetail, PeErrorDetail } from '../src/core/events.js';
import { DEFAULT_TIMEOUT } from '../src/data/load.js';
import { alertOf, create, define, recordErrors, shadowText, WIDGETS } from './fixtures/hardening/widgets.js';

type El = HTMLElement & { src: string; timeout: number; updateComplete: Promise<boolean>; retry(): void };
const marked = (mark: 'a' | 'b', delay = 0) => `/test-api/h/fixture?file=marked-${mark}.json&delay=${delay}`;
let unique = 0;

for (const w of WIDGETS) {
  describe(`hardening: <${w.tag}> with a failing network`, function () {
    this.timeout(20_000);
    let errors: ReturnType<typeof recordErrors>;
    const els: Element[] = [];
    const make = (src: string, extra: Record<string, string> = {}) => {
      const el = create(w, { lang: 'en', ...extra }) as El;
      el.src = src;
      els.push(el);
      return el;
    };
    const settle = async (el: El, what: () => boolean, message: string) => {
      await waitUntil(what, message, { timeout: 10_000 });
      await el.updateComplete;
    };

    before(async () => define(w));
    beforeEach(() => (errors = recordErrors()));
    afterEach(async () => {
      els.splice(0).forEach((el) => el.remove());
      await aTimeout(20);
      errors.stop();
      expect(errors.seen, 'uncaught errors or unhandled rejections').to.deep.equal([]);
    });

    for (const [name, src, kind, text, es] of [
      ['404', '/test-api/status?code=404', 'http', 'the server answered 404', 'el servidor respondió 404'],
      ['500', '/test-api/status?code=500', 'http', 'the server answered 500', 'el servidor respondió 500'],
      ['HTML instead of JSON', '/test-api/html', 'parse', 'the address returned a web page, not a data file: check the path in src', 'la dirección devolvió una página web, no un archivo de datos: revise la ruta de src'],
      ['malformed JSON', '/test/fixtures/malformed.json', 'parse', 'not valid JSON', 'el archivo no es JSON válido'],
      ['a huge body (8 MiB, no content-length)', '/test-api/huge', 'too-large', 'larger than 5 MiB', 'el archivo supera 5 MiB'],
      ['data that fails validation', '/test/fixtures/bad.json', 'validation', 'figures[0].value', 'figures[0].value: se esperaba un número, se recibió "abc"'],
      ['an unreachable server', 'http://127.0.0.1:9/data.json', 'network', 'could not reach', 'no se pudo acceder a "http://127.0.0.1:9/data.json"'],
    ] as const) {
      it(`shows a localised error naming src, with Retry, for ${name}`, async () => {
        const el = make(src);
        const got = oneEvent(el, 'pe-error');
        document.body.append(el);
        const ev = (await got) as CustomEvent<PeErrorDetail>;
        expect(ev.detail.kind).to.equal(kind);
        expect(ev.detail.origin).to.equal('src');
        await el.updateComplete;
        const alert = alertOf(el);
        expect(alert, 'an error in place of the widget').to.exist;
        expect(alert!.textContent!.replace(/\s+/g, ' ')).to.contain(text);
        if (kind !== 'validation') expect(alert!.textContent).to.contain('src');
        expect(el.shadowRoot!.querySelector('[role="status"]') === null, 'no loading placeholder left').to.equal(true);
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
        expect(retry?.textContent?.trim()).to.equal('Try again');
        expect(retry!.offsetHeight, 'Retry is visible').to.be.greaterThan(0);
        // Spanish: the same state in the reader's language.
        el.setAttribute('lang', 'es');
        await el.updateComplete;
        expect(alertOf(el)!.textContent).to.contain('Este widget no puede mostrar sus datos');
        expect(alertOf(el)!.textContent!.replace(/\s+/g, ' ')).to.contain(es);
        expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Reintentar');
      });
    }

    it('times out after the `timeout` attribute, and has a finite default', async () => {
      expect((create(w) as El).timeout).to.equal(DEFAULT_TIMEOUT);
      expect(DEFAULT_TIMEOUT).to.be.within(1000, 30_000);
      const el = make('/test-api/hang?ms=4000', { timeout: '300' });
      const got = oneEvent(el, 'pe-error');
      document.body.append(el);
      const ev = (await got) as CustomEvent<PeErrorDetail>;
      expect(ev.detail.kind).to.equal('timeout');
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain('no answer after 0.3 s');
      expect(el.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain('sin respuesta tras 0.3 s');
    });

    it('offers Retry in the error state, and Retry loads the data once the server answers', async () => {
      const el = make(`/test-api/h/fixture?file=marked-a.json&fails=1&key=${w.tag}-${Date.now()}-${unique++}`);
      const failed = oneEvent(el, 'pe-error');
      document.body.append(el);
      expect(((await failed) as CustomEvent<PeErrorDetail>).detail.kind).to.equal('http');
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain('503');
      const loaded = oneEvent(el, 'pe-data-load');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      button.focus(); // as a keyboard user reaches it
      button.click();
      const ev = (await loaded) as CustomEvent<PeDataLoadDetail>;
      expect(ev.detail.origin).to.equal('src');
      await el.updateComplete;
      expect(alertOf(el) === null, 'alertOf(el) is absent').to.equal(true);
      expect(shadowText(el)).to.contain('«A»');
      // Focus stays in the widget (on its frame), not lost to the page's body.
      expect(document.activeElement === el, `focus on <${document.activeElement?.localName}>`).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.contain('frame');
    });

    it('never shows stale data: a newer src replaces an older one at once, whatever answers first', async () => {
      const el = make(marked('a'));
      const loads: PeDataLoadDetail[] = [];
      el.addEventListener('pe-data-load', (e) => loads.push(e.detail));
      document.body.append(el);
      await settle(el, () => loads.length === 1, 'A loaded');
      expect(shadowText(el)).to.contain('«A»');

      // While B loads, A's data is no longer shown.
      el.src = marked('b', 400);
      await el.updateComplete;
      expect(shadowText(el)).not.to.contain('«A»');
      expect(el.shadowRoot!.querySelector('[role="status"]'), 'loading placeholder').to.exist;
      await settle(el, () => loads.length === 2, 'B loaded');
      expect(shadowText(el)).to.contain('«B»');

      // A failure replaces the data too.
      el.src = '/test-api/status?code=404';
      await settle(el, () => !!alertOf(el), 'error shown');
      expect(shadowText(el)).not.to.contain('«B»');

      // Quick changes: a slow A, a 404, a hanging request, then B; only B is ever shown.
      el.src = marked('a', 700);
      await aTimeout(30);
      el.src = '/test-api/status?code=404';
      await aTimeout(30);
      el.src = '/test-api/hang?ms=3000';
      await aTimeout(30);
      el.src = marked('b', 150);
      await settle(el, () => loads.length === 3, 'B loaded again');
      await aTimeout(900);
      await el.updateComplete;
      expect(loads.length, 'no late answer shown').to.equal(3);
      expect(loads.map((l) => l.origin)).to.deep.equal(['src', 'src', 'src']);
      const text = shadowText(el);
      expect(text).to.contain('«B»');
      expect(text).not.to.contain('«A»');
      expect(alertOf(el) === null, 'alertOf(el) is absent').to.equal(true);
    });

    it('drops a request when removed mid-load, without an unhandled rejection', async () => {
      const el = make('/test-api/hang?ms=1500', { timeout: '400' });
      document.body.append(el);
      await aTimeout(50);
      el.remove();
      await aTimeout(600);
      // Re-attached later it still ends in a proper state.
      el.setAttribute('src', marked('b'));
      const loaded = oneEvent(el, 'pe-data-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('«B»');
    });
  });
}
