import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { PeTimeline } from '../src/components/timeline/timeline.js';
import { messages } from '../src/components/timeline/messages.js';
import { dataset } from '../src/data/index.js';
import { isoText, parseDate, sortKey } from '../src/data/dates.js';
import { sourcesById, t } from '../src/data/text.js';
import { EVENT_CATEGORIES, type Dataset, type Locale, type TimelineEvent } from '../src/data/types.js';
import { formatDate } from '../src/i18n/format.js';
import type { PeErrorDetail, PeSelectDetail } from '../src/core/events.js';

PeTimeline.define();

const events = dataset.events!;
const byId = (id: string) => events.find((e) => e.id === id)!;
const root = (el: PeTimeline) => el.shadowRoot!;
const items = (el: PeTimeline) => [...root(el).querySelectorAll<HTMLLIElement>('ol > li')];
const picks = (el: PeTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('ol > li .pick')];
const shownIds = (el: PeTimeline) => picks(el).map((b) => b.dataset.id!);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const alertOf = (el: PeTimeline) => root(el).querySelector('[role="alert"]');
const itemOf = (el: PeTimeline, id: string) => items(el).find((li) => li.querySelector(`[data-id="${id}"]`))!;
const active = (el: PeTimeline) => root(el).activeElement as HTMLElement | null;
/**
 * The heading level a screen reader gets for `el` (ARIA 1.2, HTML-AAM), or undefined when it is not a
 * heading: a valid aria-level, else the number in <hN>, else 2 (ARIA's default for role="heading").
 */
function accessibleLevel(el: Element | null): number | undefined {
  const tag = el && /^h([1-6])$/.exec(el.localName)?.[1];
  const role = el?.getAttribute('role')?.trim().split(/\s+/)[0];
  if (!el || !(role ? role === 'heading' : tag)) return undefined;
  const aria = Number(el.getAttribute('aria-level'));
  return Number.isInteger(aria) && aria >= 1 ? aria : tag ? Number(tag) : 2;
}
/** Every heading in the widget, in order, as [level, text]. */
const headings = (el: PeTimeline) =>
  [...root(el).querySelectorAll('*')].filter((n) => accessibleLevel(n) !== undefined).map((n) => [accessibleLevel(n), text(n)] as const);

/** A small user dataset: two sources and events listed out of date order. */
function userData(): Dataset {
  return {
    sources: [
      { id: 'ngo', publisher: 'Una ONG', title: 'Informe anual', url: 'https://example.org/informe', date: '2023' },
      { id: 'press', publisher: 'Diario', title: { es: 'Nota', en: 'Article' }, url: 'javascript:alert(1)' },
    ],
    events: [
      { id: 'b', date: '2023-05', category: 'policy', title: { es: 'Segundo', en: 'Second' }, sourceIds: ['ngo'] },
      { id: 'a', date: '2022-12-01', category: 'law', title: { es: 'Primero', en: 'First' }, place: 'Cusco', sourceIds: ['ngo', 'press'] },
      { id: 'c1', date: '2023-05', category: 'report', title: 'Third <img src=x onerror=alert(1)>', sourceIds: ['press'] },
      { id: 'c2', date: '2023-05', category: 'figures', title: 'Fourth', description: 'Same month, later in the list', sourceIds: ['ngo'] },
    ],
  };
}

describe('pe-timeline: order', () => {
  it('lists every event chronologically, equal dates in dataset order', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const ids = shownIds(el);
    expect(ids).to.have.members(events.map((e) => e.id));
    expect(ids).to.have.length(events.length);
    // Each date sorts by the last day its start covers; ties keep the dataset's order.
    const key = (id: string) => sortKey(parseDate(byId(id).date)!.start, true);
    const index = (id: string) => events.indexOf(byId(id));
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [ids[i - 1], ids[i]];
      expect(key(a) < key(b) || (key(a) === key(b) && index(a) < index(b)), `${a} before ${b}`).to.equal(true);
    }
    // What that means for a reader: the law (16 Jan 2007) comes before the ranges starting in 2007,
    // and the 2014 yearly count comes after the events dated within 2014.
    expect(ids[0]).to.equal('ley-28950');
    expect(ids.indexOf('ley-28950')).to.be.below(ids.indexOf('cases-2007-2013'));
    expect(ids.indexOf('blue-heart')).to.be.below(ids.indexOf('convictions-2014'));
    expect(ids.indexOf('special-prosecutors')).to.equal(ids.indexOf('chile-ecuador-meetings') - 1);
  });

  it('keeps dataset order for equal dates in user data (stable)', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en" .data=${userData()}></pe-timeline>`);
    expect(shownIds(el)).to.deep.equal(['a', 'b', 'c1', 'c2']);
    const d = userData();
    d.events!.reverse();
    el.data = d;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a', 'c2', 'c1', 'b']);
  });

  it('is an ordered list with a heading per event under the widget heading', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es"></pe-timeline>`);
    const ol = root(el).querySelector('ol')!;
    expect(ol.getAttribute('aria-label')).to.equal(messages.es.list);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal(messages.es.heading);
    expect(items(el)).to.have.length(events.length);
    // The widget's title at level 3 (the default), each event's title one level below it.
    expect(headings(el)).to.deep.equal([[3, messages.es.heading], ...items(el).map((li) => [4, text(li.querySelector('button'))])]);
    for (const li of items(el)) {
      const e = byId(li.querySelector('button')!.dataset.id!);
      expect(text(li.querySelector('[role="heading"]'))).to.equal(t(e.title, 'es'));
      if (e.description) expect(text(li.querySelector('.desc'))).to.equal(t(e.description, 'es'));
      if (e.place) expect(text(li.querySelector('.meta'))).to.contain(t(e.place, 'es'));
      // Every source of the event is named in its source line, linked when it has a URL.
      const sources = sourcesById(dataset.sources, e.sourceIds);
      expect(sources.length).to.be.above(0);
      const line = li.querySelector('[part="source"]')!;
      for (const s of sources) expect(text(line)).to.contain(t(s.publisher, 'es'));
      expect(line.querySelectorAll('a').length).to.equal(sources.filter((s) => s.url).length);
    }
  });

  it('uses the heading attribute when given', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline heading="Lo que pasó"></pe-timeline>`);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Lo que pasó');
  });
});

describe('pe-timeline: heading levels', () => {
  // [heading-level, the title's level, the events' level]: events one below the title, at most 6.
  const LEVELS: [string | null, number, number][] = [
    ['2', 2, 3],
    [null, 3, 4],
    ['1', 1, 2],
    ['5', 5, 6],
    ['6', 6, 6],
    ['abc', 3, 4],
    ['9', 3, 4],
    ['0', 3, 4],
    ['3.5', 3, 4],
  ];
  for (const [attr, title, event] of LEVELS) {
    it(`heading-level=${JSON.stringify(attr)}: title at level ${title}, events at ${event}, sizes unchanged`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px">
        <pe-timeline lang="en" orientation="horizontal" highlight="convictions-2014"></pe-timeline>
        <pe-timeline lang="en" orientation="horizontal" highlight="convictions-2014" heading-level=${attr ?? nothing}></pe-timeline>
      </div>`);
      const [plain, el] = [...wrap.querySelectorAll('pe-timeline')];
      await Promise.all([plain.updateComplete, el.updateComplete]);
      const got = headings(el);
      expect(got[0]).to.deep.equal([title, messages.en.heading]);
      expect(got.slice(1)).to.deep.equal(items(el).map((li) => [event, text(li.querySelector('button'))]));
      expect(got.slice(1)).to.have.length(events.length);
      // The level changes what screen readers announce, not what the widget looks like.
      const size = (w: PeTimeline) => [w, ...[...root(w).querySelectorAll('*')].filter((n) => accessibleLevel(n) !== undefined)].map((n) => n.getBoundingClientRect().height);
      expect(size(el)).to.deep.equal(size(plain));
      if (attr === '2') await expect(el).to.be.accessible();
    });
  }
});

describe('pe-timeline: dates', () => {
  for (const locale of ['es', 'en'] as Locale[]) {
    it(`shows each date with its precision in ${locale}, with a valid <time datetime>`, async () => {
      const el = await fixture<PeTimeline>(html`<pe-timeline lang=${locale}></pe-timeline>`);
      expect(items(el)).to.have.length(9);
      for (const li of items(el)) {
        const e = byId(li.querySelector('button')!.dataset.id!);
        const time = li.querySelector('time')!;
        expect(time.textContent).to.equal(formatDate(e.date, locale));
        const d = parseDate(e.date)!;
        // A range's datetime is its start (HTML has no interval syntax); the text shows the whole range.
        expect(time.dateTime).to.equal(isoText({ start: d.start, precision: d.start.precision }));
        expect(time.dateTime).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    });
  }

  it('spells day, month, year and range dates as a reader expects', async () => {
    const en = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const es = await fixture<PeTimeline>(html`<pe-timeline lang="es"></pe-timeline>`);
    const date = (el: PeTimeline, id: string) => text(itemOf(el, id).querySelector('time'));
    expect(date(en, 'ley-28950')).to.equal('January 16, 2007');
    expect(date(es, 'ley-28950')).to.equal('16 de enero de 2007');
    expect(date(en, 'cases-2007-2013')).to.equal('2007–2013');
    expect(date(es, 'cases-2007-2013')).to.equal('2007–2013');
    expect(date(en, 'complaints-2007-2014')).to.equal('Jan 2007–Apr 2014');
    expect(date(es, 'complaints-2007-2014')).to.match(/^ene\.? 2007–abr\.? 2014$/);
    expect(date(en, 'blue-heart')).to.equal('November 2014');
    expect(date(es, 'blue-heart')).to.equal('noviembre de 2014');
    expect(date(en, 'convictions-2013')).to.equal('2013');
    expect(itemOf(en, 'cases-2007-2013').querySelector('time')!.dateTime).to.equal('2007');
  });
});

describe('pe-timeline: filters', () => {
  const overlaps = (e: TimelineEvent, lo: number, hi: number) => {
    const d = parseDate(e.date)!;
    return sortKey(d.start) <= hi && sortKey(d.end ?? d.start, true) >= lo;
  };

  it('from/to keep the events that overlap the window, ranges included', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en" from="2013" to="2014-06"></pe-timeline>`);
    const lo = sortKey(parseDate('2013')!.start);
    const hi = sortKey(parseDate('2014-06')!.start, true);
    const want = events.filter((e) => overlaps(e, lo, hi)).map((e) => e.id);
    expect(shownIds(el)).to.have.members(want);
    expect(shownIds(el)).to.have.length(want.length);
    // The 2007–2013 range overlaps 2013; the 2007 law and the September 2014 events do not.
    expect(shownIds(el)).to.include.members(['cases-2007-2013', 'convictions-2013', 'tip-2014']);
    expect(shownIds(el)).not.to.include.members(['ley-28950']);
    expect(shownIds(el)).not.to.include('special-prosecutors');
    expect(text(root(el).querySelector('.count'))).to.equal(messages.en.count(want.length, events.length));

    el.from = '';
    el.to = '2007-01';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ley-28950', 'complaints-2007-2014', 'cases-2007-2013']);
  });

  it('category keeps one or several categories, space or comma separated, with localised badges', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es" category="law, policy"></pe-timeline>`);
    const want = events.filter((e) => e.category === 'law' || e.category === 'policy').map((e) => e.id);
    expect(shownIds(el)).to.have.members(want);
    const badges = items(el).map((li) => text(li.querySelector('.badge')));
    expect(badges).to.have.members(['ley', 'política']);
    el.category = 'international';
    el.lang = 'en';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(events.filter((e) => e.category === 'international').map((e) => e.id));
    expect(items(el).map((li) => text(li.querySelector('.badge')))).to.deep.equal(['international', 'international']);
    el.category = 'figures report';
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(events.filter((e) => e.category === 'figures' || e.category === 'report').length);
  });

  it('labels every category in both languages, with a colour token and the word', async () => {
    const data: Dataset = {
      sources: [{ id: 's', publisher: 'P' }],
      events: EVENT_CATEGORIES.map((category, i) => ({ id: category, date: `${2000 + i}`, category, title: category, sourceIds: ['s'] })),
    };
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es" theme="light" .data=${data}></pe-timeline>`);
    const es = items(el).map((li) => text(li.querySelector('.badge')));
    expect(es).to.deep.equal(['ley', 'cifras', 'política', 'internacional', 'informe']);
    const colours = items(el).map((li) => getComputedStyle(li.querySelector('.badge')!).color);
    expect(new Set(colours).size).to.equal(EVENT_CATEGORIES.length);
    el.lang = 'en';
    await el.updateComplete;
    expect(items(el).map((li) => text(li.querySelector('.badge')))).to.deep.equal([...EVENT_CATEGORIES]);
  });

  it('an empty result is a friendly message, not an error', async () => {
    let errors = 0;
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es" from="2020" @pe-error=${() => errors++}></pe-timeline>`);
    expect(text(root(el).querySelector('.empty'))).to.equal(messages.es.empty);
    expect(text(root(el).querySelector('.empty'))).to.equal('No hay eventos en este rango o categoría.');
    expect(alertOf(el) === null, 'alertOf(el) is absent').to.equal(true);
    expect(root(el).querySelector('ol') === null, `root(el).querySelector('ol') is absent`).to.equal(true);
    expect(errors).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('highlight marks one event visibly and in words, not by colour alone', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es" highlight="tip-2014"></pe-timeline>`);
    const marked = items(el).filter((li) => li.querySelector('.mark'));
    expect(marked).to.have.length(1);
    expect(marked[0].querySelector('button')!.dataset.id).to.equal('tip-2014');
    expect(text(marked[0].querySelector('.mark'))).to.equal(messages.es.highlighted);
    // The word is part of the description a screen reader gives the focused event.
    const pick = marked[0].querySelector('button')!;
    expect(text(root(el).getElementById(pick.getAttribute('aria-describedby')!))).to.contain(messages.es.highlighted);
    // The highlighted event holds the tab stop.
    expect(pick.tabIndex).to.equal(0);
    const plain = itemOf(el, 'ley-28950');
    expect(getComputedStyle(marked[0]).boxShadow).not.to.equal(getComputedStyle(plain).boxShadow);
    // The word itself, in each language.
    expect(text(marked[0].querySelector('.mark'))).to.equal('destacado');
    expect(text(root(el).getElementById(pick.getAttribute('aria-describedby')!))).to.contain('destacado');
    el.lang = 'en';
    await el.updateComplete;
    const en = itemOf(el, 'tip-2014');
    expect(text(en.querySelector('.mark'))).to.equal('highlighted');
    const enPick = en.querySelector('button')!;
    expect(text(root(el).getElementById(enPick.getAttribute('aria-describedby')!))).to.contain('highlighted');
  });

  const bad: [string, string, string[]][] = [
    ['from="20x3"', 'from', ['20x3', '2014-11']],
    ['to="2014-13"', 'to', ['2014-13']],
    ['from="2015" to="2013"', 'from', ['2015', '2013']],
    ['category="law crimes"', 'category', ['crimes', EVENT_CATEGORIES.join(', ')]],
    ['highlight="nope"', 'highlight', ['nope', events.map((e) => e.id).join(', ')]],
    ['orientation="diagonal"', 'orientation', ['diagonal', 'horizontal']],
  ];
  for (const [attrs, path, words] of bad) {
    it(`${attrs} shows an error naming "${path}" and fires pe-error`, async () => {
      const wrap = document.createElement('div');
      const el = document.createElement('pe-timeline');
      for (const [, k, v] of attrs.matchAll(/(\w+)="([^"]*)"/g)) el.setAttribute(k, v);
      el.lang = 'en';
      const seen = oneEvent(el, 'pe-error');
      wrap.append(el);
      document.body.append(wrap);
      try {
        const { detail } = (await seen) as CustomEvent<PeErrorDetail>;
        expect(detail.kind).to.equal('input');
        expect(detail.errors.map((e) => e.path)).to.deep.equal([path]);
        for (const w of words) expect(detail.errors[0].message.en).to.contain(w);
        expect(detail.errors[0].message.es).to.contain(words[0]);
        await el.updateComplete;
        expect(text(alertOf(el)!.querySelector('code'))).to.equal(path);
        expect(text(alertOf(el))).to.contain(words[0]);
        el.lang = 'es';
        await el.updateComplete;
        expect(text(alertOf(el))).to.contain(detail.errors[0].message.es);
      } finally {
        wrap.remove();
      }
    });
  }
});

describe('pe-timeline: keyboard and selection', () => {
  it('has one tab stop; arrows, Home and End move focus between events', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const bs = picks(el);
    expect(bs.filter((b) => b.tabIndex === 0)).to.deep.equal([bs[0]]);
    bs[0].focus();
    const key = async (k: string) => {
      await sendKeys({ press: k });
      await el.updateComplete;
    };
    await key('ArrowDown');
    expect(active(el) === bs[1], `focus on bs[1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    expect(bs[1].tabIndex).to.equal(0);
    expect(bs[0].tabIndex).to.equal(-1);
    await key('ArrowDown');
    expect(active(el) === bs[2], `focus on bs[2], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await key('ArrowUp');
    expect(active(el) === bs[1], `focus on bs[1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await key('End');
    expect(active(el) === bs[bs.length - 1], `focus on bs[bs.length - 1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await key('ArrowDown');
    expect(active(el) === bs[bs.length - 1], `focus on bs[bs.length - 1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await key('Home');
    expect(active(el) === bs[0], `focus on bs[0], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await key('ArrowUp');
    expect(active(el) === bs[0], `focus on bs[0], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    // Tab leaves the list instead of walking through every event: the next stop is a source link.
    await key('Tab');
    expect(active(el)?.tagName).to.equal('A');
    expect(items(el)[0].contains(active(el))).to.equal(true);
  });

  it('moves with Left/Right in a horizontal timeline (dispatched key events)', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en" orientation="horizontal" style="width: 900px"></pe-timeline>`);
    const bs = picks(el);
    bs[0].focus();
    const press = async (key: string) => {
      (active(el) as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
    };
    await press('ArrowRight');
    expect(active(el) === bs[1], `focus on bs[1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await press('ArrowRight');
    expect(active(el) === bs[2], `focus on bs[2], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await press('ArrowLeft');
    expect(active(el) === bs[1], `focus on bs[1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await press('End');
    expect(active(el) === bs[bs.length - 1], `focus on bs[bs.length - 1], not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
  });

  it('click, Enter and Space select an event: pe-select and aria-current', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es"></pe-timeline>`);
    const bs = picks(el);
    const target = bs[3];
    const id = target.dataset.id!;
    setTimeout(() => target.click());
    const { detail } = (await oneEvent(el, 'pe-select')) as CustomEvent<PeSelectDetail>;
    expect(detail).to.deep.equal({ type: 'event', id, label: t(byId(id).title, 'es'), selected: true });
    await el.updateComplete;
    expect(bs.filter((b) => b.getAttribute('aria-current') === 'true')).to.deep.equal([target]);

    bs[5].focus();
    const viaEnter = oneEvent(el, 'pe-select');
    await sendKeys({ press: 'Enter' });
    expect(((await viaEnter) as CustomEvent<PeSelectDetail>).detail.id).to.equal(bs[5].dataset.id);
    await sendKeys({ press: 'ArrowDown' });
    const viaSpace = oneEvent(el, 'pe-select');
    await sendKeys({ press: 'Space' });
    expect(((await viaSpace) as CustomEvent<PeSelectDetail>).detail.id).to.equal(bs[6].dataset.id);
    await el.updateComplete;
    expect(bs.filter((b) => b.getAttribute('aria-current') === 'true')).to.deep.equal([bs[6]]);
    expect(itemOf(el, bs[6].dataset.id!).classList.contains('sel')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('describes each event button with its date, category and place', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const b = picks(el).find((x) => x.dataset.id === 'special-prosecutors')!;
    const desc = text(root(el).getElementById(b.getAttribute('aria-describedby')!));
    const e = byId('special-prosecutors');
    expect(desc).to.contain(formatDate(e.date, 'en'));
    expect(desc).to.contain(messages.en.category.policy);
    expect(desc).to.contain(t(e.place, 'en'));
  });
});

describe('pe-timeline: layout', () => {
  const direction = (el: PeTimeline) => getComputedStyle(root(el).querySelector('ol')!).flexDirection;

  it('is vertical by default and horizontal only when the widget is wide enough', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="width: 900px"><pe-timeline id="v"></pe-timeline></div>
      <div style="width: 900px"><pe-timeline id="h" orientation="horizontal"></pe-timeline></div>
      <div style="width: 400px"><pe-timeline id="n" orientation="horizontal"></pe-timeline></div>
    </div>`);
    const [v, h, n] = ['v', 'h', 'n'].map((id) => wrap.querySelector<PeTimeline>(`#${id}`)!);
    await Promise.all([v, h, n].map((e) => e.updateComplete));
    expect(direction(v)).to.equal('column');
    expect(direction(h)).to.equal('row');
    // The query is on the widget's own width, not the viewport's: the page is wide here.
    expect(window.innerWidth).to.be.above(560);
    expect(direction(n)).to.equal('column');
    // Resizing the container switches the layout.
    (n.parentElement as HTMLElement).style.width = '900px';
    await waitUntil(() => direction(n) === 'row', 'did not switch to horizontal');
    (h.parentElement as HTMLElement).style.width = '320px';
    await waitUntil(() => direction(h) === 'column', 'did not switch to vertical');
    // A horizontal row scrolls within the widget instead of widening the page.
    const ol = root(n).querySelector('ol')!;
    expect(ol.scrollWidth).to.be.above(ol.clientWidth);
    expect(n.getBoundingClientRect().width).to.be.at.most(900);
  });

  it('reserves its height while src loads, then shows a clear error for data without events', async () => {
    const el = await fixture<PeTimeline>(
      html`<pe-timeline lang="es" src="/test-api/fixture?file=small.json&delay=1500"></pe-timeline>`,
    );
    const ph = root(el).querySelector<HTMLElement>('[part="placeholder"]')!;
    expect(ph).to.exist;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const tall = ph.getBoundingClientRect().height;
    expect(tall).to.be.at.least(60 * rem);
    el.setAttribute('orientation', 'horizontal');
    await el.updateComplete;
    const hph = root(el).querySelector<HTMLElement>('[part="placeholder"]')!;
    expect(hph.getBoundingClientRect().height).to.be.below(tall).and.at.least(25 * rem);
    const { detail } = (await oneEvent(el, 'pe-error')) as CustomEvent<PeErrorDetail>;
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['events']);
    await el.updateComplete;
    expect(text(alertOf(el))).to.contain(messages.es.noEvents);
    expect(text(alertOf(el))).to.contain('events: el conjunto de datos no tiene eventos');
  });

  it('says the data has no events for an empty list too, not that none match a filter it was not given', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const got = oneEvent(el, 'pe-error');
    el.data = { sources: [{ id: 'ngo', publisher: 'Una ONG' }], events: [] };
    const { detail } = (await got) as CustomEvent<PeErrorDetail>;
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['events']);
    await el.updateComplete;
    expect(text(alertOf(el))).to.contain('events: the dataset has no events');
    expect(root(el).querySelector('[part="empty"]')).to.equal(null);
  });
});

describe('pe-timeline: horizontal scrolling', () => {
  const list = (el: PeTimeline) => root(el).querySelector<HTMLOListElement>('ol')!;
  const hint = (el: PeTimeline) => root(el).querySelector('.hint');
  /** Whether the event's card lies within the list's visible box. */
  const inView = (el: PeTimeline, id: string) => {
    const a = itemOf(el, id).getBoundingClientRect();
    const b = list(el).getBoundingClientRect();
    return a.width > 0 && a.left >= b.left - 1 && a.right <= b.right + 1;
  };
  const settle = async (el: PeTimeline) => {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  };

  it('scrolls the list, never the page, so the highlighted event is in view', async () => {
    window.scrollTo(0, 0);
    // Below the fold of a tall page: scrolling the event into view with scrollIntoView would move the page.
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 150vh"></div>
      <div style="width: 800px"><pe-timeline id="h" lang="en" orientation="horizontal" highlight="convictions-2014"></pe-timeline></div>
      <div style="width: 800px"><pe-timeline id="v" lang="en" highlight="convictions-2014"></pe-timeline></div>
      <div style="width: 400px"><pe-timeline id="n" lang="en" orientation="horizontal" highlight="convictions-2014"></pe-timeline></div>
      <div style="height: 150vh"></div>
    </div>`);
    const [h, v, n] = ['h', 'v', 'n'].map((id) => wrap.querySelector<PeTimeline>(`#${id}`)!);
    await Promise.all([h, v, n].map(settle));
    expect(list(h).scrollWidth).to.be.above(list(h).clientWidth * 2);
    expect(inView(h, 'convictions-2014')).to.equal(true);
    expect(window.scrollY).to.equal(0);

    h.highlight = 'ley-28950';
    await settle(h);
    expect(inView(h, 'ley-28950')).to.equal(true);
    h.highlight = 'chile-ecuador-meetings';
    await settle(h);
    expect(inView(h, 'chile-ecuador-meetings')).to.equal(true);
    // Without a highlight the list starts at the beginning.
    h.highlight = '';
    await settle(h);
    expect(list(h).scrollLeft).to.equal(0);
    // New data with its own highlight.
    h.highlight = 'c2';
    h.data = userData();
    await settle(h);
    expect(shownIds(h)).to.deep.equal(['a', 'b', 'c1', 'c2']);
    expect(inView(h, 'c2')).to.equal(true);

    // A narrow widget is vertical; once wide enough, its row starts at the highlighted event.
    expect(list(n).scrollLeft).to.equal(0);
    (n.parentElement as HTMLElement).style.width = '800px';
    await waitUntil(() => list(n).scrollWidth > list(n).clientWidth && inView(n, 'convictions-2014'), 'highlight not revealed');
    expect(window.scrollY).to.equal(0);
  });

  it('shows that a horizontal list continues: a hint, faded edges and a labelled tab stop that scrolls', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <pe-timeline lang="es" orientation="horizontal"></pe-timeline>
    </div>`);
    const el = wrap.querySelector('pe-timeline')!;
    await settle(el);
    const ol = list(el);
    expect(text(hint(el))).to.equal(messages.es.scroll(events.length));
    expect(text(hint(el))).to.equal('Desplace la lista hacia los lados para ver los 9 eventos');
    expect(ol.tabIndex).to.equal(0);
    expect(ol.getAttribute('aria-label')).to.equal(messages.es.list);
    expect(root(el).getElementById(ol.getAttribute('aria-describedby')!)).to.equal(hint(el));
    /** '1' when the side shows its fade: a generated box at full opacity. */
    const fade = (side: '::before' | '::after') => {
      const st = getComputedStyle(root(el).querySelector('.tl')!, side);
      return /^(none|normal)$/.test(st.content) ? '0' : st.opacity;
    };
    // At the start only the end fades; at the end only the start.
    expect([fade('::before'), fade('::after')]).to.deep.equal(['0', '1']);
    ol.focus();
    expect(active(el) === ol, `focus on ol, not <${active(el)?.localName}> ${active(el)?.textContent?.trim().slice(0, 40)}`).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => ol.scrollLeft > 0, 'ArrowRight did not scroll the list');
    await waitUntil(() => fade('::before') === '1', 'no fade at the start');
    ol.scrollLeft = ol.scrollWidth;
    await waitUntil(() => fade('::after') === '0' && fade('::before') === '1', 'end still fades');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await settle(el);
    expect(text(hint(el))).to.equal(messages.en.scroll(events.length));
    // A row that fits says nothing and adds no tab stop.
    el.category = 'international';
    await settle(el);
    expect(items(el)).to.have.length(2);
    expect(hint(el) === null, 'hint(el) is absent').to.equal(true);
    expect(list(el).hasAttribute('tabindex')).to.equal(false);
    expect([fade('::before'), fade('::after')]).to.deep.equal(['0', '0']);
  });

  for (const width of [1000, 760]) {
    it(`at ${width}px, scrolls the list so each event focused from the keyboard, focus ring included, is clear of the fades; never the page`, async () => {
      window.scrollTo(0, 0);
      // A page taller than the window: the list scrolls, the page stays where focus() leaves it.
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <div style="width: ${width}px"><pe-timeline lang="es" orientation="horizontal"></pe-timeline></div>
        <div style="height: 150vh"></div>
      </div>`);
      const el = wrap.querySelector('pe-timeline')!;
      await settle(el);
      const ol = list(el);
      const fadeWidth = parseFloat(getComputedStyle(root(el).querySelector('.tl')!, '::after').width);
      expect(fadeWidth, 'fade width').to.be.above(20);
      /**
       * How far the focused event (its card, and its button's focus ring) stands inside the list's visible
       * box less the fades showing (at the start once scrolled, at the end until scrolled to it); < 0: under one.
       */
      const clearance = () => {
        const b = active(el)!;
        const cs = getComputedStyle(b);
        const ring = parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset);
        expect(ring, 'a focus ring').to.be.above(0);
        const btn = b.getBoundingClientRect();
        const card = b.closest('li')!.getBoundingClientRect();
        const box = ol.getBoundingClientRect();
        const left = box.left + (ol.scrollLeft > 1 ? fadeWidth : 0);
        const right = box.left + ol.clientWidth - (ol.scrollLeft < ol.scrollWidth - ol.clientWidth - 1 ? fadeWidth : 0);
        return Math.min(card.left - left, btn.left - ring - left, right - card.right, right - (btn.right + ring));
      };

      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      // Tab reaches the list (it scrolls with the arrow keys), then its first event.
      await sendKeys({ press: 'Tab' });
      expect(active(el) === ol, 'Tab: the list').to.equal(true);
      await sendKeys({ press: 'Tab' });
      const ids = shownIds(el);
      expect(active(el)?.dataset.id, 'Tab: the first event').to.equal(ids[0]);
      const y = window.scrollY;
      // Right to the last event, Home, End, and left back to the first.
      const keys = [...ids.slice(1).map(() => 'ArrowRight'), 'Home', 'End', ...ids.slice(1).map(() => 'ArrowLeft')];
      const to = [...ids.slice(1), ids[0], ids.at(-1)!, ...ids.slice(0, -1).reverse()];
      for (const [k, key] of keys.entries()) {
        await sendKeys({ press: key });
        await settle(el);
        expect(active(el)?.dataset.id).to.equal(to[k]);
        expect(clearance(), `press ${k + 1} (${key}) to ${to[k]}: px inside the list less its fades`).to.be.at.least(-0.5);
        expect(window.scrollY, 'the page did not scroll').to.equal(y);
      }
      expect(ol.scrollLeft).to.equal(0);
    });
  }

  it('leaves the list where it is when an event under a fade is clicked (the click must land on it)', async () => {
    window.scrollTo(0, 0);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 760px"><pe-timeline lang="es" orientation="horizontal"></pe-timeline></div>`);
    const el = wrap.querySelector('pe-timeline')!;
    await settle(el);
    const ol = list(el);
    const id = shownIds(el)[2];
    const b = picks(el)[2];
    const r = b.getBoundingClientRect();
    // Its card reaches under the end fade.
    expect(itemOf(el, id).getBoundingClientRect().right).to.be.above(ol.getBoundingClientRect().left + ol.clientWidth - 20);
    const selected = oneEvent(el, 'pe-select');
    try {
      await sendMouse({ type: 'click', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    } finally {
      await resetMouse();
    }
    expect(((await selected) as CustomEvent<PeSelectDetail>).detail.id).to.equal(id);
    expect(active(el) === b, 'the clicked event has focus').to.equal(true);
    await settle(el);
    expect(ol.scrollLeft).to.equal(0);
  });

  it('has no empty band under the cards of a horizontal row', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <pe-timeline lang="en" orientation="horizontal" highlight="convictions-2014"></pe-timeline>
    </div>`);
    const el = wrap.querySelector('pe-timeline')!;
    await settle(el);
    const em = parseFloat(getComputedStyle(list(el)).fontSize);
    const tallest = Math.max(...items(el).map((li) => li.getBoundingClientRect().height));
    const ol = list(el).getBoundingClientRect();
    // The row is as tall as its tallest card (plus its padding and scrollbar), and the widget ends there.
    expect(ol.height - tallest).to.be.below(2 * em);
    expect(root(el).querySelector('.frame')!.getBoundingClientRect().bottom - ol.bottom).to.be.below(1.5 * em);
  });
});

describe('pe-timeline: user data', () => {
  it('shows an NGO\'s own events with their sources, as text', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="es" .data=${userData()}></pe-timeline>`);
    expect(picks(el).map((b) => b.textContent)).to.deep.equal(['Primero', 'Segundo', 'Third <img src=x onerror=alert(1)>', 'Fourth']);
    expect(root(el).querySelector('img') === null, `root(el).querySelector('img') is absent`).to.equal(true);
    const first = items(el)[0];
    expect(text(first.querySelector('time'))).to.equal(formatDate('2022-12-01', 'es'));
    expect(text(first.querySelector('.meta'))).to.contain('Cusco');
    const links = [...first.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/informe']);
    expect(text(first.querySelector('[part="source"]'))).to.contain('Nota');
    expect(text(items(el)[3].querySelector('.desc'))).to.equal('Same month, later in the list');
    await expect(el).to.be.accessible();
  });

  it('bad events show every problem with its field path and fire pe-error', async () => {
    const data = {
      sources: [{ id: 's', publisher: 'P' }],
      events: [
        { id: 'x', date: '2014-02-30', category: 'law', title: 'Bad date', sourceIds: ['s'] },
        { id: 'y', date: '2014', category: 'law', sourceIds: ['s'] },
        { id: 'z', date: '2014', category: 'crime', title: 'Bad category', sourceIds: ['s'] },
      ],
    };
    const el = await fixture<PeTimeline>(html`<pe-timeline lang="en"></pe-timeline>`);
    const seen = oneEvent(el, 'pe-error');
    el.data = data;
    const { detail } = (await seen) as CustomEvent<PeErrorDetail>;
    expect(detail.kind).to.equal('validation');
    expect(detail.origin).to.equal('data');
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['events[0].date', 'events[1].title', 'events[2].category']);
    await el.updateComplete;
    const shown = [...alertOf(el)!.querySelectorAll('li')].map(text);
    expect(shown[0]).to.contain('events[0].date').and.contain('2014-02-30');
    expect(shown[1]).to.contain('events[1].title');
    expect(shown[2]).to.contain('events[2].category').and.contain('crime').and.contain('international');
    expect(root(el).querySelector('ol') === null, `root(el).querySelector('ol') is absent`).to.equal(true);
    el.lang = 'es';
    await el.updateComplete;
    expect(text(alertOf(el))).to.contain(detail.errors[0].message.es);
    await expect(el).to.be.accessible();
  });
});

describe('pe-timeline: accessibility', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['es', 'en']) {
      it(`passes axe in ${theme}, ${lang}, vertical and horizontal, with a highlight`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">
          <pe-timeline theme=${theme} lang=${lang} highlight="blue-heart"></pe-timeline>
          <pe-timeline theme=${theme} lang=${lang} orientation="horizontal" category="figures international"></pe-timeline>
        </div>`);
        const els = [...wrap.querySelectorAll('pe-timeline')];
        await Promise.all(els.map((e) => e.updateComplete));
        expect(els.map((e) => e.dataset.scheme)).to.deep.equal([theme, theme]);
        for (const el of els) await expect(el).to.be.accessible();
      });
    }
  }

  it('keeps category words readable in dark mode (contrast of badge text on the background)', async () => {
    const el = await fixture<PeTimeline>(html`<pe-timeline theme="dark" lang="en"></pe-timeline>`);
    const lum = (c: string) => {
      const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bg = lum(getComputedStyle(root(el).querySelector('.frame')!).backgroundColor);
    expect(root(el).querySelectorAll('.badge')).to.have.length(9);
    for (const badge of root(el).querySelectorAll('.badge')) {
      const fg = lum(getComputedStyle(badge).color);
      expect((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)).to.be.at.least(4.5);
    }
  });
});
