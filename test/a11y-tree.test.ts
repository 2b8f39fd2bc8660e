/**
 * What Chromium's accessibility tree (the one screen readers read) says about the widgets: roles,
 * accessible names and descriptions, heading levels. The other test files compute names from the DOM;
 * this file asks the browser (the 'a11y-tree' command in web-test-runner.config.mjs, via the DevTools
 * protocol), so the two cannot drift apart.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  focused?: boolean;
  children?: AxNode[];
}

const all = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(all)];
const tree = async (id: string) => all(await executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector: `#${id}` }));
const names = (nodes: AxNode[], role: string) => nodes.filter((n) => n.role === role).map((n) => n.name ?? '');

async function page(body: string): Promise<void> {
  document.body.innerHTML = body;
  const els = [...document.body.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('pe-victim-breakdown, pe-hub-map, pe-timeline, pe-stat-card')];
  await Promise.all(els.map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('accessibility tree (Chromium)', () => {
  it('breakdown: a named region, its heading at the level asked for, categories named "Female: 85%"', async () => {
    await page(`<button id="before">before</button>
      <pe-victim-breakdown id="a" dimension="sex" lang="en"></pe-victim-breakdown>
      <pe-victim-breakdown id="b" dimension="sex" lang="en" heading-level="2"></pe-victim-breakdown>`);
    const a = await tree('a');
    expect(a.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal(['Victims by sex']);
    expect(a.filter((n) => n.role === 'heading').map((n) => [n.name, n.level])).to.deep.equal([['Victims by sex', 3]]);
    expect(names(a, 'button')).to.deep.equal([
      'Diálogo (2007–2013)',
      'Crime Observatory of the Public Ministry of Peru, via Agencia Andina (Jan 2007–Apr 2014)',
      'Female: 85%',
      'Not specified: 15%',
      'Show as table',
      'Download CSV',
    ]);
    const b = await tree('b');
    expect(b.filter((n) => n.role === 'heading').map((n) => [n.name, n.level])).to.deep.equal([['Victims by sex', 2]]);
  });

  it('breakdown: a focused category is described by what its name does not say', async () => {
    await page(`<button id="before">before</button><pe-victim-breakdown id="a" dimension="sex" lang="en"></pe-victim-breakdown>`);
    document.getElementById('before')!.focus();
    // Tab past the two "Data from" buttons to the first category.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = (await tree('a')).filter((n) => n.focused);
    expect(focused.map((n) => [n.role, n.name, n.description])).to.deep.equal([
      ['button', 'Female: 85%', 'Share of victims in reported cases, 2007–2013 — Source: Diálogo, November 7, 2014'],
    ]);
  });

  it('breakdown: a form of exploitation is read with its standard type, once', async () => {
    await page(`<pe-victim-breakdown id="a" dimension="exploitation" lang="es"></pe-victim-breakdown>`);
    const buttons = names(await tree('a'), 'button');
    expect(buttons).to.include('Trabajo forzoso en la tala (tipo: Trabajo forzoso)');
    expect(buttons).to.include('Trabajo infantil forzoso: mendicidad (tipo: Mendicidad forzada)');
    expect(buttons).to.include('Explotación sexual');
    expect(buttons.filter((n) => n.includes('tipo:')).every((n) => n.split('tipo:').length === 2)).to.equal(true);
  });

  it('map: regions as a listbox of named options; the figures in them cite their source', async () => {
    await page(`<pe-hub-map id="m" lang="es" heading-level="4"></pe-hub-map>`);
    const m = await tree('m');
    expect(m.filter((n) => n.role === 'heading').map((n) => [n.name, n.level])).to.deep.equal([
      ['Perú: sedes previstas de fiscalías especializadas y regiones más afectadas', 4],
    ]);
    const listboxes = m.filter((n) => n.role === 'listbox');
    expect(listboxes.map((l) => [l.name, all(l).filter((o) => o.role === 'option').length])).to.deep.equal([['Regiones', 26], ['Sedes', 5]]);
    const regions = listboxes[0].children!.filter((o) => o.role === 'option').map((o) => o.name);
    expect(regions[0]).to.equal('Amazonas — 73 denuncias, ene. 2007–abr. 2014');
    expect(regions).to.include('Áncash — 29 denuncias, ene. 2007–abr. 2014; por distrito fiscal: Áncash 26, Santa 3');
    // The regional figures are shown (names, tooltips, table) with the default layers: their source is read too.
    expect(m.some((n) => (n.name ?? '').includes('Observatorio de Criminalidad del Ministerio Público, vía Agencia Andina'))).to.equal(true);
  });

  it('stat card: one sentence with qualifier, number, place and period, then each source once', async () => {
    await page(`<pe-stat-card id="s" stat="convictions-2013" lang="es"></pe-stat-card>
      <pe-stat-card id="q" stat="cases-filed-2007-2013" lang="en" variant="compact"></pe-stat-card>`);
    // What a screen reader reads in order: text leaves and links (a link's own text is not read twice).
    const read = (n: AxNode): string[] => (n.role === 'StaticText' || n.role === 'link' ? [n.name ?? ''] : (n.children ?? []).flatMap(read));
    const root = (id: string) => executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector: `#${id}` });
    expect(read(await root('s'))).to.deep.equal([
      '41 condenas por trata de personas en el Perú en 2013.',
      'InSight Crime señala que la trata a menudo queda impune en el Perú; cita al Departamento de Estado de EE. UU. para las 41 condenas.',
      'Fuentes: ',
      'Diálogo, ',
      'Perú to add prosecutors to fight human trafficking',
      ' (7 de noviembre de 2014)',
      '; InSight Crime, ',
      'Nota sobre los fiscales especiales contra la trata en el Perú',
      ' (26 de setiembre de 2014)',
      '; Peru Support Group, ',
      'Resumen del Informe sobre la Trata de Personas 2015: Perú',
      ' (7 de setiembre de 2015)',
    ]);
    const compact = read(await root('q'));
    expect(compact[0]).to.equal('More than 1,500 human trafficking cases filed by prosecutors in Peru from 2007 to 2013.');
    expect(compact.filter((t) => t.includes('Diálogo')).length).to.equal(1);
  });

  it('timeline: title and events at the levels asked for, each event a button inside its heading', async () => {
    await page(`<pe-timeline id="t" lang="en" heading-level="2" from="2014-11"></pe-timeline>`);
    const t = await tree('t');
        const title = 'Human trafficking in Peru: timeline';
    expect(t.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal([title]);
    const events = ['Peru announces it is joining the UN Blue Heart Campaign', '19 convictions for human trafficking'];
    expect(t.filter((n) => n.role === 'heading').map((n) => [n.name, n.level])).to.deep.equal([[title, 2], ...events.map((e) => [e, 3])]);
    // Inside each event heading, one button named by the title; its date, category and place are its description.
    const buttons = t.filter((n) => n.role === 'heading' && n.level === 3).map((h) => all(h).filter((n) => n.role === 'button'));
    expect(buttons.map((b) => b.map((n) => [n.name, n.description]))).to.deep.equal([
      [[events[0], 'November 2014 international']],
      [[events[1], '2014 figures Peru']],
    ]);
  });
});
