import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { PeVictimBreakdown } from '../src/components/victim-breakdown/victim-breakdown.js';
import {
  breakdownRows,
  breakdownView,
  csvRows,
  htcdsLabel,
  REST_ID,
  waffleCells,
} from '../src/components/victim-breakdown/model.js';
import type { PeErrorDetail, PeSelectDetail } from '../src/core/events.js';
import { dataset } from '../src/data/index.js';
import { t } from '../src/data/text.js';
import type { Breakdown, Dataset, Locale } from '../src/data/types.js';
import { catalogs } from '../src/i18n/catalog.js';
import { formatShare } from '../src/i18n/format.js';

PeVictimBreakdown.define();

const LOCALES: Locale[] = ['en', 'es'];
const breakdowns = dataset.breakdowns!;
const byId = (id: string) => breakdowns.find((b) => b.id === id)!;
const firstOf = (dimension: string) => breakdowns.find((b) => b.dimension === dimension)!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, sel = '.frame') => norm(root(el).querySelector(sel)?.textContent);
/** Rendered text only (leaves out the hidden descriptions). */
const seen = (el: Element, sel: string) => norm(root(el).querySelector<HTMLElement>(sel)?.innerText);
const items = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('.chart button[data-i]')];
const alertText = (el: Element) => norm(root(el).querySelector('[role="alert"]')?.textContent);
/**
 * What a screen reader gets as an element's name from its content, computed as Chromium does: aria-label
 * if given, else its text without aria-hidden or undisplayed parts, with a space around every box that is
 * not plain inline (grid and flex items, inline-blocks, absolutely positioned "visually hidden" spans). So
 * "Female" + ":" inside the name's own text + "85%" reads "Female: 85%", and a separate ": " box would read
 * "Female : 85%" (checked against Chromium's accessibility tree when this helper was written).
 */
function accName(node: Element): string {
  const walk = (n: Node, top = false): string => {
    if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
    if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
    const display = getComputedStyle(n).display;
    if (display === 'none') return '';
    const own = n.getAttribute('aria-label') ?? [...n.childNodes].map((c) => walk(c)).join('');
    return top || display === 'inline' || display === 'contents' ? own : ` ${own} `;
  };
  return norm(walk(node, true));
}
/** An element's accessible description: the text of the elements its aria-describedby names (hidden ones too). */
const described = (el: Element, b: Element) =>
  norm((b.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => root(el).getElementById(id)?.textContent ?? '').join(' '));
/** Text drawn on screen: leaves out zero-size text (words only for names and copied text, like the ":" after a name). */
const onScreen = (e: Element | null): string =>
  norm(
    [...(e?.childNodes ?? [])]
      .map((n) => (n instanceof Element ? (getComputedStyle(n).fontSize === '0px' ? '' : onScreen(n)) : n.nodeType === Node.TEXT_NODE ? n.textContent : ''))
      .join(''),
  );
/** What is left of the base after the categories given, as the widget must show it. */
const restShare = (b: Breakdown) => 1 - b.categories.reduce((s, c) => s + (c.share ?? 0), 0);

async function make(attrs: Record<string, string>, data?: unknown): Promise<PeVictimBreakdown> {
  const el = document.createElement('pe-victim-breakdown');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
afterEach(() => document.querySelectorAll('pe-victim-breakdown').forEach((e) => e.remove()));

const ngoSource = { id: 'ngo', publisher: 'Una ONG', title: 'Informe anual', url: 'https://example.org/informe', date: '2023' };
const ngoCounts = (total?: number): Dataset => ({
  sources: [ngoSource],
  breakdowns: [
    {
      id: 'sex-2023',
      dimension: 'sex',
      kind: 'count',
      total,
      base: { es: 'de las víctimas atendidas en 2023', en: 'of victims assisted in 2023' },
      categories: [
        { id: 'Feminine', count: 250 },
        { id: 'Masculine', count: 55 },
      ],
      sourceIds: ['ngo'],
    },
  ],
});

describe('victim-breakdown model', () => {
  it('keeps the unknown remainder as "not specified", computed from the data', () => {
    for (const id of ['sex-articles', 'age-articles', 'age-mp', 'exploitation-elcomercio']) {
      const b = byId(id);
      const v = breakdownView(dataset, b, 'en');
      const rest = v.rows.find((r) => r.rest)!;
      expect(rest, id).to.exist;
      expect(rest.id).to.equal(REST_ID);
      expect(rest.label).to.equal('Not specified');
      expect(rest.share).to.be.closeTo(restShare(b), 1e-9);
      expect(rest.value).to.equal(formatShare(restShare(b), 'en'));
      // The known part is never stretched: each category keeps its own share.
      b.categories.forEach((c, i) => expect(v.rows[i].share).to.equal(c.share));
    }
    // A complete breakdown (79.6 + 16.1 + 4.3) gets no remainder row.
    expect(breakdownRows(dataset, 'sex', 'en', 'sex-mp').some((r) => r.rest)).to.equal(false);
  });

  it('keeps "slightly more than half" in words, its remainder too, and exports no number for them', () => {
    const rows = breakdownRows(dataset, 'recruitment', 'en');
    expect(rows.map((r) => r.value)).to.deep.equal(['slightly more than half', 'slightly less than half']);
    expect(rows[0].lower).to.equal(true);
    const es = breakdownRows(dataset, 'recruitment', 'es');
    expect(es.map((r) => r.value)).to.deep.equal([catalogs.es.qualifier['slightly-more-than-half'], 'algo menos de la mitad']);
    const csv = csvRows([breakdownView(dataset, byId('recruitment-articles'), 'en')], 'en');
    const share = csv[0].indexOf('share');
    expect(csv.slice(1).map((r) => r[share])).to.deep.equal([undefined, undefined]);
    expect(csv[1][csv[0].indexOf('qualifier')]).to.equal('slightly-more-than-half');
  });

  it('gives a qualitative breakdown no quantities', () => {
    const v = breakdownView(dataset, byId('exploitation-forms'), 'en');
    expect(v.rows.length).to.equal(byId('exploitation-forms').categories.length);
    for (const r of v.rows) {
      expect(r.share).to.equal(undefined);
      expect(r.value).to.equal('');
      expect(r.label).not.to.match(/\d|%/);
    }
  });

  it('labels HTCDS names in both languages', () => {
    expect(htcdsLabel('Feminine', 'en')).to.equal('Female');
    expect(htcdsLabel('Feminine', 'es')).to.equal('Mujeres');
    expect(htcdsLabel('ForcedBegging', 'en')).to.equal('Forced begging');
    expect(htcdsLabel('ForcedBegging', 'es')).to.equal('Mendicidad forzada');
    expect(htcdsLabel('FalsePromises', 'es')).to.equal('Falsas promesas');
    expect(htcdsLabel('NonSpecifiedUnknown', 'en')).to.equal('Not specified or unknown');
    expect(htcdsLabel('not-a-name', 'en')).to.equal(undefined);
    expect(htcdsLabel('toString', 'en')).to.equal(undefined);
  });

  it('fills 100 waffle squares by largest remainder', () => {
    const rows = breakdownRows(dataset, 'sex', 'en', 'sex-mp');
    const cells = waffleCells(rows);
    expect(cells.length).to.equal(100);
    const per = rows.map((_, i) => cells.filter((c) => c === i).length);
    expect(per.reduce((a, b) => a + b, 0)).to.equal(100);
    rows.forEach((r, i) => expect(Math.abs(per[i] - r.share! * 100)).to.be.lessThan(1));
    const age = breakdownRows(dataset, 'age', 'en', 'age-mp');
    expect(waffleCells(age).filter((c) => c === age.length - 1).length).to.equal(Math.round(restShare(byId('age-mp')) * 100));
  });
});

/** The forms' accessible names: the standard type tag is read once, as part of the name. */
const NAMED: Record<Locale, string[]> = {
  en: [
    'Sexual exploitation',
    'Forced labour in gold mining (type: Forced labour)',
    'Forced labour in logging (type: Forced labour)',
    'Forced labour in domestic service (type: Forced labour)',
    'Forced labour in agriculture (type: Forced labour)',
    'Forced labour in brick-making (type: Forced labour)',
    'Forced child labour: begging (type: Forced begging)',
    'Forced child labour: street vending (type: Child labour)',
    'Forced child labour: cocaine production and transport (type: Child labour)',
  ],
  es: [
    'Explotación sexual',
    'Trabajo forzoso en la minería de oro (tipo: Trabajo forzoso)',
    'Trabajo forzoso en la tala (tipo: Trabajo forzoso)',
    'Trabajo forzoso en el servicio doméstico (tipo: Trabajo forzoso)',
    'Trabajo forzoso en la agricultura (tipo: Trabajo forzoso)',
    'Trabajo forzoso en la fabricación de ladrillos (tipo: Trabajo forzoso)',
    'Trabajo infantil forzoso: mendicidad (tipo: Mendicidad forzada)',
    'Trabajo infantil forzoso: comercio ambulatorio (tipo: Trabajo infantil)',
    'Trabajo infantil forzoso: producción y transporte de cocaína (tipo: Trabajo infantil)',
  ],
};

describe('victim-breakdown: dimensions, variants and languages', () => {
  /**
   * Each category of a dimension's first breakdown as a screen reader names it (also its text, as copied):
   * name and value apart ("Female: 85%"; on screen they are columns). Qualitative: the names shown.
   */
  const SHOWN: Record<string, Record<Locale, string[]>> = {
    sex: { en: ['Female: 85%', 'Not specified: 15%'], es: ['Mujeres: 85%', 'No especificado: 15%'] },
    age: { en: ['13–17 years: 55%', 'Not specified: 45%'], es: ['13–17 años: 55%', 'No especificado: 45%'] },
    recruitment: {
      en: ['False offers of legitimate jobs: slightly more than half', 'Not specified: slightly less than half'],
      es: ['Falsas ofertas de empleo legítimo: algo más de la mitad', 'No especificado: algo menos de la mitad'],
    },
    exploitation: {
      en: [
        'Sexual exploitation',
        'Forced labour in gold mining',
        'Forced labour in logging',
        'Forced labour in domestic service',
        'Forced labour in agriculture',
        'Forced labour in brick-making',
        'Forced child labour: begging',
        'Forced child labour: street vending',
        'Forced child labour: cocaine production and transport',
      ],
      es: [
        'Explotación sexual',
        'Trabajo forzoso en la minería de oro',
        'Trabajo forzoso en la tala',
        'Trabajo forzoso en el servicio doméstico',
        'Trabajo forzoso en la agricultura',
        'Trabajo forzoso en la fabricación de ladrillos',
        'Trabajo infantil forzoso: mendicidad',
        'Trabajo infantil forzoso: comercio ambulatorio',
        'Trabajo infantil forzoso: producción y transporte de cocaína',
      ],
    },
  };
  /** How many sources each dimension's first breakdown cites. */
  const SOURCE_COUNT: Record<string, number> = { sex: 1, age: 1, recruitment: 1, exploitation: 2 };
  /** The waffle's headline, above its key: the first category's squares in words. */
  const LEAD: Record<string, Record<Locale, string>> = {
    sex: { en: '85 of every 100: Female', es: '85 de cada 100: Mujeres' },
    age: { en: '55 of every 100: 13–17 years', es: '55 de cada 100: 13–17 años' },
    recruitment: { en: 'slightly more than half: False offers of legitimate jobs', es: 'algo más de la mitad: Falsas ofertas de empleo legítimo' },
  };

  for (const dimension of ['sex', 'age', 'recruitment', 'exploitation']) {
    for (const variant of ['bars', 'waffle']) {
      for (const lang of LOCALES) {
        it(`shows ${dimension} as ${variant} in ${lang}: title, base, every category and the source`, async () => {
          const b = firstOf(dimension);
          const el = await make({ dimension, variant, lang });
          const m = catalogs[lang];
          expect(text(el, '.heading')).to.equal(t(b.title, lang));
          expect(text(el, '.base').toLowerCase()).to.contain(t(b.base, lang).toLowerCase());
          const shown = items(el).map(accName);
          const rows = breakdownRows(dataset, dimension, lang);
          expect(shown.length).to.equal(rows.length);
          rows.forEach((r, i) => {
            expect(shown[i]).to.contain(r.label);
            expect(shown[i]).to.contain(r.value);
          });
          // The same rows as literal text: a qualitative list shows names only (its HTCDS tag aside).
          const names = items(el).map((i) => onScreen(i.querySelector('.label')));
          const values = items(el).map((i) => norm(i.querySelector('.value')?.textContent));
          // Copied text reads like the names ("Female: 85%"), not run together.
          expect(items(el).map((i) => norm(i.textContent)), 'copied text').to.deep.equal(shown);
          if (b.kind === 'qualitative') {
            expect(names, 'names shown').to.deep.equal(SHOWN[dimension][lang]);
            expect(shown, 'names read').to.deep.equal(NAMED[lang]);
            expect(values.filter(Boolean), 'values shown').to.deep.equal([]);
          } else {
            expect(shown, 'categories named').to.deep.equal(SHOWN[dimension][lang]);
            // On screen, name and value are two columns: no colon drawn.
            expect(names, 'names shown').to.deep.equal(SHOWN[dimension][lang].map((x) => x.split(': ')[0]));
            values.forEach((v, i) => expect(v, `value of ${names[i]}`).not.to.equal(''));
          }
          expect(b.sourceIds.length, 'sources cited').to.equal(SOURCE_COUNT[dimension]);
          for (const id of b.sourceIds) {
            const s = dataset.sources!.find((x) => x.id === id)!;
            expect(text(el, '.frame > .source')).to.contain(t(s.publisher, lang));
          }
          expect(text(el, '.frame > .source')).to.match(new RegExp(`^${m.sources}?:`));
          const waffle = root(el).querySelector('.waffle');
          if (b.kind === 'qualitative') {
            // A qualitative breakdown is a labelled grid, whatever the variant: no number drawn.
            expect(root(el).querySelector('.forms')).to.exist;
            expect(waffle === null, 'no waffle').to.equal(true);
            // The standard-category tag is drawn under the name, and read once, in the name: "… mining (type: Forced labour)".
            const tagged = [...root(el).querySelectorAll('.forms .item')].filter((i) => i.querySelector('.tag'));
            expect(tagged.length, 'categories with a standard tag').to.equal(8);
            for (const i of tagged) {
              expect(i.querySelector('.tag')!.closest('[aria-hidden]'), 'tag not hidden').to.equal(null);
              expect(accName(i)).to.equal(`${onScreen(i.querySelector('.label'))} (${lang === 'en' ? 'type' : 'tipo'}: ${onScreen(i.querySelector('.tag'))})`);
            }
            expect(seen(el, '.chart')).not.to.match(/\d|%/);
          } else if (variant === 'waffle') {
            expect(waffle!.querySelectorAll('.cell').length).to.equal(100);
            // The squares are for the eye; a screen reader gets the headline once, then each category once (the key's buttons).
            expect(waffle!.getAttribute('aria-hidden')).to.equal('true');
            expect(text(el, '.lead')).to.equal(LEAD[dimension][lang]);
            expect(accName(root(el).querySelector('.chart')!)).to.equal([LEAD[dimension][lang], ...SHOWN[dimension][lang]].join(' '));
          } else {
            expect(root(el).querySelectorAll('.bar').length).to.equal(rows.length);
          }
        });
      }
    }
  }

  it('says "85 of every 100" in the waffle, from the data', async () => {
    const share = firstOf('sex').categories[0].share!;
    const el = await make({ dimension: 'sex', variant: 'waffle', lang: 'en' });
    expect(text(el, '.lead')).to.equal('85 of every 100: Female');
    const cells = [...root(el).querySelectorAll('.waffle .cell')];
    expect(cells.filter((c) => c.classList.contains('k0')).length).to.equal(Math.round(share * 100));
    expect(cells.filter((c) => c.classList.contains('rest')).length).to.equal(100 - Math.round(share * 100));
    const es = await make({ dimension: 'sex', variant: 'waffle', lang: 'es' });
    expect(text(es, '.lead')).to.equal('85 de cada 100: Mujeres');
  });

  it('says "about 80 of every 100" for a share that is not a whole square (79.6%), in both languages', async () => {
    const el = await make({ breakdown: 'sex-mp', variant: 'waffle', lang: 'en' });
    expect(text(el, '.lead')).to.equal('about 80 of every 100: Female');
    const es = await make({ breakdown: 'sex-mp', variant: 'waffle', lang: 'es' });
    expect(text(es, '.lead')).to.equal('alrededor de 80 de cada 100: Mujeres');
  });

  it('marks a lower bound in both views and never turns it into a percentage', async () => {
    for (const variant of ['bars', 'waffle']) {
      const el = await make({ dimension: 'recruitment', variant, lang: 'en' });
      const chart = seen(el, '.chart');
      expect(chart).to.contain('slightly more than half');
      expect(chart).not.to.match(/\d+ ?%/);
      expect(root(el).querySelector(variant === 'bars' ? '.bar.lower' : '.cell.more'), variant).to.exist;
      expect(text(el, '.notes')).to.contain('lower bound');
    }
    const bars = await make({ dimension: 'recruitment' });
    // The bar stops at the half mark, with the mark drawn.
    const bar = root(bars).querySelector<HTMLElement>('.bar.lower')!;
    const track = bar.parentElement!;
    expect(bar.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.5, 0.01);
    expect(root(bars).querySelector('.half')).to.exist;
  });

  it('names in its note the lower-bound marker each variant draws, in both languages', async () => {
    const said = {
      en: { bars: /stripes past the end of a bar mark a lower bound/i, waffle: /a striped square after a category's squares marks a lower bound/i },
      es: { bars: /las rayas tras el final de una barra indican un mínimo/i, waffle: /un cuadro rayado tras los de una categoría indica un mínimo/i },
    };
    const wrong = { en: { bars: /dotted|square/i, waffle: /dotted|bar\b/i }, es: { bars: /punteado|cuadro/i, waffle: /punteado|barra/i } };
    for (const lang of LOCALES) {
      const el = await make({ dimension: 'recruitment', lang });
      for (const variant of ['bars', 'waffle'] as const) {
        el.variant = variant;
        await el.updateComplete;
        // What is drawn: stripes past the bar's end, or a striped square after the category's squares.
        const marker = variant === 'bars' ? getComputedStyle(root(el).querySelector('.bar.lower')!, '::after') : getComputedStyle(root(el).querySelector('.cell.more')!);
        expect(marker.backgroundImage, `${lang} ${variant}`).to.contain('repeating-linear-gradient');
        const notes = text(el, '.notes');
        expect(notes, `${lang} ${variant}`).to.match(said[lang][variant]);
        expect(notes, `${lang} ${variant}`).not.to.match(wrong[lang][variant]);
      }
      el.remove();
    }
  });

  it('defaults to the first dimension of the dataset', async () => {
    const el = await make({});
    expect(text(el, '.heading')).to.equal(t(breakdowns[0].title, 'en'));
  });
});

describe('victim-breakdown: sources that differ', () => {
  it('shows the other source\'s figures next to the articles\' 85%, and switches with the toggle', async () => {
    const el = await make({ dimension: 'sex', lang: 'en' });
    const other = text(el, '.other');
    expect(other).to.contain(catalogs.en.differs);
    for (const c of byId('sex-mp').categories) expect(other).to.contain(formatShare(c.share!, 'en'));
    expect(other).to.contain('Public Ministry');
    const toggles = [...root(el).querySelectorAll<HTMLButtonElement>('.choices button')];
    // Exclusive choices: the one shown is current, none is a toggle.
    expect(toggles.map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', null]);
    expect(toggles.some((b) => b.hasAttribute('aria-pressed'))).to.equal(false);
    expect(root(el).querySelector('.choices')!.getAttribute('role')).to.equal('group');
    toggles[1].click();
    await el.updateComplete;
    expect(text(el, '.chart')).to.contain('79.6%');
    expect(text(el, '.base')).to.contain(t(byId('sex-mp').base, 'en'));
    expect(text(el, '.other')).to.contain('85%');
    expect(text(el, '.frame > .source')).to.contain('Public Ministry');
    expect([...root(el).querySelectorAll('.choices button')].map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, 'true']);
  });

  it('says the other source differs in one sentence: lead-in, figures, base in lower case, final period', async () => {
    const en = await make({ dimension: 'sex', lang: 'en' });
    expect(text(en, '.other strong')).to.equal('Another source differs.');
    expect(text(en, '.other p')).to.equal(
      'Another source differs. Victims by sex: Female 79.6%, Male 16.1%, Not specified or unknown 4.3% (share of victims in complaints, Jan 2007–Apr 2014).',
    );
    const es = await make({ dimension: 'sex', lang: 'es' });
    expect(text(es, '.other strong')).to.equal('Otra fuente difiere.');
    expect(text(es, '.other p')).to.equal(
      'Otra fuente difiere. Víctimas por sexo: Mujeres 79.6%, Hombres 16.1%, No especificado o desconocido 4.3% (proporción de las víctimas en denuncias, ene. 2007–abr. 2014).',
    );
    const see = await make({ dimension: 'exploitation', lang: 'es' });
    // "See also" leads into the title, without a colon of its own: one colon, before the figures.
    expect(text(see, '.other strong')).to.equal('Véase también');
    expect(text(see, '.other p')).to.match(/^Véase también Casos por forma de explotación: Explotación sexual 43\.3%, .* \(proporción de 2,080 casos, 1 ene\. 2007–31 jul\. 2014\)\.$/);
  });

  it('words "confirms" the same way, with the link\'s note as its own sentence', async () => {
    const data = ngoCounts(312);
    const first = data.breakdowns![0];
    data.breakdowns!.push({ ...first, id: 'sex-2022', base: { en: 'of victims assisted in 2022', es: 'de las víctimas atendidas en 2022' }, total: 500 });
    first.related = [{ id: 'sex-2022', relation: 'confirms', note: { en: 'Same method as in 2023', es: 'Mismo método que en 2023.' } }];
    const en = await make({ breakdown: 'sex-2023', lang: 'en' }, data);
    expect(text(en, '.other p')).to.equal('Another source confirms. Victims by sex: Female 250 (50%), Male 55 (11%), Not specified 195 (39%) (number of victims assisted in 2022). Same method as in 2023.');
    const es = await make({ breakdown: 'sex-2023', lang: 'es' }, data);
    expect(text(es, '.other p')).to.equal('Otra fuente lo confirma. Víctimas por sexo: Mujeres 250 (50%), Hombres 55 (11%), No especificado 195 (39%) (número de las víctimas atendidas en 2022). Mismo método que en 2023.');
  });

  it('labels the choice "Data from:" (some breakdowns have no figures), in both languages', async () => {
    for (const [attrs, label] of [
      [{ dimension: 'sex', lang: 'en' }, 'Data from:'],
      [{ dimension: 'exploitation', lang: 'en' }, 'Data from:'],
      [{ dimension: 'sex', lang: 'es' }, 'Datos de:'],
      [{ dimension: 'exploitation', lang: 'es' }, 'Datos de:'],
    ] as const) {
      const el = await make(attrs);
      const group = root(el).querySelector('.choices')!;
      expect(norm(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent), JSON.stringify(attrs)).to.equal(label);
    }
  });

  it('chooses a breakdown with the keyboard, keeps focus on the chosen button, and choosing it again keeps it', async () => {
    const el = await make({ dimension: 'exploitation', lang: 'es' });
    const choices = () => [...root(el).querySelectorAll<HTMLButtonElement>('.choices button')];
    const current = () => choices().map((b) => b.getAttribute('aria-current'));
    expect(current()).to.deep.equal(['true', null]);
    choices()[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(choices()[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(current()).to.deep.equal([null, 'true']);
    expect(text(el, '.base')).to.equal('Proporción de 2,080 casos, 1 ene. 2007–31 jul. 2014');
    // The current one is drawn filled, the other plain.
    expect(getComputedStyle(choices()[1]).backgroundColor).not.to.equal(getComputedStyle(choices()[0]).backgroundColor);
    expect(root(el).activeElement, 'focus stays on the chosen button').to.equal(choices()[1]);
    // Choosing the current one again is no toggle: it stays chosen, and focused.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(current()).to.deep.equal([null, 'true']);
    expect(root(el).activeElement).to.equal(choices()[1]);
    await expect(el).to.be.accessible();
  });

  it('starts from the breakdown given by id, and resets the toggle when it changes', async () => {
    const el = await make({ breakdown: 'age-mp', lang: 'es' });
    expect(text(el, '.base')).to.contain(t(byId('age-mp').base, 'es'));
    expect(text(el, '.chart')).to.contain(formatShare(restShare(byId('age-mp')), 'es'));
    expect(text(el, '.other')).to.contain('55%');
    const pressed = () => [...root(el).querySelectorAll('.choices button')].map((b) => b.getAttribute('aria-current') ?? 'false');
    expect(pressed()).to.deep.equal(['false', 'true']);
    // The reader switches to the articles' figures with the toggle…
    root(el).querySelectorAll<HTMLButtonElement>('.choices button')[0].click();
    await el.updateComplete;
    expect(text(el, '.base')).to.equal('Proporción de los casos denunciados, 2007–2013');
    expect(pressed()).to.deep.equal(['true', 'false']);
    // …then the page asks for another breakdown: it is shown, and the toggle follows it.
    el.breakdown = 'sex-mp';
    await el.updateComplete;
    expect(text(el, '.heading')).to.equal('Víctimas por sexo');
    expect(text(el, '.base')).to.equal('Proporción de las víctimas en denuncias, ene. 2007–abr. 2014');
    expect(text(el, '.chart')).to.contain('79.6%');
    expect(pressed()).to.deep.equal(['false', 'true']);
    el.breakdown = 'sex-articles';
    await el.updateComplete;
    expect(text(el, '.heading')).to.equal('Víctimas por sexo');
    expect(text(el, '.base')).to.equal('Proporción de las víctimas en casos denunciados, 2007–2013');
    expect(pressed()).to.deep.equal(['true', 'false']);
  });

  it('links a qualitative list to the figures that give it context', async () => {
    const el = await make({ dimension: 'exploitation' });
    expect(text(el, '.other')).to.contain('See also');
    expect(text(el, '.other')).to.contain('43.3%');
    expect(text(el, '.other')).to.contain('El Comercio');
  });
});

describe('victim-breakdown: custom data in HTCDS terms', () => {
  it('shows counts with their share of the total and the unknown rest', async () => {
    const el = await make({ dimension: 'sex', lang: 'en' }, ngoCounts(312));
    const shown = items(el).map(accName);
    expect(shown).to.deep.equal([
      `Female: 250 (${formatShare(250 / 312, 'en')})`,
      `Male: 55 (${formatShare(55 / 312, 'en')})`,
      `Not specified: 7 (${formatShare(7 / 312, 'en')})`,
    ]);
    expect(text(el, '.base')).to.equal('Number of victims assisted in 2023');
    expect(text(el, '.frame > .source')).to.contain('Una ONG');
    const es = await make({ dimension: 'sex', lang: 'es' }, ngoCounts(312));
    expect(items(es).map(accName)[0]).to.equal(`Mujeres: 250 (${formatShare(250 / 312, 'es')})`);
  });

  it('titles a breakdown without a title from its dimension, whatever the dimension is called', async () => {
    const data = ngoCounts(312);
    data.breakdowns!.push({ ...data.breakdowns![0], id: 'odd', dimension: 'constructor' });
    const el = await make({ dimension: 'constructor', lang: 'es' }, data);
    expect(text(el, '.heading')).to.equal('Víctimas por constructor');
    const sex = await make({ dimension: 'sex', lang: 'en' }, data);
    expect(text(sex, '.heading')).to.equal('Victims by sex');
  });

  it('without a total, gives shares of the sum and says so', async () => {
    const el = await make({ dimension: 'sex', lang: 'es' }, ngoCounts());
    expect(items(el).length).to.equal(2);
    expect(norm(items(el)[0].textContent)).to.contain(formatShare(250 / 305, 'es'));
    expect(text(el, '.notes')).to.contain('305');
  });

  it('translates HTCDS exploitation and control names given as shares', async () => {
    const data = {
      sources: [ngoSource],
      breakdowns: [
        {
          id: 'ex',
          dimension: 'exploitation',
          kind: 'share',
          base: { en: 'of cases', es: 'de los casos' },
          categories: [
            { id: 'SexualExploitation', share: 0.5 },
            { id: 'ForcedBegging', share: 0.25 },
          ],
          sourceIds: ['ngo'],
        },
        {
          id: 'rec',
          dimension: 'recruitment',
          kind: 'share',
          base: 'of victims',
          categories: [{ id: 'FalsePromises', share: 0.7, qualifier: 'more-than' }],
          sourceIds: ['ngo'],
        },
      ],
    };
    const el = await make({ dimension: 'exploitation', lang: 'es' }, data);
    expect(items(el).map(accName)).to.deep.equal([
      `Explotación sexual: ${formatShare(0.5, 'es')}`,
      `Mendicidad forzada: ${formatShare(0.25, 'es')}`,
      `No especificado: ${formatShare(0.25, 'es')}`,
    ]);
    const rec = await make({ dimension: 'recruitment', lang: 'en' }, data);
    // "More than 70%" leaves "less than 30%" unspecified.
    expect(items(rec).map(accName)).to.deep.equal(['False promises: more than 70%', 'Not specified: less than 30%']);
  });
});

describe('victim-breakdown: bad input', () => {
  const share = (categories: unknown[]) => ({
    sources: [ngoSource],
    breakdowns: [{ id: 'x', dimension: 'sex', kind: 'share', base: 'of victims', categories, sourceIds: ['ngo'] }],
  });

  for (const [name, data, path, en, es] of [
    ['shares over 100%', share([{ id: 'Feminine', share: 0.8 }, { id: 'Masculine', share: 0.3 }]), 'breakdowns[0].categories', 'more than 100%', 'más del 100%'],
    ['a negative count', { ...ngoCounts(), breakdowns: [{ ...ngoCounts().breakdowns![0], categories: [{ id: 'Feminine', count: -3 }] }] }, 'breakdowns[0].categories[0].count', 'must not be negative', 'no puede ser negativo'],
    ['empty categories', share([]), 'breakdowns[0].categories', 'must not be empty', 'no puede estar vacío'],
  ] as const) {
    it(`shows a localised error for ${name} and fires pe-error`, async () => {
      for (const lang of LOCALES) {
        const el = document.createElement('pe-victim-breakdown');
        el.lang = lang;
        el.data = data;
        const got = oneEvent(el, 'pe-error');
        document.body.append(el);
        const ev = (await got) as CustomEvent<PeErrorDetail>;
        expect(ev.detail.kind).to.equal('validation');
        expect(ev.detail.errors[0].path).to.equal(path);
        await el.updateComplete;
        expect(alertText(el)).to.contain(path);
        expect(alertText(el)).to.contain(lang === 'en' ? en : es);
        el.remove();
      }
    });
  }

  for (const [name, attrs, path, en, es] of [
    ['an unknown dimension', { dimension: 'nationality' }, 'dimension', 'valid dimensions are sex, age, recruitment, exploitation', 'las dimensiones válidas son sex, age, recruitment, exploitation'],
    ['an unknown breakdown id', { breakdown: 'sex-2099' }, 'breakdown', 'unknown breakdown "sex-2099"', 'desglose desconocido "sex-2099"'],
    ['a breakdown of another dimension', { dimension: 'sex', breakdown: 'age-mp' }, 'breakdown', 'valid ids are sex-articles, sex-mp', 'los identificadores válidos son sex-articles, sex-mp'],
    ['an unknown variant', { variant: 'pie' }, 'variant', '"variant" must be bars or waffle; got "pie"', '"variant" debe ser bars o waffle'],
  ] as const) {
    it(`shows a localised error for ${name} and fires pe-error`, async () => {
      for (const lang of LOCALES) {
        const el = document.createElement('pe-victim-breakdown');
        for (const [k, v] of Object.entries({ ...attrs, lang })) el.setAttribute(k, v);
        const got = oneEvent(el, 'pe-error');
        document.body.append(el);
        const ev = (await got) as CustomEvent<PeErrorDetail>;
        expect(ev.detail.kind).to.equal('input');
        expect(ev.detail.errors[0].path).to.equal(path);
        await el.updateComplete;
        expect(alertText(el)).to.contain(lang === 'en' ? en : es);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  it('says so when the dataset has no breakdowns', async () => {
    const el = await make({ lang: 'es' }, { sources: [ngoSource], figures: [] });
    expect(alertText(el)).to.contain('breakdowns');
    expect(alertText(el)).to.contain('breakdowns: el conjunto de datos no tiene desgloses');
    // An empty list says the same.
    const empty = await make({ lang: 'en' }, { sources: [ngoSource], breakdowns: [] });
    expect(alertText(empty)).to.contain('breakdowns: the dataset has no breakdowns');
  });

  it('recovers when the attribute is fixed', async () => {
    const el = await make({ dimension: 'nope' });
    expect(alertText(el)).to.contain('nope');
    el.dimension = 'age';
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]') === null, `root(el).querySelector('[role="alert"]') is absent`).to.equal(true);
    expect(items(el).length).to.be.greaterThan(0);
  });
});

describe('victim-breakdown: keyboard, hover and pe-select', () => {
  it('moves focus with arrow keys, Home and End (roving tabindex)', async () => {
    const el = await make({ breakdown: 'sex-mp' });
    const list = items(el);
    expect(list.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    list[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(list[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(list[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement, 'stays on the last').to.equal(list[2]);
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(list[0]);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(list[2]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(list[1]);
    expect(items(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
  });

  it('shows the focused category\'s exact value and source, also as its description', async () => {
    const el = await make({ breakdown: 'sex-mp', lang: 'en' });
    const second = items(el)[1];
    second.focus();
    await el.updateComplete;
    const detail = text(el, '.detail');
    expect(detail).to.contain('Male: 16.1%');
    expect(detail).to.contain('Public Ministry of Peru');
    expect(detail).to.contain(t(byId('sex-mp').base, 'en'));
    // A screen reader hears the name, then only what the name does not say: base and source, not "Male: 16.1%" again.
    expect(accName(second)).to.equal('Male: 16.1%');
    expect(described(el, second)).to.equal('Share of victims in complaints, Jan 2007–Apr 2014 — Source: Crime Observatory of the Public Ministry of Peru, via Agencia Andina, 2014');
    expect(detail).to.equal(`Male: 16.1% — ${described(el, second)}`);
    // One description at a time: only the shown category has one.
    expect(items(el).map((b) => b.hasAttribute('aria-describedby'))).to.deep.equal([false, true, false]);
  });

  it('describes a category by what its name leaves out, in both languages', async () => {
    const cases: [Record<string, string>, number, string, string][] = [
      // The remainder's note, then base and source.
      [{ dimension: 'sex', lang: 'es' }, 1, 'No especificado: 15%', 'el resto de la base — Proporción de las víctimas en casos denunciados, 2007–2013 — Fuente: Diálogo, 7 de noviembre de 2014'],
      // A value in words: the words once, in the name.
      [{ dimension: 'recruitment', lang: 'en' }, 0, 'False offers of legitimate jobs: slightly more than half', 'Share of female victims, 2007–2013 — Source: Diálogo, November 7, 2014'],
      // A form: its type in the name, where it is named in the description.
      [{ dimension: 'exploitation', lang: 'en' }, 1, 'Forced labour in gold mining (type: Forced labour)', 'Named in: US Department of State, June 20, 2014; Diálogo, November 7, 2014'],
      [{ dimension: 'exploitation', lang: 'es' }, 4, 'Trabajo forzoso en la agricultura (tipo: Trabajo forzoso)', 'Se menciona en: Departamento de Estado de EE. UU., 20 de junio de 2014'],
    ];
    for (const [attrs, i, name, description] of cases) {
      const el = await make(attrs);
      items(el)[i].focus();
      await el.updateComplete;
      expect(accName(items(el)[i]), JSON.stringify(attrs)).to.equal(name);
      expect(described(el, items(el)[i]), JSON.stringify(attrs)).to.equal(description);
      el.remove();
    }
    // A count: the exact share ("of 312, 80.128%") says more than the name's "250 (80.1%)", so it stays.
    const counts = await make({ dimension: 'sex', lang: 'en' }, ngoCounts(312));
    items(counts)[0].focus();
    await counts.updateComplete;
    expect(accName(items(counts)[0])).to.equal('Female: 250 (80.1%)');
    expect(described(counts, items(counts)[0])).to.equal('250 of 312 (80.128%) — Number of victims assisted in 2023 — Source: Una ONG, 2023');
    await expect(counts).to.be.accessible();
  });

  it('shows the detail on hover, and the qualitative source on focus', async () => {
    const el = await make({ breakdown: 'age-articles', lang: 'es' });
    // A real pointer moved over the second category (the browser's own mouseover/mouseenter).
    const r = items(el)[1].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await el.updateComplete;
    expect(text(el, '.detail')).to.contain(`No especificado: ${formatShare(restShare(byId('age-articles')), 'es')}`);
    await resetMouse();
    const q = await make({ dimension: 'exploitation', lang: 'en' });
    items(q)[1].focus();
    await q.updateComplete;
    expect(text(q, '.detail')).to.contain('Forced labour in gold mining (type: Forced labour) — Named in: US Department of State');
    const es = await make({ dimension: 'exploitation', lang: 'es' });
    items(es)[0].focus();
    await es.updateComplete;
    // "Se menciona en" agrees with any category ("Mencionado en" clashed with feminine ones).
    expect(text(es, '.detail')).to.equal('Explotación sexual — Se menciona en: Departamento de Estado de EE. UU., 20 de junio de 2014; Diálogo, 7 de noviembre de 2014');
  });

  it('hints at what hovering or selecting a category shows: figures, or the sources naming a form', async () => {
    const hints: [Record<string, string>, string][] = [
      [{ dimension: 'sex', lang: 'en' }, 'Hover over a category or move to it with the keyboard to see its exact value and source.'],
      [{ dimension: 'sex', lang: 'es' }, 'Pase el cursor sobre una categoría o llegue a ella con el teclado para ver su valor exacto y su fuente.'],
      [{ dimension: 'recruitment', lang: 'es', variant: 'waffle' }, 'Pase el cursor sobre una categoría o llegue a ella con el teclado para ver su valor exacto y su fuente.'],
      [{ dimension: 'exploitation', lang: 'en' }, 'Hover over a category or move to it with the keyboard to see which sources name it.'],
      [{ dimension: 'exploitation', lang: 'es' }, 'Pase el cursor sobre una categoría o llegue a ella con el teclado para ver qué fuentes la mencionan.'],
    ];
    for (const [attrs, hint] of hints) {
      const el = await make(attrs);
      expect(text(el, '.detail'), JSON.stringify(attrs)).to.equal(hint);
      el.remove();
    }
  });

  it('notes that the sources give no figures for a qualitative list, in both languages', async () => {
    const en = await make({ dimension: 'exploitation', lang: 'en' });
    expect([...root(en).querySelectorAll('.notes li')].map((li) => norm(li.textContent))).to.include('The sources give no figures for these categories.');
    const es = await make({ dimension: 'exploitation', lang: 'es' });
    expect([...root(es).querySelectorAll('.notes li')].map((li) => norm(li.textContent))).to.include('Las fuentes no dan cifras para estas categorías.');
  });

  it('fires pe-select on click and on Enter, with the category', async () => {
    const el = await make({ dimension: 'sex', lang: 'es' });
    const list = items(el);
    setTimeout(() => list[0].click());
    const click = (await oneEvent(el, 'pe-select')) as CustomEvent<PeSelectDetail>;
    expect(click.detail).to.deep.equal({ type: 'category', id: 'Feminine', label: 'Mujeres', selected: true });
    expect(click.bubbles && click.composed).to.equal(true);
    list[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const enter = (await oneEvent(el, 'pe-select')) as CustomEvent<PeSelectDetail>;
    expect(enter.detail).to.deep.equal({ type: 'category', id: REST_ID, label: 'No especificado', selected: true });
  });

  it('shows the chosen category as pressed, keeps its detail, and unselects it when pressed again', async () => {
    const el = await make({ breakdown: 'sex-mp', lang: 'en' });
    const pressed = () => items(el).map((b) => b.getAttribute('aria-pressed'));
    const ring = (b: HTMLElement) => getComputedStyle(b).boxShadow;
    expect(pressed()).to.deep.equal(['false', 'false', 'false']);
    const before = ring(items(el)[1]);
    // A click: pressed, drawn differently from the others, and its detail shown with nothing hovered or focused.
    items(el)[1].click();
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['false', 'true', 'false']);
    expect(ring(items(el)[1])).not.to.equal(before);
    expect(ring(items(el)[0])).to.equal(before);
    expect(text(el, '.detail')).to.contain('Male: 16.1%');
    expect(described(el, items(el)[1])).to.equal('Share of victims in complaints, Jan 2007–Apr 2014 — Source: Crime Observatory of the Public Ministry of Peru, via Agencia Andina, 2014');
    await expect(el).to.be.accessible();
    // Enter on another category moves the choice; once focus leaves, its detail stays.
    items(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['true', 'false', 'false']);
    items(el)[0].blur();
    await el.updateComplete;
    expect(text(el, '.detail')).to.contain('Female: 79.6%');
    // Pressed again: unselected, the hint is back, and pe-select says so (selected: false).
    const fired: PeSelectDetail[] = [];
    el.addEventListener('pe-select', (e) => fired.push(e.detail));
    items(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    items(el)[0].blur();
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['false', 'false', 'false']);
    expect(text(el, '.detail')).to.equal('Hover over a category or move to it with the keyboard to see its exact value and source.');
    expect(fired).to.deep.equal([{ type: 'category', id: 'Feminine', label: 'Female', selected: false }]);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`tells the chosen category from a focused one by a tinted fill, not by its ring alone (${theme})`, async () => {
      for (const attrs of [{ breakdown: 'sex-mp' }, { dimension: 'exploitation' }, { breakdown: 'age-mp', variant: 'waffle' }] as Record<string, string>[]) {
        const el = await make({ ...attrs, theme, lang: 'es' });
        const what = JSON.stringify(attrs);
        const bg = (b: Element) => getComputedStyle(b).backgroundColor;
        const plain = bg(items(el)[0]);
        // Chosen with the keyboard, then focus moves on: one row chosen, the next one focused (ring).
        items(el)[0].focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        const [chosen, focused] = items(el);
        expect(chosen.getAttribute('aria-pressed'), what).to.equal('true');
        expect(root(el).activeElement, what).to.equal(focused);
        expect(getComputedStyle(focused).outlineStyle, `${what} focus ring`).to.equal('solid');
        expect(getComputedStyle(chosen).outlineStyle, `${what} no ring on the chosen row`).to.equal('none');
        // The chosen row is filled: unlike an unchosen row, and unlike the focused (and hovered) one.
        expect(bg(chosen), `${what} chosen vs plain`).not.to.equal(plain);
        expect(bg(chosen), `${what} chosen vs focused`).not.to.equal(bg(focused));
        expect(bg(chosen), `${what} filled`).not.to.equal('rgba(0, 0, 0, 0)');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  it('keeps the chosen category and the current breakdown marked in forced colours (Highlight, not a shadow)', async () => {
    const el = await make({ breakdown: 'sex-mp' });
    items(el)[1].click();
    await el.updateComplete;
    const probe = document.createElement('span');
    document.body.append(probe);
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      // The system colour Highlight as this browser resolves it in forced colours.
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.style.color = 'CanvasText';
      expect(highlight, 'Highlight differs from the text colour').to.not.equal(getComputedStyle(probe).color);
      const [first, chosen] = items(el);
      expect(getComputedStyle(chosen).borderTopColor, 'chosen category: Highlight border').to.equal(highlight);
      expect(getComputedStyle(chosen).outlineColor, 'chosen category: Highlight outline').to.equal(highlight);
      expect(getComputedStyle(first).borderTopColor, 'another category').to.not.equal(highlight);
      const current = root(el).querySelector<HTMLElement>('.choices [aria-current="true"]')!;
      expect(getComputedStyle(current).backgroundColor, 'breakdown shown: Highlight background').to.equal(highlight);
      const other = root(el).querySelector<HTMLElement>('.choices button:not([aria-current])')!;
      expect(getComputedStyle(other).backgroundColor).to.not.equal(highlight);
    } finally {
      await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'none' }]);
      probe.remove();
    }
  });

  it('keeps the chosen category\'s squares bright in the waffle', async () => {
    const el = await make({ breakdown: 'sex-mp', variant: 'waffle', lang: 'es' });
    expect(root(el).querySelector('.waffle.dim') === null, `root(el).querySelector('.waffle.dim') is absent`).to.equal(true);
    items(el)[1].click();
    await el.updateComplete;
    expect(items(el)[1].getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.waffle.dim')).to.exist;
    expect(root(el).querySelectorAll('.waffle .cell.on').length).to.equal(16);
    expect(text(el, '.detail')).to.contain('Hombres: 16.1%');
    await expect(el).to.be.accessible();
  });

  it('lets a waffle\'s categories be reached and chosen from its key', async () => {
    const el = await make({ breakdown: 'sex-mp', variant: 'waffle' });
    const list = items(el);
    expect(list.length).to.equal(3);
    list[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(list[1]);
    // The focused category's squares stay bright; the others are dimmed.
    const on = root(el).querySelectorAll('.waffle .cell.on').length;
    expect(on).to.equal(16);
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const ev = (await oneEvent(el, 'pe-select')) as CustomEvent<PeSelectDetail>;
    expect(ev.detail.id).to.equal('Masculine');
  });
});

describe('victim-breakdown: table and CSV', () => {
  it('shows the same rows as an accessible table', async () => {
    const el = await make({ breakdown: 'sex-mp', lang: 'en' });
    const shown = items(el).map(accName);
    const toggle = root(el).querySelector<HTMLButtonElement>('.toolbar button')!;
    expect(norm(toggle.textContent)).to.equal('Show as table');
    toggle.click();
    await el.updateComplete;
    const table = root(el).querySelector('table')!;
    expect(norm(table.querySelector('caption')!.textContent)).to.contain(t(byId('sex-mp').base, 'en'));
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(shown.length);
    rows.forEach((tr, i) => {
      expect(tr.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(shown[i]).to.equal(norm(`${tr.querySelector('th')!.textContent}: ${tr.querySelector('td')!.textContent}`));
    });
    // Readers get names, not the data standard's codes (those are in the CSV, for data users).
    expect(norm(table.textContent)).not.to.match(/HTCDS|Feminine|Masculine|NonSpecifiedUnknown/);
    // Every row cites the breakdown's source, named in the source line under the table.
    expect([...table.querySelectorAll('thead th')].map((th) => norm(th.textContent))).to.deep.equal(['Category', 'Value']);
    expect(text(el, '.frame > .source')).to.contain('Public Ministry');
    expect(norm(toggle.textContent)).to.equal('Show as chart');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(root(el).querySelector('table') === null, `root(el).querySelector('table') is absent`).to.equal(true);
  });

  it('shows a qualitative table without a number column', async () => {
    const el = await make({ dimension: 'exploitation', lang: 'es' });
    root(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await el.updateComplete;
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => norm(th.textContent));
    // No value column; a source column because some forms cite only TIP 2014, "Fuentes" since a cell lists two.
    expect(heads).to.deep.equal(['Categoría', 'Fuentes']);
    const cells = (n: number) => [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.children[n]);
    // Each form's type tag is in its row header, as in the list: drawn under the name, read (and copied) once.
    expect(cells(0).map(accName)).to.deep.equal(NAMED.es);
    expect(cells(0).map((th) => norm(th.textContent))).to.deep.equal(cells(0).map(accName));
    expect(cells(0).map((th) => onScreen(th.querySelector('.tag')))).to.deep.equal(['', ...Array(5).fill('Trabajo forzoso'), 'Mendicidad forzada', 'Trabajo infantil', 'Trabajo infantil']);
    expect(norm(cells(1)[0].textContent)).to.equal('Departamento de Estado de EE. UU., 20 de junio de 2014; Diálogo, 7 de noviembre de 2014');
    await expect(el).to.be.accessible();
    const en = await make({ dimension: 'exploitation', lang: 'en' });
    root(en).querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await en.updateComplete;
    expect([...root(en).querySelectorAll('thead th')].map((th) => norm(th.textContent))).to.deep.equal(['Category', 'Sources']);
    expect(accName(root(en).querySelectorAll('tbody th')[6])).to.equal('Forced child labour: begging (type: Forced begging)');
    const body = norm(root(el).querySelector('tbody')!.textContent);
    expect(body).not.to.match(/%/);
    // Spanish names only: no HTCDS codes.
    expect(body).not.to.match(/SexualExploitation|ForcedLabour|ChildLabour|[a-z][A-Z]/);
    expect(body).to.contain('Explotación sexual');
  });

  it('adds a source column when a category cites its own source', async () => {
    const data = ngoCounts(312);
    data.sources!.push({ id: 'other', publisher: 'Otra ONG' });
    data.breakdowns![0].categories[1].sourceIds = ['other'];
    const el = await make({ dimension: 'sex', lang: 'es' }, data);
    root(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await el.updateComplete;
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => norm(th.textContent));
    // One source per cell: "Fuente".
    expect(heads).to.deep.equal(['Categoría', 'Valor', 'Fuente']);
    const cells = [...root(el).querySelectorAll('tbody tr')].map((tr) => norm(tr.lastElementChild!.textContent));
    expect(cells).to.deep.equal(['Una ONG, 2023', 'Otra ONG', 'Una ONG, 2023']);
    // Both publishers are in the source line.
    expect(text(el, '.frame > .source')).to.contain('Otra ONG');
  });

  it('downloads a CSV with both sources, their URLs and the remainder', async () => {
    const el = await make({ dimension: 'sex', lang: 'en' });
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:captured');
    try {
      root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[1].click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs.length).to.equal(1);
    const csv = (await blobs[0].text()).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('breakdown,dimension,category,htcds,label,count,total,share,qualifier,value,base,period,note,source,source_url');
    const articles = byId('sex-articles');
    expect(lines[1]).to.match(new RegExp(`^sex-articles,sex,Feminine,Feminine,Female,,,${articles.categories[0].share},exact,85%,`));
    expect(lines[1]).to.contain('Diálogo');
    expect(lines[1]).to.contain(dataset.sources!.find((s) => s.id === 'dialogo-2014')!.url!);
    expect(lines[2]).to.match(/^sex-articles,sex,not-specified,,Not specified,,,0\.15,exact,15%,/);
    const mp = lines.filter((l) => l.startsWith('sex-mp,'));
    expect(mp.length).to.equal(byId('sex-mp').categories.length);
    expect(mp[0]).to.contain('Public Ministry of Peru');
    expect(mp[0]).to.contain('elregionalpiura.com.pe');
  });
});

describe('victim-breakdown: layout and accessibility', () => {
  for (const width of [280, 320, 600, 1200]) {
    it(`fits ${width}px without horizontal overflow, in every view`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      for (const attrs of [{ breakdown: 'sex-mp' }, { dimension: 'recruitment' }, { dimension: 'exploitation' }, { breakdown: 'age-mp', variant: 'waffle' }]) {
        const el = document.createElement('pe-victim-breakdown');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.lang = 'es';
        wrap.append(el);
        await el.updateComplete;
        const frame = root(el).querySelector('.frame')!;
        expect(frame.scrollWidth, JSON.stringify(attrs)).to.be.at.most(frame.clientWidth + 1);
        // The table view fits too.
        const toggle = root(el).querySelector<HTMLButtonElement>('.toolbar button')!;
        toggle.click();
        await el.updateComplete;
        const table = root(el).querySelector('table')!;
        expect(table.getBoundingClientRect().right, `table ${JSON.stringify(attrs)}`).to.be.at.most(frame.getBoundingClientRect().right);
        toggle.click();
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        const track = root(el).querySelector('.track');
        const label = root(el).querySelector('.bars .label');
        // Bars are drawn for the share breakdowns without a variant; the waffle and the qualitative list have none.
        const bars = !attrs.variant && attrs.dimension !== 'exploitation';
        if (bars) {
          expect(track, `track ${JSON.stringify(attrs)}`).not.to.equal(null);
          expect(label, `label ${JSON.stringify(attrs)}`).not.to.equal(null);
          // Wide: label beside its bar; narrow: above it.
          const beside = Math.abs(track!.getBoundingClientRect().top - label!.getBoundingClientRect().top) < label!.getBoundingClientRect().height;
          expect(beside, `${width}px ${JSON.stringify(attrs)}`).to.equal(width >= 600);
        } else {
          expect(root(el).querySelectorAll('.track').length, `no bars ${JSON.stringify(attrs)}`).to.equal(0);
        }
        el.remove();
      }
    });
  }

  /** Each word of an element's text as rendered: its width, and on how many lines it falls (more than one: broken apart). */
  const words = (el: Element) =>
    [...el.childNodes]
      .filter((n): n is Text => n.nodeType === Node.TEXT_NODE)
      .flatMap((node) =>
        [...node.data.matchAll(/\S+/g)].map((w) => {
          const range = document.createRange();
          range.setStart(node, w.index!);
          range.setEnd(node, w.index! + w[0].length);
          const rects = [...range.getClientRects()];
          return { word: w[0], width: rects.reduce((sum, r) => sum + r.width, 0), lines: new Set(rects.map((r) => Math.round(r.top))).size };
        }),
      );

  for (const width of [260, 280, 320, 560]) {
    it(`wraps waffle and bar legend names by word, never letter by letter, at ${width}px`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      for (const lang of LOCALES) {
        for (const attrs of [
          { dimension: 'recruitment', variant: 'waffle' },
          { breakdown: 'sex-mp', variant: 'waffle' },
          { breakdown: 'age-mp', variant: 'waffle' },
          { dimension: 'recruitment' },
        ]) {
          const el = document.createElement('pe-victim-breakdown');
          for (const [k, v] of Object.entries({ ...attrs, lang })) el.setAttribute(k, v);
          wrap.append(el);
          await el.updateComplete;
          const what = `${lang} ${JSON.stringify(attrs)} at ${width}px`;
          const labels = [...root(el).querySelectorAll<HTMLElement>('.chart .label')];
          expect(labels.length, what).to.be.greaterThan(1);
          for (const label of labels) {
            const name = `${what}: "${label.textContent}"`;
            const ws = words(label);
            const box = label.getBoundingClientRect().width;
            // The name's box holds its longest word, and at least 5em of text when it has that much.
            expect(box, name).to.be.at.least(Math.max(...ws.map((w) => w.width)) - 0.5);
            const em = parseFloat(getComputedStyle(label).fontSize);
            expect(box, name).to.be.at.least(Math.min(5 * em, ws.reduce((sum, w) => sum + w.width, 0)) - 0.5);
            expect(ws.filter((w) => w.lines > 1).map((w) => w.word), `${name}: words broken across lines`).to.deep.equal([]);
          }
          // Each category stays a few lines tall: at 260px the longest name, "Falsas ofertas de empleo legítimo",
          // takes four lines beside its value (7.8em with the bar); words broken letter by letter take far more.
          for (const item of items(el)) {
            const em = parseFloat(getComputedStyle(item).fontSize);
            expect(item.getBoundingClientRect().height / em, `${what}: "${norm(item.textContent)}" height in em`).to.be.at.most(8);
          }
          el.remove();
        }
      }
    });
  }

  it('draws every bar track the same length, so bars compare', async () => {
    const el = await make({ dimension: 'recruitment' });
    const widths = [...root(el).querySelectorAll('.track')].map((x) => Math.round(x.getBoundingClientRect().width));
    expect(new Set(widths).size).to.equal(1);
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of LOCALES) {
      it(`passes axe in ${theme} ${lang}: bars, waffle, list`, async () => {
        for (const attrs of [{ breakdown: 'sex-articles' }, { dimension: 'recruitment' }, { breakdown: 'age-mp', variant: 'waffle' }, { dimension: 'exploitation' }] as Record<string, string>[]) {
          const el = await make({ ...attrs, theme, lang });
          await expect(el).to.be.accessible();
          items(el)[0].focus();
          await el.updateComplete;
          await expect(el).to.be.accessible();
          el.remove();
        }
      });
    }
  }

  it('keeps its loading placeholder tall enough not to shift', async () => {
    const el = await make({ src: '/test-api/hang?ms=2000' });
    const placeholder = root(el).querySelector<HTMLElement>('.placeholder')!;
    expect(placeholder.getBoundingClientRect().height).to.be.at.least(150);
  });
});
