import { expect } from '@open-wc/testing';
import { decimal, formatDate, formatList, formatNumber, formatShare, formatValue, numText } from '../src/i18n/format.js';
import { resolveLocale, toLocale } from '../src/i18n/locale.js';
import { catalogs } from '../src/i18n/catalog.js';
import { messages as map } from '../src/components/hub-map/messages.js';
import { messages as card } from '../src/components/stat-card/messages.js';
import { messages as timeline } from '../src/components/timeline/messages.js';
import { messages as breakdown } from '../src/components/victim-breakdown/messages.js';

describe('i18n: locale', () => {
  it('maps language tags to es or en', () => {
    expect(toLocale('es-PE')).to.equal('es');
    expect(toLocale('ES')).to.equal('es');
    expect(toLocale('en_GB')).to.equal('en');
    expect(toLocale('qu')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
  });

  it('falls back to <html lang>, then English', () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    const el = document.createElement('span');
    document.body.append(el);
    try {
      html.setAttribute('lang', 'es-419');
      expect(resolveLocale(el)).to.equal('es');
      html.removeAttribute('lang');
      expect(resolveLocale(el)).to.equal('en');
    } finally {
      el.remove();
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('has every shared word in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(catalogs.es)).to.deep.equal(keys(catalogs.en));
  });

  it('has no empty word in any catalog, shared or of a widget, in either language', () => {
    // Functions are called with sample arguments (a base such as "of Lima" / "de Lima" first, as the
    // breakdown's base phrases need); the exact qualifier is the one word meant to be empty.
    const empty: string[] = [];
    const leaves = (o: object, at: string, of = at.includes('.es') ? 'de Lima' : 'of Lima'): number =>
      Object.entries(o).reduce((n, [k, v]) => {
        const path = `${at}.${k}`;
        if (v && typeof v === 'object') return n + leaves(v, path, of);
        const text: unknown = typeof v === 'function' ? v(of, 'Cusco', 'Piura', 'Tacna') : v;
        if (typeof text !== 'string' || (!text.trim() && !path.endsWith('.qualifier.exact'))) empty.push(path);
        return n + 1;
      }, 0);
    const all = { shared: catalogs, map: map, card: card, timeline: timeline, breakdown: breakdown };
    const counted = Object.entries(all).map(([name, c]) => [leaves(c.en, `${name}.en`), leaves(c.es, `${name}.es`)]);
    expect(empty).to.deep.equal([]);
    // Each catalog was walked, in both languages (English HTCDS names are derived, so counts differ).
    expect(counted.flat().filter((n) => n < 9)).to.deep.equal([]);
  });
});

describe('i18n: numbers and qualifiers', () => {
  it('formats numbers and shares with Intl for es-PE and en', () => {
    expect(formatNumber(1976, 'en')).to.equal('1,976');
    expect(formatNumber(1976, 'es')).to.equal(new Intl.NumberFormat('es-PE').format(1976));
    expect(formatShare(0.796, 'en')).to.equal('79.6%');
    expect(formatShare(0.85, 'es')).to.equal(new Intl.NumberFormat('es-PE', { style: 'percent' }).format(0.85));
  });

  it('gives exactly what Intl gives for es-PE and en, without calling Intl (numbers, shares, rounding)', () => {
    // A deterministic spread of values: integers of every length, halves and other rounding edges,
    // shares from 0 to 2 in steps of 0.0001, negatives, -0 and values in exponent notation (these go to Intl).
    const values: number[] = [0, -0, 0.05, 0.15, 0.25, 0.35, 1.05, 2.25, 9.95, 99.95, 999.95, 1e-7, 1e21, 1.5e22, -3.25, -0.04];
    for (let i = 0; i < 2000; i++) values.push(Math.round(Math.pow(1.013, i) * 1000) / 1000, Math.floor(Math.pow(1.02, i % 900)), (i * 7919) % 100003 / 8);
    for (let i = 0; i <= 20000; i++) values.push(i / 10000);
    for (const [locale, tag] of [['es', 'es-PE'], ['en', 'en']] as const) {
      const n = new Intl.NumberFormat(tag, { maximumFractionDigits: 6 });
      const p = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
      const p3 = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 3 });
      const wrong: string[] = [];
      for (const v of values) {
        for (const v2 of [v, -v]) {
          if (formatNumber(v2, locale) !== n.format(v2)) wrong.push(`number ${v2}: ${formatNumber(v2, locale)} ≠ ${n.format(v2)}`);
          if (formatShare(v2, locale) !== p.format(v2)) wrong.push(`share ${v2}: ${formatShare(v2, locale)} ≠ ${p.format(v2)}`);
          if (decimal(v2, locale, true, 3) !== p3.format(v2)) wrong.push(`exact share ${v2}: ${decimal(v2, locale, true, 3)} ≠ ${p3.format(v2)}`);
        }
      }
      expect(wrong.slice(0, 10), `${wrong.length} differences in ${locale}`).to.deep.equal([]);
    }
    expect(formatNumber(1500, 'es')).to.equal('1,500');
    // Numbers as given (up to six decimals); shares rounded to a tenth of a percent.
    expect([formatNumber(14.75, 'es'), formatNumber(0.125, 'en'), formatNumber(2 / 3, 'en'), formatShare(0.7963, 'en')]).to.deep.equal(['14.75', '0.125', '0.666667', '79.6%']);
    expect(formatShare(0.405, 'en')).to.equal('40.5%');
  });

  it('writes numbers for attributes exactly as String() does (numText)', () => {
    const values = [0, -0, 1, -1, 7, 0.1, 0.7, 1 / 3, -12.5, 512, 2014, 1e-7, 1e21, -1.5e-9, 2 ** 53, NaN, Infinity, -Infinity];
    for (let i = 0; i < 5000; i++) values.push(Math.round(Math.sin(i) * 1e6) / 10 ** (i % 7), (i * 7919) % 100003);
    const wrong = values.filter((v) => numText(v) !== String(v)).map((v) => `${v} → ${numText(v)}`);
    expect(wrong.slice(0, 10), `${wrong.length} differences`).to.deep.equal([]);
  });

  it('keeps qualifiers with the value', () => {
    expect(formatValue({ value: 1500, qualifier: 'more-than', unit: 'count' }, 'en').text).to.equal('more than 1,500');
    expect(formatValue({ value: 1500, qualifier: 'more-than', unit: 'count' }, 'es').text).to.equal(`más de ${formatNumber(1500, 'es')}`);
    expect(formatValue({ value: 41, unit: 'count' }, 'en').text).to.equal('41');
    expect(formatValue({ value: 0.85, qualifier: 'approximately', unit: 'share' }, 'en').text).to.equal('about 85%');
    // Every qualifier a dataset may use, in both languages, on a count, a share and years.
    const shown = (['exact', 'more-than', 'at-least', 'less-than', 'approximately'] as const).map((qualifier) =>
      (['en', 'es'] as const).map((l) =>
        [formatValue({ value: 120, qualifier, unit: 'count' }, l), formatValue({ value: 0.25, qualifier, unit: 'share' }, l), formatValue({ value: 8, qualifier, unit: 'years' }, l)]
          .map((v) => v.text)
          .join(' | '),
      ),
    );
    expect(shown).to.deep.equal([
      ['120 | 25% | 8 years', '120 | 25% | 8 años'],
      ['more than 120 | more than 25% | more than 8 years', 'más de 120 | más de 25% | más de 8 años'],
      ['at least 120 | at least 25% | at least 8 years', 'al menos 120 | al menos 25% | al menos 8 años'],
      ['less than 120 | less than 25% | less than 8 years', 'menos de 120 | menos de 25% | menos de 8 años'],
      ['about 120 | about 25% | about 8 years', 'alrededor de 120 | alrededor de 25% | alrededor de 8 años'],
    ]);
  });

  it('never turns "slightly more than half" into a number', () => {
    const en = formatValue({ value: 0.5, qualifier: 'slightly-more-than-half', unit: 'share' }, 'en');
    const es = formatValue({ value: 0.5, qualifier: 'slightly-more-than-half', unit: 'share' }, 'es');
    expect(en.text).to.equal('slightly more than half');
    expect(es.text).to.equal('algo más de la mitad');
    expect(en.text + es.text).not.to.match(/\d/);
  });

  it('formats ranges of years with an en dash', () => {
    const en = formatValue({ range: [8, 25], unit: 'years' }, 'en');
    expect(en.text).to.equal('8–25 years');
    expect(en.number).to.equal('8–25');
    expect(en.unit).to.equal('years');
    expect(formatValue({ range: [8, 25], unit: 'years' }, 'es').text).to.equal('8–25 años');
  });

  it('joins lists in each language', () => {
    expect(formatList(['Lima', 'Cusco', 'Piura'], 'en')).to.equal('Lima, Cusco and Piura');
    expect(formatList(['Lima', 'Cusco'], 'es')).to.equal('Lima y Cusco');
  });
});

describe('i18n: dates keep their precision', () => {
  it('day, month, year', () => {
    expect(formatDate('2007-01-16', 'en')).to.equal('January 16, 2007');
    expect(formatDate('2007-01-16', 'es')).to.equal('16 de enero de 2007');
    expect(formatDate('2014-11', 'en')).to.equal('November 2014');
    expect(formatDate('2014-11', 'es')).to.equal('noviembre de 2014');
    expect(formatDate('2013', 'es')).to.equal('2013');
  });

  it('ranges', () => {
    expect(formatDate('2007/2013', 'en')).to.equal('2007–2013');
    expect(formatDate('2007-01/2014-04', 'en')).to.equal('Jan 2007–Apr 2014');
    expect(formatDate('2007-01/2014-04', 'es')).to.match(/^ene\.? 2007–abr\.? 2014$/);
  });

  it('writes every month of every precision as Intl does (es-PE says "setiembre")', () => {
    for (const [locale, tag] of [['es', 'es-PE'], ['en', 'en']] as const) {
      const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', ...o });
      const day = f({ month: 'long', day: 'numeric' }), month = f({ month: 'long' });
      const sMonth = f({ month: 'short' }), sDay = f({ month: 'short', day: 'numeric' });
      for (const year of [1001, 2007, 2014, 2026]) {
        for (let m = 1; m <= 12; m++) {
          const mm = String(m).padStart(2, '0');
          for (const d of [1, 9, 28]) {
            const dd = String(d).padStart(2, '0');
            const t = Date.UTC(year, m - 1, d);
            expect(formatDate(`${year}-${mm}-${dd}`, locale)).to.equal(day.format(t));
            expect(formatDate(`${year}-${mm}-${dd}/${year}-${mm}-${dd}`, locale)).to.equal(`${sDay.format(t)}–${sDay.format(t)}`);
          }
          const t = Date.UTC(year, m - 1, 1);
          expect(formatDate(`${year}-${mm}`, locale)).to.equal(month.format(t));
          expect(formatDate(`${year}-${mm}/${year}-${mm}`, locale)).to.equal(`${sMonth.format(t)}–${sMonth.format(t)}`);
        }
      }
    }
    // Years before 1000 go through Intl itself (the tables above assume four-digit years).
    for (const [locale, tag] of [['es', 'es-PE'], ['en', 'en']] as const) {
      const f = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long' });
      expect(formatDate('0999-05', locale)).to.equal(f.format(Date.UTC(999, 4, 1)));
      expect(formatDate('0050-05', locale)).to.equal(f.format(new Date(0).setUTCFullYear(50, 4, 1)));
      expect(formatDate('0050-05', locale)).to.not.contain('1950');
    }
    expect(formatDate('2014-09', 'es')).to.equal('setiembre de 2014');
    expect(formatDate('2014-09-09/2014-12-01', 'es')).to.equal('9 set. 2014–1 dic. 2014');
  });

  it('returns text that does not parse unchanged (the validator reports it)', () => {
    expect(formatDate('circa 2010', 'en')).to.equal('circa 2010');
  });
});
