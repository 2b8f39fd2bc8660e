import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import { PeHubMap } from '../src/components/hub-map/hub-map.js';
import { messages } from '../src/components/hub-map/messages.js';
import { arrowStep, bins, breaks, buildView, inHull, LAYERS, neighbour, PARTNERS, roundBetween, type MapView } from '../src/components/hub-map/model.js';
import { TIP_GRACE } from '../src/components/hub-map/hub-map.js';
import { peruGeo, project } from '../src/components/hub-map/projection.js';
import type { PeErrorDetail, PeSelectDetail } from '../src/core/events.js';
import { dataset } from '../src/data/index.js';
import { sourcesById, t } from '../src/data/text.js';
import { REGION_CODES, type Locale } from '../src/data/types.js';
import { catalogs } from '../src/i18n/catalog.js';
import { cap, formatDate, formatNumber } from '../src/i18n/format.js';

PeHubMap.define();

const hubs = dataset.hubs!;
const regionsData = dataset.regions!;
const values = dataset.regionValues!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = SVGElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<E>(sel);
const $$ = <E extends Element = SVGElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const regionOptions = (el: Element) => [...$(el, '[role="listbox"]')!.children] as SVGGElement[];
const option = (el: Element, key: string) => $<SVGGElement>(el, `[role="option"][data-k="${key}"]`)!;
const shape = (el: Element, code: string) => option(el, code).querySelector<SVGPathElement>('path')!;
const active = (el: Element) => el.shadowRoot!.activeElement as SVGElement | null;
const alertText = (el: Element) => norm($(el, '[role="alert"]')?.textContent);
const nameOf = (code: string, l: Locale = 'en') => t(regionsData.find((r) => r.code === code)!.name, l);
const hubKey = (id: string) => `h${hubs.findIndex((h) => h.id === id)}`;
const frames = (n = 2) => new Promise<void>((r) => { const f = () => (--n <= 0 ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); });

async function map(attrs = '', style = ''): Promise<PeHubMap> {
  const el = await fixture<PeHubMap>(`<pe-hub-map ${attrs} ${style ? `style="${style}"` : ''}></pe-hub-map>`);
  await el.updateComplete;
  return el;
}

async function press(el: PeHubMap, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Catches the file a download button offers (the <a download> it clicks) and reads it. */
function captureDownload(trigger: () => void): Promise<{ name: string; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    const onClick = (e: MouseEvent) => {
      const a = e.target;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      e.preventDefault();
      document.removeEventListener('click', onClick, true);
      fetch(a.href)
        .then((r) => r.blob())
        .then(async (b) => resolve({ name: a.download, text: await b.text(), type: b.type }), reject);
    };
    document.addEventListener('click', onClick, true);
    trigger();
  });
}

/** A tiny CSV reader (quoted cells, doubled quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  return rows;
}

const button = (el: Element, text: string) => $$<HTMLButtonElement>(el, 'button').find((b) => norm(b.textContent) === text)!;

/** "rgb(10, 88, 168)" or "#0a58a8" → [r, g, b]. */
const rgb = (c: string): number[] =>
  c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.trim().slice(i, i + 2), 16)) : c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A map after a button, with keyboard focus moved into the map by Tab (so :focus-visible applies). */
async function keyboardMap(attrs: string, style = ''): Promise<PeHubMap> {
  const wrap = await fixture<HTMLDivElement>(`<div ${style ? `style="${style}"` : ''}><button>before</button><pe-hub-map ${attrs}></pe-hub-map></div>`);
  const el = wrap.querySelector('pe-hub-map')!;
  await el.updateComplete;
  wrap.querySelector('button')!.focus();
  await press(el, 'Tab');
  return el;
}

/** Whether any word (letters and digits) of the element's text is split across two lines. */
function splitWords(root: Element): string[] {
  const out: string[] = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    for (const m of node.textContent!.matchAll(/[\p{L}\p{N}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      if (range.getClientRects().length > 1) out.push(m[0]);
    }
  }
  return out;
}

/** A viewport point (whole px) where the map's own hit testing finds item `key`: its shape, or its copy in the inset. */
function pointIn(el: Element, key: string): [number, number] {
  const shapes = [option(el, key), ...$$(el, `.in [data-k="${key}"]`)];
  for (const sh of shapes) {
    const r = sh.getBoundingClientRect();
    for (let i = 0; i <= 16; i++) {
      for (let j = 0; j <= 16; j++) {
        // From the middle out.
        const x = Math.round(r.left + r.width * (0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) / 17));
        const y = Math.round(r.top + r.height * (0.5 + (j % 2 ? 1 : -1) * Math.ceil(j / 2) / 17));
        if (el.shadowRoot!.elementFromPoint(x, y)?.closest('[data-k]')?.getAttribute('data-k') === key) return [x, y];
      }
    }
  }
  throw new Error(`no point of ${key} can be hit`);
}

/** The name in the tooltip shown, or null. */
const tipName = (el: Element) => {
  const b = $(el, '[part="tooltip"] b');
  return b ? norm(b.textContent) : null;
};

/** Moves the real mouse (CDP input, hit-tested by Chromium) and waits for the widget's update. */
async function mouseTo(el: PeHubMap, [x, y]: readonly number[]) {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  await el.updateComplete;
}

/** Counts the keydown listeners the page's document holds, added and removed while watching. */
function watchDocumentKeydown() {
  const add = document.addEventListener, remove = document.removeEventListener;
  let held = 0;
  document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    if (type === 'keydown') held++;
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof add;
  document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    if (type === 'keydown') held--;
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof remove;
  return {
    held: () => held,
    stop: () => {
      document.addEventListener = add;
      document.removeEventListener = remove;
    },
  };
}

const OPPOSITE = { ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' } as const;

describe('pe-hub-map: geometry', () => {
  it('stores each region\'s box and area as the browser draws its path (box from getBBox, area from its points)', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      for (const code of REGION_CODES) {
        const { d, a, b } = peruGeo.regions[code];
        const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
        path.setAttribute('d', d);
        const bb = path.getBBox();
        [bb.x, bb.y, bb.x + bb.width, bb.y + bb.height].forEach((v, i) => expect(b[i], `${code} box[${i}]`).to.be.closeTo(v, 0.01));
        // Area: the shoelace formula over the path's own vertices, one ring per "z", read through the SVG DOM.
        let area = 0;
        for (const ring of d.split('z').filter(Boolean)) {
          const sub = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
          sub.setAttribute('d', `${ring}z`);
          const len = sub.getTotalLength();
          const pts: DOMPoint[] = [];
          // Vertices are where the direction changes; sampling every 0.05 units finds them to well under 1%.
          for (let s = 0; s <= len; s += 0.05) pts.push(sub.getPointAtLength(s));
          let twice = 0;
          for (let k = 0; k < pts.length; k++) {
            const p = pts[k]!, q = pts[(k + 1) % pts.length]!;
            twice += p.x * q.y - q.x * p.y;
          }
          area += Math.abs(twice) / 2;
          sub.remove();
        }
        expect(a, code).to.be.closeTo(area, Math.max(0.5, area * 0.01));
      }
    } finally {
      svg.remove();
    }
  });

  it('draws the 25 regions and Lima Metropolitana, keyed by ISO 3166-2:PE code and named from the data', async () => {
    const el = await map('lang="es"');
    const opts = regionOptions(el);
    expect(opts.map((o) => o.dataset.k).sort()).to.deep.equal([...REGION_CODES].sort());
    for (const o of opts) {
      expect(o.getAttribute('aria-label')!.startsWith(nameOf(o.dataset.k!, 'es')), o.dataset.k).to.equal(true);
      expect(o.querySelector('path')!.getAttribute('d')).to.equal(peruGeo.regions[o.dataset.k as 'PE-LOR'].d);
    }
  });

  it('has Puno right (the big south-eastern region holding La Rinconada) and Callao tiny beside Lima', async () => {
    const el = await map();
    const rinconada = hubs.find((h) => h.role === 'mining-town')!;
    const p = new DOMPoint(...project(rinconada.lon, rinconada.lat, peruGeo.projection));
    expect(REGION_CODES.filter((c) => shape(el, c).isPointInFill(p))).to.deep.equal(['PE-PUN']);
    const box = (c: string) => shape(el, c).getBBox();
    const area = (b: DOMRect) => b.width * b.height;
    const puno = box('PE-PUN');
    // Among the five largest regions, and in the south-east of the map.
    expect(REGION_CODES.filter((c) => area(box(c)) > area(puno)).length).to.be.lessThan(6);
    expect(puno.x + puno.width / 2).to.be.greaterThan(peruGeo.viewBox[2] * 0.7);
    expect(puno.y + puno.height / 2).to.be.greaterThan(peruGeo.viewBox[3] * 0.65);
    const callao = box('PE-CAL'), lima = box('PE-LMA');
    expect(callao.width).to.be.lessThan(8);
    expect(callao.height).to.be.lessThan(8);
    // Callao touches Lima Metropolitana's box.
    expect(callao.x + callao.width).to.be.greaterThan(lima.x - 1);
    expect(Math.abs(callao.y + callao.height / 2 - (lima.y + lima.height / 2))).to.be.lessThan(lima.height / 2);
  });

  it('puts the four prosecutor hubs and La Rinconada inside their regions', async () => {
    const el = await map();
    const prosecutors = hubs.filter((h) => h.role === 'prosecutor-hub');
    expect(prosecutors.map((h) => h.id)).to.have.members(['lima', 'iquitos', 'piura', 'tacna']);
    for (const h of hubs) {
      const o = option(el, hubKey(h.id));
      expect(o.getAttribute('aria-label')!.startsWith(`${t(h.city, 'en')} — `)).to.equal(true);
      const marker = o.querySelector<SVGGraphicsElement>('.mh, .mt')!;
      const b = marker.getBBox();
      const [x, y] = project(h.lon, h.lat, peruGeo.projection);
      // The marker sits on the projected city.
      expect(Math.abs(b.x + b.width / 2 - x)).to.be.lessThan(0.01);
      expect(REGION_CODES.filter((c) => shape(el, c).isPointInFill(new DOMPoint(x, y))), h.id).to.deep.equal([h.region]);
    }
  });
});

describe('pe-hub-map: layers', () => {
  it('shows hubs, incidence and coverage by default, with a legend citing each layer', async () => {
    const el = await map('lang="en"');
    const m = messages.en;
    const legend = $$<HTMLLIElement>(el, '.legend li').map((li) => norm(li.textContent));
    expect(legend).to.deep.equal([
      `${m.roleLegend['prosecutor-hub']} (Diálogo; InSight Crime; El Comercio)`,
      `${m.roleLegend['mining-town']} (US Department of State; Diálogo)`,
      `${cap(m.driver.tourism)} (InSight Crime)`,
      `${cap(m.driver.mining)} (InSight Crime)`,
      `${m.coverageLegend('Tacna', true)} (InSight Crime)`,
    ]);
    // What a reader sees, word for word: the coverage is only presumed.
    expect(legend).to.deep.equal([
      'Planned special prosecutor hub (Diálogo; InSight Crime; El Comercio)',
      'Mining town (US Department of State; Diálogo)',
      'Among the regions with most cases: tourist area (InSight Crime)',
      'Among the regions with most cases: illegal mining area (InSight Crime)',
      'Presumed coverage of the Tacna hub (InSight Crime)',
    ]);
    // Hubs: every hub is a keyboard stop; La Rinconada is the triangle.
    expect($$(el, '[role="listbox"]')[1].querySelectorAll('[role="option"]').length).to.equal(hubs.length);
    expect(option(el, hubKey('la-rinconada')).querySelector('.mt')).to.exist;
    // Incidence: one hatched overlay per region with a driver (pattern and outline, not colour alone).
    const overlay = $(el, '.ov')!;
    const withDriver = (d: string) => regionsData.filter((r) => r.drivers?.includes(d as 'mining')).map((r) => peruGeo.regions[r.code as 'PE-LOR'].d);
    expect([...overlay.querySelectorAll(':scope > .ot')].map((p) => p.getAttribute('d'))).to.have.members(withDriver('tourism'));
    expect([...overlay.querySelectorAll(':scope > .om')].map((p) => p.getAttribute('d'))).to.have.members(withDriver('mining'));
    expect(getComputedStyle(overlay.querySelector('.ot')!).fill).to.match(/url\(.*#pt0/);
    expect(getComputedStyle(overlay.querySelector('.om')!).fill).to.match(/url\(.*#pm0/);
    // Coverage: Tacna's presumed coverage is dashed, and InSight Crime's words are shown.
    const covers = hubs.flatMap((h) => h.covers ?? []);
    expect(overlay.querySelectorAll(':scope > .lk.pr').length).to.equal(covers.filter((c) => c.presumed).length);
    expect([...overlay.querySelectorAll(':scope > .cv.pr')].map((p) => p.getAttribute('d'))).to.have.members(
      covers.map((c) => peruGeo.regions[c.region as 'PE-LOR'].d),
    );
    expect(getComputedStyle(overlay.querySelector('.lk.pr')!).strokeDasharray).to.not.equal('none');
    const notes = $$(el, '.notes li').map((li) => norm(li.textContent));
    expect(notes).to.include(t(hubs.find((h) => h.id === 'tacna')!.note, 'en'));
    expect(notes).to.include(t(hubs.find((h) => h.id === 'la-rinconada')!.note, 'en'));
    // No choropleth and no partners unless asked for.
    expect($$(el, '.s1, .s2, .s3, .s4, .s5, .nd').length).to.equal(0);
    expect($$(el, '.nb.pa').length).to.equal(0);
    el.lang = 'es';
    await el.updateComplete;
    expect($$<HTMLLIElement>(el, '.legend li').map((li) => norm(li.textContent))).to.include('Cobertura presunta de la sede de Tacna (InSight Crime)');
    // What InSight Crime says, no more: among the regions with the most cases are tourist and illegal-mining areas.
    expect($$<HTMLLIElement>(el, '.legend li').map((li) => norm(li.textContent))).to.include.members([
      'Entre las regiones con más casos: zona turística (InSight Crime)',
      'Entre las regiones con más casos: zona de minería ilegal (InSight Crime)',
    ]);
  });

  it('turns layers on and off', async () => {
    const el = await map('layers="values"');
    expect($$(el, '[role="listbox"]').length, 'no hub list').to.equal(1);
    expect($$(el, '.ov .ot, .ov .om, .lk').length).to.equal(0);
    expect(regionOptions(el).length).to.equal(26);
    expect(regionOptions(el).every((o) => /\b(s[1-5]|nd)\b/.test(o.querySelector('path')!.getAttribute('class')!))).to.equal(true);
    expect(norm($(el, '.legend')!.textContent)).to.contain('Prosecutorial districts grouped by region');
    el.layers = 'hubs coverage';
    await el.updateComplete;
    expect($$(el, '[role="listbox"]').length).to.equal(2);
    expect($$(el, '.ov .ot').length).to.equal(0);
    expect($$(el, '.lk.pr').length).to.be.greaterThan(0);
    expect($$(el, '.s1, .s2, .s3, .s4, .s5').length).to.equal(0);
  });

  it('marks Chile and Ecuador as cooperation partners, citing the sources of the meetings', async () => {
    const el = await map('layers="partners" lang="es"');
    const event = dataset.events!.find((e) => e.id === PARTNERS.event)!;
    expect($$(el, '.nb.pa').map((p) => p.getAttribute('d'))).to.have.members(PARTNERS.countries.map((c) => peruGeo.neighbours[c]));
    expect($$(el, '.lb.partner').map((x) => x.textContent)).to.include.members(['Chile', 'Ecuador']);
    const legend = norm($(el, '.legend')!.textContent);
    expect(legend).to.contain(formatDate(event.date, 'es'));
    // The countries drawn, then what the event was and when, then its sources.
    expect($$(el, '.legend li').map((li) => norm(li.textContent))).to.include('Socios de cooperación: Chile y Ecuador (reuniones, setiembre de 2014) (InSight Crime; Diálogo)');
    expect(legend).to.not.contain('Se informa de');
    const source = norm($(el, '.source')!.textContent);
    expect(sourcesById(dataset.sources, event.sourceIds)).to.have.length(2);
    for (const s of sourcesById(dataset.sources, event.sourceIds)) expect(source).to.contain(t(s.publisher, 'es'));
    expect(source).to.contain('InSight Crime').and.contain('Diálogo');
    el.lang = 'en';
    await el.updateComplete;
    expect($$(el, '.legend li').map((li) => norm(li.textContent))).to.include('Cooperation partners: Chile and Ecuador (meetings, September 2014) (InSight Crime; Diálogo)');
  });

  it('cites the source and note of the regional figures wherever they are shown, with or without the values layer', async () => {
    // Default layers (no values layer): the figures are still in the names, the tooltips and the table.
    const el = await map('lang="es"');
    const source = () => norm($(el, '.source')!.textContent);
    const notes = () => $$(el, '.notes li').map((li) => norm(li.textContent));
    const note = 'Distritos fiscales agrupados por región (la agrupación es nuestra, no oficial).';
    expect(option(el, 'PE-AMA').getAttribute('aria-label')).to.equal('Amazonas — 73 denuncias, ene. 2007–abr. 2014');
    option(el, 'PE-AMA').focus();
    await el.updateComplete;
    expect(norm($(el, '[part="tooltip"]')!.textContent)).to.equal('Amazonas73 denuncias, ene. 2007–abr. 2014');
    expect(source()).to.contain('Observatorio de Criminalidad del Ministerio Público, vía Agencia Andina');
    expect(notes()).to.include(note);
    button(el, 'Ver como tabla').click();
    await el.updateComplete;
    expect(norm($<HTMLTableElement>(el, 'table')!.tHead!.textContent)).to.contain('Denuncias, ene. 2007–abr. 2014');
    expect(source()).to.contain('Observatorio de Criminalidad del Ministerio Público, vía Agencia Andina');
    expect(notes()).to.include(note);
    // With the values layer the note heads the legend, and is not repeated below.
    el.layers = 'values';
    await el.updateComplete;
    button(el, 'Ver como mapa').click();
    await el.updateComplete;
    expect(norm($(el, '.legend')!.textContent)).to.contain(note);
    expect(notes()).to.not.include(note);
    expect(source()).to.contain('Observatorio de Criminalidad del Ministerio Público, vía Agencia Andina');
    // Data without figures: no figures, no source of figures.
    el.layers = 'hubs incidence coverage';
    el.data = { sources: dataset.sources, hubs, regions: regionsData };
    await el.updateComplete;
    expect(option(el, 'PE-AMA').getAttribute('aria-label')).to.equal('Amazonas');
    expect(source()).to.not.contain('Ministerio Público');
    expect(notes()).to.not.include(note);
    el.data = undefined;
    el.lang = 'en';
    await el.updateComplete;
    expect(source()).to.contain('Crime Observatory of the Public Ministry of Peru, via Agencia Andina');
    expect(notes()).to.include('Prosecutorial districts grouped by region (the grouping is ours, not official).');
  });

  it('draws no partners from a dataset that cannot cite them', () => {
    const v = buildView({ regionValues: values.slice(0, 2), sources: dataset.sources!.filter((s) => s.id === 'mp-observatorio-2014') }, { locale: 'en', layers: 'partners values' }) as MapView;
    expect(v.partners).to.deep.equal([]);
    expect(v.legend.flatMap((g) => g.items).some((i) => i.sw === 'pa')).to.equal(false);
  });

  it('rejects an unknown layer, naming the valid ones', async () => {
    const el = document.createElement('pe-hub-map');
    el.setAttribute('layers', 'hubs rivers');
    el.lang = 'es';
    const got = oneEvent(el, 'pe-error');
    document.body.append(el);
    const { detail } = (await got) as CustomEvent<PeErrorDetail>;
    expect(detail.kind).to.equal('input');
    expect(detail.errors[0].path).to.equal('layers');
    await el.updateComplete;
    const text = alertText(el);
    expect(text).to.contain('no hay capa con el identificador "rivers"');
    for (const l of LAYERS) expect(text).to.contain(l);
    el.remove();
  });
});

describe('pe-hub-map: map credit', () => {
  it('credits the geometry in the reader\'s language', async () => {
    const es = await map('lang="es"');
    const en = await map('lang="en"');
    const notes = (el: Element) => norm($(el, '[part="notes"]')?.textContent);
    expect(notes(es)).to.contain('Natural Earth (dominio público)').and.contain('etiquetas corregidas (Puno, Callao)');
    expect(notes(es)).not.to.contain('public domain');
    expect(notes(en)).to.contain('Natural Earth (public domain)').and.contain('labels corrected (Puno, Callao)');
  });
});

describe('pe-hub-map: choropleth', () => {
  it('gives every region the class its value falls in, as the legend labels it', async () => {
    const el = await map('layers="values"');
    const items = $$<HTMLLIElement>(el, '.legend li').map((li) => ({
      cls: li.querySelector('rect')!.getAttribute('class')!,
      range: norm(li.textContent).replace(/,/g, '').split('–').map(Number),
    }));
    expect(items.length).to.be.within(3, 5);
    // Ranges follow each other without gaps or overlaps and span the data.
    const vs = values.map((v) => v.value);
    expect(items[0].range[0]).to.equal(Math.min(...vs));
    expect(items[items.length - 1].range[1]).to.equal(Math.max(...vs));
    items.slice(1).forEach((it, i) => expect(it.range[0]).to.equal(items[i].range[1] + 1));
    const used = new Set<string>();
    for (const v of values) {
      const cls = shape(el, v.region).getAttribute('class')!.split(' ').find((c) => /^s[1-5]$/.test(c))!;
      const item = items.find((i) => i.cls === cls)!;
      expect(v.value, v.region).to.be.within(item.range[0], item.range[1]);
      used.add(cls);
    }
    expect(used.size, 'every class holds a region').to.equal(items.length);
    // The colours are the sequential tokens, from light to dark.
    const fills = items.map((i) => getComputedStyle($(el, `.legend rect.${i.cls}`)!).fill);
    expect(new Set(fills).size).to.equal(items.length);
  });

  it('shows regions without a value as "no data", not as zero', async () => {
    const el = await map('layers="values hubs"');
    const some = values.filter((v) => ['PE-LOR', 'PE-CUS', 'PE-PIU', 'PE-LMA'].includes(v.region));
    el.data = { sources: dataset.sources, regionValues: some, hubs };
    await el.updateComplete;
    const without = REGION_CODES.filter((c) => !some.some((v) => v.region === c));
    for (const c of without) {
      expect(shape(el, c).getAttribute('class')).to.match(/\bnd\b/);
      const name = option(el, c).getAttribute('aria-label')!;
      expect(name, c).to.contain('No data');
      expect(name).to.not.match(/— 0\b/);
    }
    expect(getComputedStyle(shape(el, without[0])).fill).to.match(/url\(.*#pn0/);
    expect($$(el, '.legend li').map((li) => norm(li.textContent))).to.include(catalogs.en.noData);
  });

  it('makes quantile classes with round limits that keep every value in a labelled class (property)', () => {
    const size = { minLength: 1, maxLength: 60 };
    // Whole counts, and decimal values (rates, shares) with some whole numbers among them.
    const integers = fc.array(fc.integer({ min: 0, max: 100000 }), size);
    const decimals = fc.array(fc.oneof(fc.double({ min: 0, max: 100000, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 100000 })), size);
    fc.assert(
      fc.property(fc.oneof(integers, decimals), (vs) => {
        const th = breaks(vs);
        const cls = bins(vs, 'en');
        const ints = vs.every(Number.isInteger);
        expect(cls.length).to.be.within(1, 5);
        expect(cls.length).to.equal(th.length + 1);
        th.slice(1).forEach((b, i) => expect(b).to.be.greaterThan(th[i]));
        cls.forEach((c, i) => {
          const last = i === cls.length - 1;
          // Integers: "25–34" holds 25 to 34. Decimals: "2.5 to under 5" holds 2.5 up to, not including, 5.
          const top = last ? c.hi : ints ? c.hi - 1 : c.hi;
          const inside = vs.filter((v) => v >= c.lo && (last || ints ? v <= top : v < top));
          expect(inside.length, `class ${c.label} is empty`).to.be.greaterThan(0);
          // The label's numbers read back as the class's limits (as given, up to 6 decimals).
          const read = (c.lo === top ? [c.label, c.label] : c.label.split(ints || last ? '–' : ' to under ')).map((x) => Number(x.replace(/,/g, '')));
          expect(read.length, c.label).to.equal(2);
          expect(Math.abs(read[0] - c.lo), `${c.label} starts at ${c.lo}`).to.be.at.most(5e-7);
          expect(Math.abs(read[1] - top), `${c.label} ends at ${top}`).to.be.at.most(5e-7);
          if (ints) expect(c.label).to.equal(c.lo === top ? formatNumber(c.lo, 'en') : `${formatNumber(c.lo, 'en')}–${formatNumber(top, 'en')}`);
        });
        expect(vs.every((v) => cls.filter((c, i) => v >= c.lo && (i === cls.length - 1 ? v <= c.hi : v < c.hi)).length === 1)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('labels classes of decimal values as "a to under b"', () => {
    const cls = bins([0.12, 0.3, 0.31, 0.5, 0.52, 0.7, 0.9, 1.4, 2.2, 3.75], 'es');
    // Word for word, as the legend shows them: limits as they are (a region showing 0.5 is never in a
    // class labelled "under 0.5"), two values per class.
    expect(cls.map((c) => c.label)).to.deep.equal(['0.12 a menos de 0.31', '0.31 a menos de 0.52', '0.52 a menos de 0.75', '0.75 a menos de 2', '2–3.75']);
    const rates = [0.2, 0.4, 0.6, 1.2, 1.5, 2.5, 3.1, 4.4, 6.8, 9.5];
    expect(bins(rates, 'en').map((c) => c.label)).to.deep.equal(['0.2 to under 0.5', '0.5 to under 1.5', '1.5 to under 3', '3 to under 5', '5–9.5']);
    expect(bins(rates, 'es').map((c) => c.label)).to.deep.equal(['0.2 a menos de 0.5', '0.5 a menos de 1.5', '1.5 a menos de 3', '3 a menos de 5', '5–9.5']);
    // Close values: every limit lies above the value below it (0.3 / 0.1 is 2.999… in binary).
    expect(bins([0.3, 0.31, 0.32, 0.33, 0.34], 'en').map((c) => c.label)).to.deep.equal([
      '0.3 to under 0.31', '0.31 to under 0.32', '0.32 to under 0.325', '0.325 to under 0.34', '0.34',
    ]);
    expect([roundBetween(0.3, 0.31), roundBetween(0.7, 0.71), roundBetween(0.6, 0.9)]).to.deep.equal([0.31, 0.71, 0.75]);
    // A region's own value is shown as given, not rounded to one decimal.
    const v = buildView({ sources: dataset.sources, regionValues: [{ region: 'PE-CUS', value: 0.125, sourceIds: ['mp-observatorio-2014'] }] }, { locale: 'es', layers: 'values' }) as MapView;
    const cusco = v.regions.find((r) => r.code === 'PE-CUS')!;
    expect([cusco.valueNumber, cusco.name.split(' — ')[1]?.split(',')[0]]).to.deep.equal(['0.125', '0.125']);
    const [lo, hi] = [12345.6789012345, 12345.6789012346];
    expect(roundBetween(lo, hi) > lo && roundBetween(lo, hi) <= hi, `${roundBetween(lo, hi)} in (${lo}, ${hi}]`).to.equal(true);
  });
});

describe('pe-hub-map: your own data', () => {
  const sources = [{ id: 'ngo', publisher: 'Una ONG', title: 'Informe', date: '2023' }];
  it('maps an NGO\'s own region values, with their unit, period and source', async () => {
    const el = await map('layers="values" lang="es"');
    expect(norm($(el, '.heading')!.textContent)).to.equal('Trata de personas: denuncias por región, ene. 2007–abr. 2014');
    el.data = {
      sources,
      regionValues: [
        { region: 'PE-LOR', value: 12, unit: { es: 'víctimas atendidas', en: 'victims assisted' }, period: '2023', sourceIds: ['ngo'] },
        { region: 'PE-CUS', value: 30, unit: { es: 'víctimas atendidas', en: 'victims assisted' }, period: '2023', sourceIds: ['ngo'] },
        { region: 'PE-PUN', value: 7, unit: { es: 'víctimas atendidas', en: 'victims assisted' }, period: '2023', sourceIds: ['ngo'] },
      ],
    };
    await el.updateComplete;
    expect(norm($(el, '.heading')!.textContent)).to.equal(messages.es.valuesHeading('víctimas atendidas', '2023'));
    expect(norm($(el, '.heading')!.textContent)).to.equal('Trata de personas: víctimas atendidas por región, 2023');
    expect(option(el, 'PE-LOR').getAttribute('aria-label')).to.equal('Loreto — 12 víctimas atendidas, 2023');
    expect(option(el, 'PE-AMA').getAttribute('aria-label')).to.equal(`Amazonas — ${catalogs.es.noData}`);
    expect(norm($(el, '.source')!.textContent)).to.contain('Una ONG');
    expect($$(el, '.legend li').length).to.equal(4); // three classes and "no data"
  });

  it('shows own region values without layers="values" when the data has nothing for the default layers', async () => {
    const el = await map('lang="en"');
    el.data = { sources, regionValues: [{ region: 'PE-CUS', value: 30, unit: 'people assisted', period: '2023', sourceIds: ['ngo'] }] };
    await el.updateComplete;
    expect(norm($(el, '.heading')!.textContent)).to.equal('Human trafficking: people assisted by region, 2023');
    expect(option(el, 'PE-CUS').getAttribute('aria-label')).to.equal('Cusco — 30 people assisted, 2023');
    expect(norm($(el, '.source')!.textContent)).to.contain('Una ONG');
    // With hubs of its own, the default layers stay: the data has something for them.
    el.data = { sources, hubs: [{ id: 'cusco', city: 'Cusco', region: 'PE-CUS', lat: -13.5, lon: -72, role: 'prosecutor-hub', sourceIds: ['ngo'] }], regionValues: [{ region: 'PE-CUS', value: 30, sourceIds: ['ngo'] }] };
    await el.updateComplete;
    expect(norm($(el, '.heading')!.textContent)).to.equal(messages.en.heading);
    // Layers the page names are kept, even the default ones written out: values hidden then.
    el.setAttribute('layers', 'hubs incidence coverage');
    el.data = { sources, regionValues: [{ region: 'PE-CUS', value: 30, sourceIds: ['ngo'] }] };
    await el.updateComplete;
    expect(norm($(el, '.heading')!.textContent)).to.equal(messages.en.heading);
    el.layers = 'hubs';
    el.data = { sources, regionValues: [{ region: 'PE-CUS', value: 30, sourceIds: ['ngo'] }] };
    await el.updateComplete;
    expect(norm($(el, '.heading')!.textContent)).to.equal(messages.en.heading);
  });

  for (const l of ['en', 'es'] as const) {
    it(`rejects an unknown region code, naming the valid ones (${l})`, async () => {
      const el = await map(`lang="${l}" layers="values"`);
      const got = oneEvent(el, 'pe-error');
      el.data = { sources, regionValues: [{ region: 'PE-XYZ', value: 3, sourceIds: ['ngo'] }] };
      const { detail } = (await got) as CustomEvent<PeErrorDetail>;
      expect(detail.kind).to.equal('validation');
      expect(detail.errors[0].path).to.equal('regionValues[0].region');
      await el.updateComplete;
      const text = alertText(el);
      expect(text).to.contain('regionValues[0].region');
      expect(text).to.contain('"PE-XYZ"');
      for (const c of REGION_CODES) expect(text).to.contain(c);
      await expect(el).to.be.accessible();
    });
  }

  it('rejects an unknown region attribute and asks for values the data lacks', async () => {
    const el = await map('region="PE-ZZZ"');
    expect(alertText(el)).to.contain('unknown region "PE-ZZZ"');
    expect(alertText(el)).to.contain('PE-LOR');
    const el2 = await map('layers="values"');
    el2.data = { sources, hubs: [] };
    await el2.updateComplete;
    expect(alertText(el2)).to.contain(messages.en.noValues);
  });
});

describe('pe-hub-map: keyboard, selection and tooltip', () => {
  it('has one tab stop; Tab enters the map and arrow keys move to the nearest region that way', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><pe-hub-map lang="en"></pe-hub-map></div>`);
    const el = wrap.querySelector('pe-hub-map')!;
    await el.updateComplete;
    expect($$(el, '[role="option"]').filter((o) => o.getAttribute('tabindex') === '0').length).to.equal(1);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('role')).to.equal('option');
    expect(active(el)!.dataset.k).to.equal(REGION_CODES[0]);
    // The next Tab leaves the map (one tab stop for all regions and hubs).
    await press(el, 'Tab');
    expect(active(el)?.tagName).to.equal('BUTTON');
    option(el, 'PE-LOR').focus();
    await el.updateComplete;
    const at = () => {
      const k = active(el)!.dataset.k!;
      return k.startsWith('PE-') ? peruGeo.regions[k as 'PE-LOR'].c : project(hubs[+k.slice(1)].lon, hubs[+k.slice(1)].lat, peruGeo.projection);
    };
    for (const [key, axis, sign] of [['ArrowDown', 1, 1], ['ArrowLeft', 0, -1], ['ArrowUp', 1, -1], ['ArrowRight', 0, 1]] as const) {
      const before = at();
      const from = active(el)!.dataset.k;
      await press(el, key);
      expect(active(el)!.dataset.k, `${key} from ${from}`).to.not.equal(from);
      expect(Math.sign(at()[axis] - before[axis]), `${key} from ${from}`).to.equal(sign);
      expect(active(el)!.getAttribute('tabindex')).to.equal('0');
    }
    await press(el, 'End');
    expect(active(el)!.dataset.k).to.equal(hubKey(hubs[hubs.length - 1].id));
    await press(el, 'Home');
    expect(active(el)!.dataset.k).to.equal(REGION_CODES[0]);
  });

  it('reaches every region and hub with the arrow keys alone, from anywhere', () => {
    const v = buildView(dataset, { locale: 'en' }) as MapView;
    const n = v.items.length;
    for (let start = 0; start < n; start++) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        const i = queue.shift()!;
        for (const k of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
          const j = neighbour(v.items, i, k);
          if (j >= 0 && !seen.has(j)) seen.add(j), queue.push(j);
        }
      }
      expect(seen.size, `from ${v.items[start].key}`).to.equal(n);
    }
  });

  it('undoes every arrow-key move with the opposite arrow (model, every item, every layer set)', () => {
    for (const layers of ['hubs incidence coverage', 'values', 'values hubs partners']) {
      const items = (buildView(dataset, { locale: 'en', layers }) as MapView).items;
      let moves = 0;
      items.forEach((start, i) => {
        for (const [key, back] of Object.entries(OPPOSITE)) {
          const j = arrowStep(items, i, key);
          if (j < 0) continue; // the edge of the map that way: nothing to undo
          moves++;
          const k = arrowStep(items, j, back, { from: start.key, to: items[j].key, key });
          expect(items[k]?.key, `${layers}: ${start.key} ${key} → ${items[j].key} ${back}`).to.equal(start.key);
        }
      });
      expect(moves, layers).to.be.greaterThan(items.length * 3);
    }
  });

  it('returns with the opposite arrow to the region or hub it came from (keyboard)', async () => {
    const el = await keyboardMap('lang="en"');
    const at = () => active(el)!.dataset.k;
    // The audit's case: Tumbes' nearest region below is Piura, yet ↓ right after Amazonas ↑ Tumbes goes back.
    option(el, 'PE-AMA').focus();
    await press(el, 'ArrowUp');
    expect(at()).to.equal('PE-TUM');
    await press(el, 'ArrowDown');
    expect(at()).to.equal('PE-AMA');
    await press(el, 'ArrowUp');
    expect(at()).to.equal('PE-TUM');
    option(el, 'PE-CUS').focus();
    option(el, 'PE-TUM').focus();
    await press(el, 'ArrowDown');
    expect(at(), 'Tumbes ↓ when not just come from Amazonas').to.equal('PE-PIU');
    // Every region and hub, every arrow.
    const keys = [...REGION_CODES, ...hubs.map((h) => hubKey(h.id))];
    let moves = 0;
    for (const start of keys) {
      for (const [key, back] of Object.entries(OPPOSITE)) {
        option(el, start).focus();
        await press(el, key);
        const to = at();
        if (to === start) continue; // the edge of the map that way
        moves++;
        await press(el, back);
        expect(at(), `${start} ${key} → ${to} ${back}`).to.equal(start);
      }
    }
    expect(moves).to.be.greaterThan(keys.length * 3);
  });

  it('names every region and hub with its facts', async () => {
    const el = await map('lang="en"');
    const lor = values.find((v) => v.region === 'PE-LOR')!;
    const iquitos = hubs.find((h) => h.region === 'PE-LOR')!;
    const name = option(el, 'PE-LOR').getAttribute('aria-label')!;
    expect(name.startsWith(`Loreto — ${formatNumber(lor.value, 'en')} ${t(lor.unit, 'en')}, ${formatDate(lor.period, 'en')}; hub: ${t(iquitos.city, 'en')}`)).to.equal(true);
    expect(name.startsWith('Loreto — 211 complaints, Jan 2007–Apr 2014; hub: Iquitos')).to.equal(true);
    expect(name).to.contain(messages.en.driver.mining);
    expect(option(el, 'PE-MDD').getAttribute('aria-label')).to.contain(messages.en.covered('Tacna', true));
    // The source only presumes Tacna's coverage, and the name says so.
    expect(option(el, 'PE-MDD').getAttribute('aria-label')).to.equal(
      'Madre de Dios — 178 complaints, Jan 2007–Apr 2014; among the regions with most cases: illegal mining area; presumably covered by the Tacna hub',
    );
    expect(option(el, 'PE-CUS').getAttribute('aria-label')).to.contain('; presumably covered by the Tacna hub');
    expect(option(el, 'PE-LMA').getAttribute('aria-label')).to.contain('; by prosecutorial district: Lima 301, Lima Norte 48, Lima Sur 48, Lima Este 31');
    expect(option(el, hubKey('tacna')).getAttribute('aria-label')).to.equal(
      `Tacna — ${messages.en.roleLegend['prosecutor-hub']}, Tacna; ${messages.en.covers('Madre de Dios and Cusco', true)}`,
    );
    expect(option(el, hubKey('tacna')).getAttribute('aria-label')).to.equal('Tacna — Planned special prosecutor hub, Tacna; presumably also covers Madre de Dios and Cusco');
    el.lang = 'es';
    await el.updateComplete;
    expect(option(el, 'PE-LOR').getAttribute('aria-label')!.startsWith(`Loreto — 211 denuncias, ${formatDate(lor.period, 'es')}; sede: Iquitos`)).to.equal(true);
    expect(option(el, 'PE-MDD').getAttribute('aria-label')).to.contain('; presumiblemente a cargo de la sede de Tacna');
    expect(option(el, 'PE-MDD').getAttribute('aria-label')).to.equal(
      'Madre de Dios — 178 denuncias, ene. 2007–abr. 2014; entre las regiones con más casos: zona de minería ilegal; presumiblemente a cargo de la sede de Tacna',
    );
    expect(option(el, 'PE-CUS').getAttribute('aria-label')).to.contain('; entre las regiones con más casos: zona turística;');
    // A grouped value says what its parts are.
    expect(option(el, 'PE-ANC').getAttribute('aria-label')).to.equal('Áncash — 29 denuncias, ene. 2007–abr. 2014; por distrito fiscal: Áncash 26, Santa 3');
    expect(option(el, 'PE-LMA').getAttribute('aria-label')).to.contain('; por distrito fiscal: Lima 301, Lima Norte 48, Lima Sur 48, Lima Este 31');
    expect(option(el, hubKey('tacna')).getAttribute('aria-label')).to.equal(
      'Tacna — Sede prevista de fiscalía especializada, Tacna; presumiblemente también atiende Madre de Dios y Cusco',
    );
  });

  it('Enter, Space, click and tap select: pe-select with the region code or hub id', async () => {
    const el = await map('lang="en"');
    option(el, 'PE-LOR').focus();
    let got = oneEvent(el, 'pe-select');
    await press(el, 'Enter');
    expect(((await got) as CustomEvent<PeSelectDetail>).detail).to.deep.equal({ type: 'region', id: 'PE-LOR', label: 'Loreto', selected: true });
    expect(option(el, 'PE-LOR').getAttribute('aria-selected')).to.equal('true');
    expect($(el, '.ov > .sl')!.getAttribute('d')).to.equal(peruGeo.regions['PE-LOR'].d);

    option(el, hubKey('iquitos')).focus();
    got = oneEvent(el, 'pe-select');
    await press(el, 'Space');
    expect(((await got) as CustomEvent<PeSelectDetail>).detail).to.deep.equal({ type: 'hub', id: 'iquitos', label: 'Iquitos', selected: true });
    expect(option(el, 'PE-LOR').getAttribute('aria-selected')).to.equal('false');

    got = oneEvent(el, 'pe-select');
    shape(el, 'PE-PIU').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await got) as CustomEvent<PeSelectDetail>).detail.id).to.equal('PE-PIU');
    await el.updateComplete;
    expect(active(el)!.dataset.k).to.equal('PE-PIU');
  });

  it('gives Callao and Lima Metropolitana a large target in the inset, which selects them', async () => {
    const el = await map('lang="en"', 'width: 320px');
    const copy = $<SVGPathElement>(el, '.in [data-k="PE-CAL"]')!;
    const main = shape(el, 'PE-CAL').getBoundingClientRect();
    const big = copy.getBoundingClientRect();
    expect(big.width * big.height).to.be.greaterThan(10 * main.width * main.height);
    const got = oneEvent(el, 'pe-select');
    copy.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await got) as CustomEvent<PeSelectDetail>).detail.id).to.equal('PE-CAL');
    await el.updateComplete;
    expect(active(el) === option(el, 'PE-CAL'), `focus on option(el, 'PE-CAL'), not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    expect($(el, '.in .sl')!.getAttribute('d')).to.equal(peruGeo.regions['PE-CAL'].d);
    // On a phone Callao is about 14 × 10 px even enlarged: a touch target of at least 24 × 24 px (WCAG 2.5.8)
    // selects it, and takes no more than a sliver of Lima Metropolitana's own.
    const target = $(el, '.in circle.hit[data-k="PE-CAL"]')!.getBoundingClientRect();
    expect([Math.floor(target.width), Math.floor(target.height)]).to.satisfy(([w, h]: number[]) => w >= 24 && h >= 24);
    const lima = $(el, '.in [data-k="PE-LMA"]')!.getBoundingClientRect();
    expect(target.right - lima.left, 'overlap with Lima Metropolitana (px)').to.be.below(target.width / 3);
    const tap = oneEvent(el, 'pe-select');
    const at = { x: target.left + 3, y: target.top + target.height / 2 };
    expect(el.shadowRoot!.elementFromPoint(at.x, at.y)?.getAttribute('data-k')).to.equal('PE-CAL');
    el.shadowRoot!.elementFromPoint(at.x, at.y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await tap) as CustomEvent<PeSelectDetail>).detail.id).to.equal('PE-CAL');
  });

  it('preselects region="PE-LOR" and follows changes of the attribute', async () => {
    const el = await map('region="PE-LOR"');
    expect(option(el, 'PE-LOR').getAttribute('aria-selected')).to.equal('true');
    expect(option(el, 'PE-LOR').getAttribute('tabindex')).to.equal('0');
    expect($$(el, '[aria-selected="true"]').length).to.equal(1);
    el.setAttribute('region', 'PE-CUS');
    await el.updateComplete;
    expect(option(el, 'PE-CUS').getAttribute('aria-selected')).to.equal('true');
    expect(option(el, 'PE-LOR').getAttribute('aria-selected')).to.equal('false');
  });

  it('shows a tooltip on focus and hover, and Escape hides it', async () => {
    const el = await map('lang="en"');
    const tip = () => $<HTMLElement>(el, '[part="tooltip"]');
    expect(tip() === null, 'tip() is absent').to.equal(true);
    option(el, 'PE-CUS').focus();
    await el.updateComplete;
    expect(norm(tip()!.querySelector('b')!.textContent)).to.equal('Cusco');
    expect(norm(tip()!.textContent)).to.contain(messages.en.covered('Tacna', true));
    expect(norm(tip()!.textContent)).to.contain('presumably covered by the Tacna hub');
    const box = $(el, '.map')!.getBoundingClientRect();
    const r = tip()!.getBoundingClientRect();
    expect(r.left).to.be.at.least(box.left - 1);
    expect(r.right).to.be.at.most(box.right + 1);
    await press(el, 'Escape');
    expect(tip() === null, 'tip() is absent').to.equal(true);
    shape(el, 'PE-PUN').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(norm(tip()!.querySelector('b')!.textContent)).to.equal('Puno');
    expect(norm(tip()!.textContent)).to.contain(`${messages.en.role['mining-town']}: La Rinconada`);
  });

  it('hides a hover tooltip on Escape wherever the focus is, listening on the document only while it is shown (WCAG 1.4.13)', async () => {
    const wrap = await fixture<HTMLDivElement>('<div><button>before</button><pe-hub-map lang="en" style="width: 360px"></pe-hub-map></div>');
    const el = wrap.querySelector('pe-hub-map')!;
    await el.updateComplete;
    const before = wrap.querySelector('button')!;
    // Focus first: it may scroll the page, and the points are where the map is then.
    before.focus();
    const cusco = pointIn(el, 'PE-CUS'), puno = pointIn(el, 'PE-PUN');
    await mouseTo(el, [0, 0]);
    const watch = watchDocumentKeydown();
    try {
      await mouseTo(el, cusco);
      expect(tipName(el)).to.equal('Cusco');
      expect(watch.held(), 'listening while the hover tooltip is shown').to.equal(1);
      await press(el, 'Escape');
      expect(tipName(el), 'Escape with the focus on a button of the page').to.equal(null);
      expect(document.activeElement).to.equal(before);
      expect(watch.held(), 'no listener once hidden').to.equal(0);
      // Another region shows its tooltip again; leaving the map hides it and stops listening.
      await mouseTo(el, puno);
      expect(tipName(el)).to.equal('Puno');
      expect(watch.held()).to.equal(1);
      await mouseTo(el, [0, 0]);
      expect(tipName(el)).to.equal(null);
      expect(watch.held()).to.equal(0);
      // Focus tooltips are the map's own business (its keydown handler): nothing on the document.
      option(el, 'PE-LOR').focus();
      await el.updateComplete;
      expect(tipName(el)).to.equal('Loreto');
      expect(watch.held()).to.equal(0);
      before.focus();
      // Removed while showing a hover tooltip: nothing left behind.
      await mouseTo(el, puno);
      expect(watch.held()).to.equal(1);
      el.remove();
      await el.updateComplete;
      expect(watch.held(), 'released when removed').to.equal(0);
    } finally {
      watch.stop();
      await resetMouse();
    }
  });

  it('keeps a hover tooltip while the pointer goes onto it, across other regions or the sea (WCAG 1.4.13)', async () => {
    const el = await map('lang="en"', 'width: 360px');
    const items = (buildView(dataset, { locale: 'en' }) as MapView).items;
    const points = new Map(items.map((it) => [it.key, pointIn(el, it.key)]));
    const crossings: { from: string; start: [number, number]; at: [number, number]; over: string }[] = [];
    try {
      for (const it of items) {
        await mouseTo(el, [0, 0]);
        const p = points.get(it.key)!;
        await mouseTo(el, p);
        expect(tipName(el), `${it.key} hovered`).to.equal(it.label);
        const r = $(el, '[part="tooltip"]')!.getBoundingClientRect();
        const q = [r.left + r.width / 2, r.top + r.height / 2];
        // Straight to the middle of the tooltip, in steps, as a hand moves.
        for (let s = 1; s <= 12; s++) {
          const at: [number, number] = [Math.round(p[0] + ((q[0] - p[0]) * s) / 12), Math.round(p[1] + ((q[1] - p[1]) * s) / 12)];
          const under = el.shadowRoot!.elementFromPoint(...at);
          const over = under?.closest('[data-k]')?.getAttribute('data-k');
          if (over && over !== it.key && !under!.closest('[part="tooltip"]')) crossings.push({ from: it.key, start: p, at, over });
          await mouseTo(el, at);
          expect(tipName(el), `${it.key}, step ${s} of 12 to its tooltip${over && over !== it.key ? `, over ${over}` : ''}`).to.equal(it.label);
        }
        expect(el.shadowRoot!.elementFromPoint(Math.round(q[0]), Math.round(q[1]))?.closest('[part="tooltip"]'), `${it.key}: pointer on the tooltip`).to.exist;
      }
      // Resting on the tooltip keeps it.
      await new Promise((r) => setTimeout(r, TIP_GRACE + 200));
      await el.updateComplete;
      expect(tipName(el), 'resting on the tooltip').to.equal(items[items.length - 1].label);
      // The way to the tooltip crossed other regions: resting over one of them, its own tooltip comes.
      expect(crossings.length, 'ways that cross another region').to.be.greaterThan(3);
      const c = crossings[0];
      await mouseTo(el, [0, 0]);
      await mouseTo(el, c.start);
      await mouseTo(el, c.at);
      expect(tipName(el), `on the way from ${c.from}, over ${c.over}`).to.equal(items.find((i) => i.key === c.from)!.label);
      await new Promise((r) => setTimeout(r, TIP_GRACE + 200));
      await el.updateComplete;
      expect(tipName(el), `resting over ${c.over}`).to.equal(items.find((i) => i.key === c.over)!.label);
      // Moving on over it does not hold the other tooltip longer: the grace counts from leaving the item.
      await mouseTo(el, [0, 0]);
      await mouseTo(el, c.start);
      await mouseTo(el, c.at);
      const [x, y] = c.at;
      for (let t = 0; t < TIP_GRACE + 300; t += 100) {
        await mouseTo(el, [x + (t % 200 ? 1 : 0), y]);
        await new Promise((r) => setTimeout(r, 100));
      }
      await el.updateComplete;
      expect(tipName(el), `moving a pixel at a time over ${c.over} for longer than the grace`).to.equal(items.find((i) => i.key === c.over)!.label);
      // Off the way to the tooltip, the tooltip follows the pointer at once: Tacna, then Tumbes at the other end.
      await mouseTo(el, [0, 0]);
      await mouseTo(el, points.get('PE-TAC')!);
      expect(tipName(el)).to.equal('Tacna');
      await mouseTo(el, points.get('PE-TUM')!);
      expect(tipName(el)).to.equal('Tumbes');
    } finally {
      await resetMouse();
    }
  });

  it('lets clicks through a focus tooltip to the regions under it; only a mouse\'s tooltip takes the pointer', async () => {
    const el = await map('lang="en"', 'width: 360px');
    try {
      option(el, 'PE-AMA').focus();
      await el.updateComplete;
      expect(tipName(el)).to.equal('Amazonas');
      const tip = $(el, '[part="tooltip"]')!;
      expect(getComputedStyle(tip).pointerEvents).to.equal('none');
      // A point under the tooltip where another region lies: clicking there selects that region.
      const r = tip.getBoundingClientRect();
      let under: { key: string; at: [number, number] } | undefined;
      for (let i = 1; i < 8 && !under; i++) {
        for (let j = 1; j < 4 && !under; j++) {
          const at: [number, number] = [Math.round(r.left + (r.width * i) / 8), Math.round(r.top + (r.height * j) / 4)];
          const key = el.shadowRoot!.elementsFromPoint(...at).find((e) => e.closest('[data-k]'))?.closest('[data-k]')?.getAttribute('data-k');
          if (key && key !== 'PE-AMA') under = { key, at };
        }
      }
      expect(under, 'a region under the focus tooltip').to.not.equal(undefined);
      const picked = oneEvent(el, 'pe-select');
      await sendMouse({ type: 'click', position: under!.at });
      expect(((await picked) as CustomEvent<PeSelectDetail>).detail.id).to.equal(under!.key);
      // A mouse's tooltip can be hovered.
      await mouseTo(el, [0, 0]);
      await mouseTo(el, pointIn(el, 'PE-CUS'));
      expect(tipName(el)).to.equal('Cusco');
      expect(getComputedStyle($(el, '[part="tooltip"]')!).pointerEvents).to.equal('auto');
    } finally {
      await resetMouse();
    }
  });

  it('forgets the pointer while it shows no map (an error), so the tooltip does not come back with the map', async () => {
    const el = await map('lang="en"', 'width: 360px');
    const watch = watchDocumentKeydown();
    try {
      await mouseTo(el, [0, 0]);
      await mouseTo(el, pointIn(el, 'PE-CUS'));
      expect(tipName(el)).to.equal('Cusco');
      expect(watch.held()).to.equal(1);
      el.data = { nope: 1 } as never;
      await el.updateComplete;
      expect($(el, '[role="alert"]') === null, 'an error shown').to.equal(false);
      expect(watch.held(), 'no document listener while the map is not shown').to.equal(0);
      await mouseTo(el, [0, 0]);
      el.data = undefined;
      await el.updateComplete;
      expect($(el, '.map') === null, 'the map is back').to.equal(false);
      expect(tipName(el), 'no tooltip: no pointer is over the map').to.equal(null);
      expect(watch.held()).to.equal(0);
    } finally {
      watch.stop();
      await resetMouse();
    }
  });

  it('tells the way from a point to a tooltip (convex hull of the point and the box)', () => {
    // A pointer that left an item at (0, 0), a tooltip from (100, 40) to (160, 80).
    const way = [[0, 0], [100, 40], [160, 40], [100, 80], [160, 80]] as [number, number][];
    for (const p of [[50, 30], [100, 60], [0, 0], [130, 60], [80, 32]] as [number, number][]) expect(inHull(way, p), `${p}`).to.equal(true);
    for (const p of [[50, 50], [50, 10], [170, 60], [-1, 0], [130, 90]] as [number, number][]) expect(inHull(way, p), `${p}`).to.equal(false);
    expect(inHull([[0, 0], [10, 10]], [5, 5]), 'no area').to.equal(false);
  });

  it('places the tooltip off the focused item\'s anchor point and, where there is room, off its focus ring, inside the map', async () => {
    const items = (buildView(dataset, { locale: 'es', layers: 'values hubs' }) as MapView).items;
    for (const w of [280, 320, 700]) {
      const el = await keyboardMap('lang="es" layers="values hubs"', `width: ${w}px`);
      const svg = $<SVGSVGElement>(el, 'svg.m')!;
      for (const it of items) {
        option(el, it.key).focus();
        await el.updateComplete;
        const at = `${it.key} at ${w}px`;
        const tip = $<HTMLElement>(el, '[part="tooltip"]')!.getBoundingClientRect();
        const box = $(el, '.map')!.getBoundingClientRect();
        // The item's tip point on screen.
        const p = new DOMPoint(...it.tip).matrixTransform(svg.getScreenCTM()!);
        expect(p.x >= tip.left && p.x <= tip.right && p.y >= tip.top && p.y <= tip.bottom, `${at}: tooltip over the anchor`).to.equal(false);
        expect(tip.left >= box.left - 0.5 && tip.right <= box.right + 0.5 && tip.top >= box.top - 0.5 && tip.bottom <= box.bottom + 0.5, `${at}: inside the map`).to.equal(true);
        // The focus ring drawn around the anchor (for Lima Metropolitana and Callao, the one in the inset).
        const ring = $$(el, '.fr')
          .map((r) => r.getBoundingClientRect())
          .find((r) => r.width && p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 1 && p.y <= r.bottom + 1);
        expect(ring, `${at}: focus ring shown`).to.exist;
        // Room beside the ring for the tooltip (plus the ring's halo and a gap)?
        const room = ring!.top - box.top >= tip.height + 12 || box.bottom - ring!.bottom >= tip.height + 12
          || ring!.left - box.left >= tip.width + 12 || box.right - ring!.right >= tip.width + 12;
        const over = tip.left < ring!.right && ring!.left < tip.right && tip.top < ring!.bottom && ring!.top < tip.bottom;
        if (room) expect(over, `${at}: tooltip over the focus ring`).to.equal(false);
      }
      await press(el, 'Escape');
      expect($(el, '[part="tooltip"]') === null, `Escape at ${w}px`).to.equal(true);
    }
  });
});

describe('pe-hub-map: table and downloads', () => {
  it('toggles an accessible table of regions with values and roles', async () => {
    const el = await map('lang="en"');
    button(el, catalogs.en.showTable).click();
    await el.updateComplete;
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(norm(table.caption!.textContent)).to.equal(messages.en.heading);
    const rows = [...table.tBodies[0].rows];
    expect(rows.length).to.equal(26);
    expect(rows.every((r) => r.cells[0].tagName === 'TH' && r.cells[0].getAttribute('scope') === 'row')).to.equal(true);
    const lor = rows.find((r) => norm(r.cells[0].textContent) === 'Loreto')!;
    expect(norm(lor.cells[1].textContent)).to.equal('211');
    expect(norm(lor.cells[2].textContent)).to.contain('hub: Iquitos');
    expect(norm(table.tHead!.textContent)).to.contain('Complaints, Jan 2007–Apr 2014');
    expect($<HTMLElement>(el, '.map')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, messages.en.showMap).click();
    await el.updateComplete;
    expect($(el, 'table') === null, `$(el, 'table') is absent`).to.equal(true);
    expect($<HTMLElement>(el, '.map')!.hidden).to.equal(false);
  });

  it('marks the selected region\'s row as current in the table, not by style alone', async () => {
    const el = await map('lang="en" region="PE-LOR"');
    button(el, 'Show as table').click();
    await el.updateComplete;
    const rows = () => [...$<HTMLTableElement>(el, 'table')!.tBodies[0].rows];
    const current = () => rows().filter((r) => r.hasAttribute('aria-current')).map((r) => [norm(r.cells[0].textContent), r.getAttribute('aria-current')]);
    expect(current()).to.deep.equal([['Loreto', 'true']]);
    el.setAttribute('region', 'PE-CUS');
    await el.updateComplete;
    expect(current()).to.deep.equal([['Cusco', 'true']]);
    await expect(el).to.be.accessible();
    // Nothing selected, nothing current.
    const none = await map('lang="es"');
    button(none, 'Ver como tabla').click();
    await none.updateComplete;
    expect($$(none, 'tr[aria-current]').length).to.equal(0);
  });

  it('says what the parts of a grouped figure are in its table cell (en, es)', async () => {
    const el = await map('lang="en"');
    button(el, 'Show as table').click();
    await el.updateComplete;
    const cell = (name: string) => norm([...$<HTMLTableElement>(el, 'table')!.tBodies[0].rows].find((r) => norm(r.cells[0].textContent) === name)!.cells[1].textContent);
    expect(cell('Áncash')).to.equal('29 (by prosecutorial district: Áncash 26, Santa 3)');
    expect(cell('Metropolitan Lima')).to.equal('428 (by prosecutorial district: Lima 301, Lima Norte 48, Lima Sur 48, Lima Este 31)');
    expect(cell('Loreto')).to.equal('211');
    el.lang = 'es';
    await el.updateComplete;
    expect(cell('Áncash')).to.equal('29 (por distrito fiscal: Áncash 26, Santa 3)');
    expect(cell('Piura')).to.equal('150 (por distrito fiscal: Piura 96, Sullana 54)');
    await expect(el).to.be.accessible();
  });

  it('fits the table view in 280 and 320 px, wrapping between words, without scrolling the page (es)', async () => {
    const margin = document.body.style.margin;
    document.body.style.margin = '0';
    try {
      for (const w of [280, 320]) {
        await setViewport({ width: w, height: 800 });
        const el = await map('lang="es"');
        button(el, catalogs.es.showTable).click();
        await el.updateComplete;
        await frames();
        const frame = $<HTMLElement>(el, '.frame')!;
        expect(el.getBoundingClientRect().width, `${w}px`).to.equal(w);
        expect(el.scrollWidth, `widget at ${w}px`).to.be.at.most(el.clientWidth);
        expect(frame.scrollWidth, `frame at ${w}px`).to.be.at.most(frame.clientWidth);
        expect(document.documentElement.scrollWidth, `page at ${w}px`).to.be.at.most(window.innerWidth);
        // It fits: no cell runs past the body, and its box has nothing to scroll.
        const body = $(el, '[part="body"]')!.getBoundingClientRect();
        for (const c of $$<HTMLElement>(el, 'th, td')) expect(c.getBoundingClientRect().right, `${norm(c.textContent)} at ${w}px`).to.be.at.most(body.right + 0.5);
        const scroller = $<HTMLElement>(el, '[role="region"]')!;
        expect(scroller.scrollWidth, `table box at ${w}px`).to.be.at.most(scroller.clientWidth);
        expect(splitWords($(el, 'table')!), `words split at ${w}px`).to.deep.equal([]);
        // Every row is still there with its facts.
        const cus = [...$<HTMLTableElement>(el, 'table')!.tBodies[0].rows].find((r) => norm(r.cells[0].textContent) === 'Cusco')!;
        expect(norm(cus.cells[2].textContent)).to.contain(messages.es.covered('Tacna', true));
        expect(norm(cus.cells[2].textContent)).to.contain('presumiblemente a cargo de la sede de Tacna');
        await expect(el).to.be.accessible();
      }
    } finally {
      document.body.style.margin = margin;
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('scrolls a table too wide for the widget in its own labelled, focusable box, never the page', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width: 200px"><pe-hub-map lang="en"></pe-hub-map></div>');
    const el = wrap.querySelector('pe-hub-map')!;
    await el.updateComplete;
    const toggle = button(el, catalogs.en.showTable);
    toggle.click();
    toggle.focus();
    await el.updateComplete;
    await frames();
    const scroller = $<HTMLElement>(el, '[role="region"]')!;
    expect(scroller.getAttribute('aria-label')).to.equal(messages.en.table);
    expect(scroller.contains($(el, 'table'))).to.equal(true);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(splitWords($(el, 'table')!)).to.deep.equal([]);
    // Reached with the keyboard (back from the toggle) and scrolled with the arrow keys.
    await sendKeys({ down: 'Shift' });
    await press(el, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect((active(el) as Element | null) === scroller, `focus on scroller, not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await press(el, 'ArrowRight');
    await waitUntil(() => scroller.scrollLeft > 0, 'the table box did not scroll');
    await expect(el).to.be.accessible();
  });

  it('downloads the regions as CSV with values, parts, roles and sources', async () => {
    const el = await map('lang="en"');
    const file = await captureDownload(() => button(el, catalogs.en.downloadCsv).click());
    expect(file.name).to.equal('pe-hub-map.csv');
    const rows = readCsv(file.text);
    expect(rows[0]).to.deep.equal(['code', 'region', 'value', 'unit', 'period', 'grouped_from', 'hubs_and_drivers', 'source']);
    expect(rows.length).to.equal(27);
    const row = (c: string) => rows.find((r) => r[0] === c)!;
    const v = values.find((x) => x.region === 'PE-LOR')!;
    expect(row('PE-LOR').slice(0, 5)).to.deep.equal(['PE-LOR', 'Loreto', String(v.value), 'complaints', '2007-01/2014-04']);
    expect(row('PE-LOR')[6]).to.contain('hub: Iquitos');
    expect(row('PE-LOR')[7]).to.contain('Public Ministry of Peru');
    expect(row('PE-LMA')[5]).to.equal('Lima 301, Lima Norte 48, Lima Sur 48, Lima Este 31');
    expect(rows.slice(1).reduce((s, r) => s + Number(r[2]), 0)).to.equal(dataset.figures!.find((f) => f.id === 'complaints-2007-2014')!.value);
  });

  it('downloads the map as a standalone SVG with its legend, sources and notes', async () => {
    const el = await map('lang="en" layers="hubs incidence coverage values"');
    const file = await captureDownload(() => button(el, messages.en.svg).click());
    expect(file.name).to.equal('pe-hub-map.svg');
    expect(file.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(file.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror') === null, `doc.querySelector('parsererror') is absent`).to.equal(true);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')!.split(' ').map(Number)[3]).to.be.greaterThan(peruGeo.viewBox[3]);
    const ds = new Set([...root.querySelectorAll('path')].map((p) => p.getAttribute('d')));
    for (const c of REGION_CODES) expect(ds.has(peruGeo.regions[c].d), c).to.equal(true);
    const texts = [...root.querySelectorAll('text')].map((x) => x.textContent).join(' ');
    // Several sources: "Sources:", as the widget's own source line says.
    expect(texts).to.contain('Sources: ').and.not.contain('Source: ');
    for (const s of ['Public Ministry of Peru', 'InSight Crime', 'Diálogo']) expect(texts).to.contain(s);
    expect(texts).to.contain('Prosecutorial districts grouped by region');
    expect(texts).to.contain(t(hubs.find((h) => h.id === 'tacna')!.note, 'en').slice(0, 40));
    expect(file.text).to.not.contain('var(');
    expect(file.text).to.not.match(/\s(tabindex|style|role|class)=|<!--/);
    expect(root.querySelector('title')!.textContent).to.equal(messages.en.valuesHeading('complaints', 'Jan 2007–Apr 2014'));
    expect(root.querySelector('title')!.textContent).to.equal('Human trafficking: complaints by region, Jan 2007–Apr 2014');
    expect(norm($(el, '.heading')!.textContent)).to.equal('Human trafficking: complaints by region, Jan 2007–Apr 2014');
    // Colours are resolved: a choropleth region has a real fill.
    const lor = [...root.querySelectorAll('path')].find((p) => p.getAttribute('d') === peruGeo.regions['PE-LOR'].d)!;
    expect(lor.getAttribute('fill')).to.match(/^rgb/);
  });
  it('labels the downloaded SVG\'s sources as the widget\'s source line does: one "Fuente", several "Sources"', async () => {
    for (const [attrs, label] of [
      ['lang="es" layers="values"', 'Fuente:'],
      ['lang="en" layers="hubs incidence"', 'Sources:'],
    ]) {
      const el = await map(attrs);
      expect(norm($(el, '[part="source"]')!.textContent), attrs).to.match(new RegExp(`^${label}`));
      const file = await captureDownload(() => button(el, messages[el.lang as 'en' | 'es'].svg).click());
      const doc = new DOMParser().parseFromString(file.text, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((x) => x.textContent);
      expect(texts.filter((x) => /^(Source|Sources|Fuente|Fuentes):/.test(x!)), attrs).to.have.length(1);
      expect(texts.find((x) => x!.startsWith(label)), attrs).to.not.equal(undefined);
    }
  });
});

describe('pe-hub-map: responsive, themes and accessibility', () => {
  it('keeps the map\'s aspect ratio from 280 px to 1200 px', async () => {
    for (const w of [280, 420, 700, 1200]) {
      const el = await map('', `width: ${w}px`);
      const r = $(el, '.map')!.getBoundingClientRect();
      expect(Math.abs(r.height - (r.width * 744) / 520), `${w}px`).to.be.lessThan(1);
      expect(r.width).to.be.greaterThan(w * 0.5);
    }
  });

  it('never lets labels collide, hiding them at small sizes', async () => {
    for (const w of [280, 320, 480, 700, 1000]) {
      const el = await map('layers="hubs incidence coverage partners"', `width: ${w}px`);
      await frames();
      const shown = $$<SVGTextElement>(el, '.lb').filter((x) => getComputedStyle(x).display !== 'none');
      expect(shown.length, `${w}px`).to.be.greaterThan(4);
      const boxes = shown.map((x) => x.getBoundingClientRect());
      const svgBox = $(el, 'svg.m')!.getBoundingClientRect();
      boxes.forEach((a, i) => {
        expect(a.left >= svgBox.left - 1 && a.right <= svgBox.right + 1, `${shown[i].textContent} inside at ${w}px`).to.equal(true);
        boxes.slice(i + 1).forEach((b, j) => {
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `${shown[i].textContent} / ${shown[i + 1 + j].textContent} at ${w}px`).to.equal(false);
        });
      });
      // Every hub keeps its name.
      for (const h of hubs) expect(shown.map((x) => x.textContent), `${t(h.city, 'en')} at ${w}px`).to.include(t(h.city, 'en'));
    }
  });

  it('shows a loading placeholder of about the final size', async () => {
    const el = await map('src="/test-api/fixture?file=small.json&delay=400"', 'width: 360px');
    const placeholder = $(el, '[role="status"]')!.getBoundingClientRect();
    expect(placeholder.height).to.be.greaterThan((placeholder.width * 744) / 520);
    await waitUntil(() => $(el, '.map'), 'map did not load', { timeout: 5000 });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'es'] as const) {
      it(`passes axe (${theme}, ${lang}) and reads its colours from the tokens`, async () => {
        const el = await map(`theme="${theme}" lang="${lang}" region="PE-LOR"`);
        await expect(el).to.be.accessible();
        const label = getComputedStyle($(el, '.lb')!).fill;
        const text = getComputedStyle($(el, '.frame')!).color;
        expect(label).to.equal(text);
        option(el, 'PE-CUS').focus();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`draws a two-tone focus ring, a background halo under the accent line, that shows on every fill (${theme})`, async () => {
      const el = await keyboardMap(`theme="${theme}" lang="es" layers="values"`);
      // The audit's regions, in the darkest class: the accent alone is about 1.5:1 on them.
      for (const code of ['PE-LOR', 'PE-CUS', 'PE-PIU', 'PE-MDD']) {
        option(el, code).focus();
        await el.updateComplete;
        const d = peruGeo.regions[code as 'PE-LOR'].d;
        const halo = $$(el, '.ov > .fh').find((x) => x.getAttribute('d') === d)!;
        const line = $$(el, '.ov > .fr').find((x) => x.getAttribute('d') === d)!;
        expect(halo, `${code} halo`).to.exist;
        expect(line, `${code} accent line`).to.exist;
        // The halo is drawn first, under the accent line, and both are shown.
        expect(halo.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        const [h, l] = [getComputedStyle(halo), getComputedStyle(line)];
        expect(h.display).to.not.equal('none');
        expect(l.display).to.not.equal('none');
        expect(h.fill).to.equal('none');
        expect(l.fill).to.equal('none');
        // Colours: the widget's background and its accent token.
        expect(rgb(h.stroke)).to.deep.equal(rgb(getComputedStyle($(el, '.frame')!).backgroundColor));
        expect(rgb(l.stroke)).to.deep.equal(rgb(getComputedStyle(el).getPropertyValue('--_color-accent')));
        // Widths in screen pixels at any map size: at least 2 px of halo on each side of a 3 px line.
        expect(h.vectorEffect).to.equal('non-scaling-stroke');
        expect(l.vectorEffect).to.equal('non-scaling-stroke');
        expect(parseFloat(l.strokeWidth)).to.be.at.least(3);
        expect(parseFloat(h.strokeWidth)).to.be.at.least(parseFloat(l.strokeWidth) + 4);
        // 3:1: the accent line against the halo around it, whatever the fill; the halo against this fill.
        expect(contrast(l.stroke, h.stroke)).to.be.at.least(3);
        const fill = getComputedStyle(shape(el, code)).fill;
        expect(contrast(h.stroke, fill), `${code} (${fill})`).to.be.at.least(3);
      }
    });
  }

  it('passes axe with the choropleth and partners (dark, es)', async () => {
    const el = await map('theme="dark" lang="es" layers="values partners hubs"');
    await expect(el).to.be.accessible();
  });
});

