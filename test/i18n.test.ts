import { expect } from '@open-wc/testing';
import { formatDate, formatList, formatNumber, formatShare, formatValue } from '../src/i18n/format.js';
import { resolveLocale, toLocale } from '../src/i18n/locale.js';
import { catalogs } from '../src/i18n/catalog.js';

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
});

describe('i18n: numbers and qualifiers', () => {
  it('formats numbers and shares with Intl for es-PE and en', () => {
    expect(formatNumber(1976, 'en')).to.equal('1,976');
    expect(formatNumber(1976, 'es')).to.equal(new Intl.NumberFormat('es-PE').format(1976));
    expect(formatShare(0.796, 'en')).to.equal('79.6%');
    expect(formatShare(0.85, 'es')).to.equal(new Intl.NumberFormat('es-PE', { style: 'percent' }).format(0.85));
  });

  it('keeps qualifiers with the value', () => {
    expect(formatValue({ value: 1500, qualifier: 'more-than', unit: 'count' }, 'en').text).to.equal('more than 1,500');
    expect(formatValue({ value: 1500, qualifier: 'more-than', unit: 'count' }, 'es').text).to.equal(`más de ${formatNumber(1500, 'es')}`);
    expect(formatValue({ value: 41, unit: 'count' }, 'en').text).to.equal('41');
    expect(formatValue({ value: 0.85, qualifier: 'approximately', unit: 'share' }, 'en').text).to.equal('about 85%');
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

  it('returns text that does not parse unchanged (the validator reports it)', () => {
    expect(formatDate('circa 2010', 'en')).to.equal('circa 2010');
  });
});
