// Issue 8, "Without JavaScript": the light-DOM fallback text inside each tag (for RSS, reader
// modes, no-JS readers and crawlers) shows until the element upgrades, and is hidden after; print
// styles show the figures and their sources and hide the toolbars.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';

const TAGS = ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map'];
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const FALLBACK = `
  <p>Peru plans to hire <pe-stat-card stat="special-prosecutors" variant="inline">4 special prosecutors (Diálogo, 2014)</pe-stat-card> in four cities.</p>
  <pe-stat-card stat="convictions-2013">41 convictions for human trafficking in 2013 (Diálogo, 2014; InSight Crime, 2014)</pe-stat-card>
  <pe-victim-breakdown dimension="sex">Victims by sex: 85% women (Diálogo, 2014); 79.6% women, 16.1% men (Public Ministry, 2007–2014)</pe-victim-breakdown>
  <pe-timeline>Timeline: Law 28950 (January 2007); 41 convictions (2013); four special prosecutors announced (2014)</pe-timeline>
  <pe-hub-map>Map: special prosecutor hubs in Lima, Iquitos, Piura and Tacna (InSight Crime, 2014)</pe-hub-map>`;

/** Whether a text node is drawn on the page (has boxes), e.g. a light-DOM child of a custom element. */
function drawn(node: Node): boolean {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
}
const fallbackNodes = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

/** Text of a shadow root that is actually visible (drawn, not hidden by display/visibility/opacity). */
function visibleText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement!;
    if (!n.textContent!.trim() || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // Visually hidden copies (1×1 px, clipped) are for screen readers, not for paper.
    if (parent.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    if ([...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) out.push(n.textContent!);
  }
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('hardening: without JavaScript', function () {
  this.timeout(30_000);

  it('shows the fallback text, visibly, when the elements are never defined (scripts off)', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin'); // no scripts: the bundle never runs
    frame.style.cssText = 'width: 800px; height: 900px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/pe-widgets.js"></script></head><body>${FALLBACK}</body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const els = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(els.length).to.equal(5);
    for (const el of els) {
      expect(el.shadowRoot === null, `${el.localName} not upgraded`).to.equal(true);
      expect(el.offsetHeight, `${el.localName} has a size`).to.be.greaterThan(0);
      expect(el.innerText.trim(), `${el.localName} text`).to.equal(el.textContent!.trim());
    }
    expect(doc.body.innerText).to.contain('41 convictions for human trafficking in 2013');
    frame.remove();
  });

  it('demo/index.html without scripts: every widget still gives its facts as text', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 800px; height: 900px';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const els = [...frame.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(els.length).to.be.greaterThan(5);
    for (const el of els) {
      expect(el.innerText.trim().length, `${el.outerHTML.slice(0, 80)} has fallback text`).to.be.greaterThan(10);
      expect(el.getClientRects().length, `${el.localName} is drawn`).to.be.greaterThan(0);
    }
    frame.remove();
  });

  it('shows the fallback until the element upgrades, and hides it (and only it) after', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 900px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>${FALLBACK}</body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = win.document;
    const els = [...doc.querySelectorAll<Updating>(TAGS.join(','))];
    expect(els.map((el) => el.localName)).to.deep.equal(['pe-stat-card', 'pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map']);
    for (const el of els) {
      expect(fallbackNodes(el).length, `${el.localName} has fallback text`).to.be.greaterThan(0);
      expect(fallbackNodes(el).every(drawn), `${el.localName} fallback drawn before upgrade`).to.equal(true);
    }
    // Now the script arrives (as a slow CDN would deliver it).
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/pe-widgets.js';
    doc.head.append(script);
    await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'bundle loaded', { timeout: 15_000 });
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) {
      const range = doc.createRange();
      const nodes = fallbackNodes(el);
      expect(nodes.length).to.be.greaterThan(0);
      for (const n of nodes) {
        range.selectNodeContents(n);
        expect(range.getClientRects().length, `${el.localName} fallback hidden after upgrade`).to.equal(0);
      }
      expect(el.shadowRoot!.querySelector('slot') === null, `${el.localName} renders no slot`).to.equal(true);
      expect(el.shadowRoot!.textContent!.trim().length, `${el.localName} renders its own content`).to.be.greaterThan(5);
    }
    // The inline card now sits in the sentence, in place of its fallback.
    const inline = doc.querySelector<Updating>('p pe-stat-card')!;
    expect(win.getComputedStyle(inline).display).to.equal('inline');
    expect(inline.shadowRoot!.textContent).to.match(/\b4\b/);
    frame.remove();
  });
});

describe('hardening: print', function () {
  this.timeout(30_000);
  let els: Updating[] = [];

  before(async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '700px';
    wrap.innerHTML = `
      <pe-stat-card stat="convictions-2013" animate></pe-stat-card>
      <pe-stat-card stat="la-rinconada-girls" variant="compact" theme="dark"></pe-stat-card>
      <pe-victim-breakdown dimension="sex"></pe-victim-breakdown>
      <pe-victim-breakdown dimension="age" variant="waffle"></pe-victim-breakdown>
      <pe-timeline></pe-timeline>
      <pe-timeline orientation="horizontal"></pe-timeline>
      <pe-hub-map></pe-hub-map>`;
    document.body.append(wrap);
    els = [...wrap.querySelectorAll<Updating>(TAGS.join(','))];
    await Promise.all(els.map((el) => el.updateComplete));
  });
  after(async () => {
    await emulateMedia({ media: 'screen' });
    els[0]?.parentElement?.remove();
  });

  it('on screen, the toolbars are shown (so the print check below means something)', async () => {
    await emulateMedia({ media: 'screen' });
    const bars = els.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toolbar"]')]);
    expect(bars.length).to.be.greaterThan(0);
    for (const b of bars) expect(b.checkVisibility(), 'toolbar on screen').to.equal(true);
  });

  it('in print: figures and sources show, toolbars do not', async () => {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) {
      const root = el.shadowRoot!;
      const what = `${el.localName}${el.getAttribute('variant') ? ` ${el.getAttribute('variant')}` : ''}`;
      for (const bar of root.querySelectorAll<HTMLElement>('[part~="toolbar"], [part~="retry"]')) {
        expect(bar.checkVisibility(), `${what}: toolbar hidden in print`).to.equal(false);
      }
      const sources = [...root.querySelectorAll<HTMLElement>('[part~="source"]')];
      expect(sources.length, `${what}: has a source line`).to.be.greaterThan(0);
      expect(sources.some((s) => s.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && s.offsetHeight > 0), `${what}: source visible`).to.equal(true);
      const text = visibleText(root);
      expect(text, `${what}: source text printed`).to.match(/Sources?\s*:/);
      expect(text.length, `${what}: content printed`).to.be.greaterThan(60);
    }
    const [card, compact, sex, age, timeline, , map] = els;
    expect(visibleText(card.shadowRoot!), 'the final figure, not a count-up frame').to.match(/\b41\b/);
    expect(visibleText(compact.shadowRoot!)).to.match(/4,500/);
    expect(visibleText(sex.shadowRoot!)).to.match(/85\s?%/);
    expect(visibleText(age.shadowRoot!)).to.match(/55/);
    expect(visibleText(timeline.shadowRoot!)).to.contain('28950');
    const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg[viewBox]')!;
    expect(svg.getBoundingClientRect().width, 'the map prints').to.be.greaterThan(200);
    expect(visibleText(map.shadowRoot!)).to.contain('Iquitos');
  });
});
