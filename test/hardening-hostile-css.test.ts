// Issue 8, "Hostile host pages": demo/hostile.html loads demo/hostile.css (aggressive !important
// rules on *, fonts, box-sizing, line-height, direction, svg, table, button, links, `all: unset`
// on divs…) around the built widgets. Every element inside every widget must compute the same
// styles and boxes as on a clean copy of the page; and loading the widgets must not change any
// style of the host page.
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map'];
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Properties a page's global CSS could leak into a widget (inherited ones through the host). */
const PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-decoration-line', 'text-shadow', 'color',
  '-webkit-text-fill-color', 'white-space', 'box-sizing', 'display', 'visibility', 'opacity', 'direction',
  'unicode-bidi', 'fill', 'stroke', 'stroke-width', 'list-style-type', 'list-style-position', 'border-collapse',
  'border-spacing', 'caption-side', 'cursor', 'font-variant-numeric', 'hyphens', 'tab-size', 'quotes',
  'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-left-width',
  'background-color', 'transform', 'float', 'position', 'clip-path', 'pointer-events', 'color-scheme',
  'outline-style',
];

/** Used sizes of <html> and <body>, which depend on the content. */
const SIZES = ['height', 'width', 'block-size', 'inline-size', 'perspective-origin', 'transform-origin'];

async function open(frame: HTMLIFrameElement): Promise<Updating[]> {
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow!;
  await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
  const els = () => [...win.document.querySelectorAll<Updating>(TAGS.join(','))];
  // The src-loaded widget: wait for its answer.
  await waitUntil(() => els().every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[role="status"]')), 'widgets settled', { timeout: 15_000 });
  for (let i = 0; i < 3; i++) {
    await Promise.all(els().map((el) => el.updateComplete));
    await new Promise((r) => win.requestAnimationFrame(r));
  }
  return els();
}

function makeFrame(attrs: { src?: string; srcdoc?: string }) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 820px; height: 900px; border: 0';
  Object.assign(frame, attrs);
  document.body.append(frame);
  return frame;
}

/** The hostile page, and the same page without its stylesheet. */
async function pair() {
  const html = await (await fetch('/demo/hostile.html')).text();
  expect(html).to.contain('<link rel="stylesheet" href="hostile.css" />');
  const clean = html.replace('<link rel="stylesheet" href="hostile.css" />', '').replace('<head>', '<head><base href="/demo/hostile.html" />');
  const [hostile, plain] = await Promise.all([open(makeFrame({ src: '/demo/hostile.html' })), open(makeFrame({ srcdoc: clean }))]);
  return { hostile, plain };
}

const describeEl = (el: Element) => `<${el.localName}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;

describe('hardening: a hostile host page', function () {
  this.timeout(60_000);
  let hostile: Updating[];
  let plain: Updating[];
  before(async () => ({ hostile, plain } = await pair()));
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('has the same widgets on both pages, showing their data', () => {
    expect(hostile.length).to.equal(plain.length);
    expect(hostile.length).to.be.greaterThan(6);
    expect(new Set(hostile.map((el) => el.localName))).to.have.keys(...TAGS);
    hostile.forEach((el, i) => {
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(plain[i].shadowRoot!.textContent!.replace(/\s+/g, ' '));
    });
  });

  it('computes the same styles for every element inside every widget (font from --pe-font-family, box-sizing, colours…)', () => {
    const diffs: string[] = [];
    expect(hostile.length, 'widgets compared').to.be.greaterThan(6);
    hostile.forEach((h, i) => {
      const p = plain[i];
      const a = [...h.shadowRoot!.querySelectorAll('*')];
      const b = [...p.shadowRoot!.querySelectorAll('*')];
      expect(a.length, `${h.localName} #${i}: same elements`).to.equal(b.length);
      expect(a.length, `${h.localName} #${i}: elements compared`).to.be.greaterThan(5);
      a.forEach((x, j) => {
        const cx = getComputedStyle(x);
        const cy = getComputedStyle(b[j]);
        for (const prop of PROPS) {
          const vx = cx.getPropertyValue(prop);
          const vy = cy.getPropertyValue(prop);
          if (vx !== vy) diffs.push(`${h.localName} #${i} ${describeEl(x)} ${prop}: ${JSON.stringify(vx)}, clean page ${JSON.stringify(vy)}`);
        }
      });
    });
    // Group by property to keep the report readable.
    const byProp = new Map<string, string[]>();
    for (const d of diffs) {
      const prop = d.split(': ')[0].split(' ').pop()!;
      byProp.set(prop, [...(byProp.get(prop) ?? []), d]);
    }
    const summary = [...byProp].map(([prop, ds]) => `${prop} ×${ds.length}, e.g. ${ds[0]}`);
    expect(summary, 'styles that leaked in from the page').to.deep.equal([]);
  });

  it('lays out every widget and every element inside it with the same boxes (within 1 px)', () => {
    const diffs: string[] = [];
    expect(hostile.length, 'widgets compared').to.be.greaterThan(6);
    hostile.forEach((h, i) => {
      const p = plain[i];
      const hr = h.getBoundingClientRect();
      const pr = p.getBoundingClientRect();
      if (Math.abs(hr.width - pr.width) > 1 || Math.abs(hr.height - pr.height) > 1) {
        diffs.push(`${h.localName} #${i}: ${hr.width}×${hr.height}, clean page ${pr.width}×${pr.height}`);
      }
      const a = [...h.shadowRoot!.querySelectorAll('*')];
      const b = [...p.shadowRoot!.querySelectorAll('*')];
      a.forEach((x, j) => {
        const rx = x.getBoundingClientRect();
        const ry = b[j].getBoundingClientRect();
        const off = (r: DOMRect, host: DOMRect) => [r.left - host.left, r.top - host.top, r.width, r.height];
        const [ax, ay, aw, ah] = off(rx, hr);
        const [bx, by, bw, bh] = off(ry, pr);
        if ([ax - bx, ay - by, aw - bw, ah - bh].some((d) => Math.abs(d) > 1)) {
          diffs.push(`${h.localName} #${i} ${describeEl(x)}: ${[ax, ay, aw, ah].map(Math.round)}, clean page ${[bx, by, bw, bh].map(Math.round)}`);
        }
      });
    });
    expect(diffs.slice(0, 25), `${diffs.length} boxes differ`).to.deep.equal([]);
  });

  it('keeps buttons visible and usable, and the map its aspect ratio', () => {
    for (const el of hostile) {
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
        expect(b.offsetHeight, `${el.localName} button "${b.textContent!.trim()}"`).to.be.greaterThan(10);
        expect(b.checkVisibility({ opacityProperty: true, visibilityProperty: true }), b.textContent!).to.equal(true);
      }
      for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        expect(getComputedStyle(a).pointerEvents, 'links stay clickable').not.to.equal('none');
        expect(a.getBoundingClientRect().width).to.be.greaterThan(0);
      }
    }
    const maps = hostile.filter((el) => el.localName === 'pe-hub-map');
    expect(maps.length).to.be.greaterThan(0);
    for (const map of maps) {
      const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg[viewBox]')!;
      const [, , w, h] = svg.getAttribute('viewBox')!.split(/[\s,]+/).map(Number);
      const r = svg.getBoundingClientRect();
      expect(r.width, 'map width').to.be.greaterThan(200);
      expect(r.width / r.height).to.be.closeTo(w / h, (w / h) * 0.01);
    }
  });

  it('never styles the host page: loading and rendering the widgets changes no style outside them', async () => {
    const html = await (await fetch('/demo/hostile.html')).text();
    // The page without the bundle; it is added once the page's own styles are recorded.
    const page = html
      .replace('<script type="module" src="../dist/pe-widgets.js"></script>', '')
      .replace('<head>', '<head><base href="/demo/hostile.html" />')
      .replace('href="hostile.css"', 'href="/demo/hostile.css"');
    for (const css of [true, false]) {
      const frame = makeFrame({ srcdoc: css ? page : page.replace('<link rel="stylesheet" href="/demo/hostile.css" />', '') });
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = win.document;
      const hostEls = [doc.documentElement, doc.body, ...doc.querySelectorAll('#page, h2, #host-text, #host-text *, #host-table, #host-table *, #host-svg, #host-svg *, .w')];
      const snapshot = () =>
        hostEls.map((el) => {
          const cs = win.getComputedStyle(el);
          // Every property except used sizes, which change when the widgets' content appears.
          const props = [...cs].filter((p) => !SIZES.includes(p));
          return `${describeEl(el)} ${props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
        });
      const sheets = () => [doc.styleSheets.length, doc.adoptedStyleSheets.length, doc.head.children.length, doc.documentElement.getAttributeNames().join(), doc.body.getAttributeNames().join()];
      const before = snapshot();
      const sheetsBefore = sheets();
      expect(doc.querySelector('pe-stat-card')!.shadowRoot === null, 'not yet upgraded').to.equal(true);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/pe-widgets.js';
      doc.body.append(script);
      await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
      await Promise.all([...doc.querySelectorAll<Updating>(TAGS.join(','))].map((el) => el.updateComplete));
      script.remove();
      const after = snapshot();
      const changed = before.map((b, i) => (b === after[i] ? '' : `${b.split(' ')[0]}: ${b.split(';').filter((x, j) => x !== after[i].split(';')[j]).slice(0, 3).join('; ')}`)).filter(Boolean);
      expect(changed, `host styles changed (${css ? 'hostile' : 'clean'} page)`).to.deep.equal([]);
      expect(sheets(), 'no stylesheet or attribute added to the page').to.deep.equal(sheetsBefore);
      frame.remove();
    }
  });
});
