// Embed code pasted through a CMS's visual editor or a word processor: its straight quotes come back
// typographic (stat="convictions-2013" → stat=”convictions-2013”), and the HTML parser keeps them in the
// value. The widgets read such a value as the straight-quoted one; a value with a space is split by the
// parser into several attributes, which no guess repairs, so the widget says what happened and how to fix it.
import { expect } from '@open-wc/testing';
import type { PeErrorDetail } from '../src/core/events.js';
import { alertOf, define, recordErrors, shadowText, WIDGETS } from './fixtures/hardening/widgets.js';

/** Parses `markup` as a page would (the HTML parser, not a template) and waits for its widgets to settle. */
async function page(markup: string): Promise<{ box: HTMLDivElement; errors: PeErrorDetail[] }> {
  await Promise.all(WIDGETS.map(define));
  const box = document.createElement('div');
  const errors: PeErrorDetail[] = [];
  box.addEventListener('pe-error', (e) => errors.push((e as CustomEvent<PeErrorDetail>).detail));
  document.body.append(box);
  box.innerHTML = markup;
  for (const el of box.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*')) await el.updateComplete;
  // The first report on the embedded data waits a task (see PeElement.updated).
  await new Promise((r) => setTimeout(r, 20));
  return { box, errors };
}

const widget = (box: Element) => box.firstElementChild as HTMLElement;

describe('hardening: embed code pasted with typographic quotes', () => {
  let record: ReturnType<typeof recordErrors>;
  beforeEach(() => (record = recordErrors()));
  afterEach(() => {
    record.stop();
    document.body.replaceChildren();
  });

  // Each widget with its ids, keywords and language in ”…”, “…”, „…“ and «…»: what the straight-quoted code shows.
  const CASES: [string, string][] = [
    ['<pe-stat-card stat="convictions-2013" lang="es"></pe-stat-card>', '<pe-stat-card stat=”convictions-2013” lang=”es”></pe-stat-card>'],
    ['<pe-stat-card stat="la-rinconada-girls" variant="compact" lang="en"></pe-stat-card>', '<pe-stat-card stat=“la-rinconada-girls” variant=“compact” lang=“en”></pe-stat-card>'],
    ['<pe-victim-breakdown dimension="age" variant="waffle" lang="es"></pe-victim-breakdown>', '<pe-victim-breakdown dimension=„age“ variant=„waffle“ lang=„es“></pe-victim-breakdown>'],
    ['<pe-timeline from="2013" orientation="horizontal" lang="en"></pe-timeline>', '<pe-timeline from=«2013» orientation=«horizontal» lang=«en»></pe-timeline>'],
    ['<pe-hub-map layers="values" region="PE-LOR" lang="es"></pe-hub-map>', '<pe-hub-map layers=”values” region=”PE-LOR” lang=”es”></pe-hub-map>'],
  ];
  for (const [straight, curly] of CASES) {
    it(`reads ${curly.slice(0, curly.indexOf('>') + 1)} as the straight-quoted code`, async () => {
      const a = await page(straight);
      const expected = shadowText(widget(a.box));
      a.box.remove();
      const b = await page(curly);
      expect(alertOf(widget(b.box)), 'no error view').to.equal(null);
      expect(b.errors).to.deep.equal([]);
      expect(shadowText(widget(b.box))).to.equal(expected);
      expect(record.seen).to.deep.equal([]);
    });
  }

  it('keeps typographic quotes the page means in its own words (a heading, a stat card\'s own label)', async () => {
    const { box, errors } = await page(
      '<pe-stat-card heading="“Impunidad”" value="312" label="«víctimas» atendidas" source="Una ONG" lang="es"></pe-stat-card>',
    );
    const el = widget(box);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('“Impunidad”');
    expect(shadowText(el)).to.contain('«víctimas» atendidas');
  });

  it('says what happened and how to fix it when a quoted value with a space was split (layers=”hubs incidence”)', async () => {
    const { box, errors } = await page('<pe-hub-map layers=”hubs incidence” lang=”es”></pe-hub-map>');
    const el = widget(box);
    const alert = alertOf(el)!;
    expect(alert, 'an error view').to.not.equal(null);
    const text = alert.textContent!.replace(/\s+/g, ' ').trim();
    // The broken part as the page has it, and the way out, in the widget's language (lang=”es” read as es).
    expect(text).to.contain('layers=”hubs incidence”: el editor cambió las comillas rectas (") del código por tipográficas (“ ”); vuelva a pegarlo en su vista HTML');
    expect(errors).to.have.length(1);
    expect(errors[0].kind).to.equal('input');
    expect(errors[0].errors.map((e) => e.path)).to.deep.equal(['layers=”hubs incidence”']);
    expect(errors[0].errors[0].message.en).to.equal('the editor made the code\'s straight quotes (") curly (“ ”); paste it again in its HTML view');
    expect(record.seen).to.deep.equal([]);
    // lang=”es” is mended on the element itself: screen readers read the widget as Spanish.
    expect(el.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('names the whole split value of a several-word heading, and recovers once the code is fixed', async () => {
    const { box, errors } = await page('<pe-stat-card stat="convictions-2013" heading=”Condenas en 2013” lang="en"></pe-stat-card>');
    const el = widget(box) as HTMLElement & { updateComplete: Promise<boolean> };
    expect(errors.map((e) => e.errors[0].path)).to.deep.equal(['heading=”Condenas en 2013”']);
    expect(alertOf(el)!.textContent).to.contain('paste it again in its HTML view');
    // The editor's HTML view puts straight quotes back: the parser's stray attributes go, the heading is whole.
    for (const a of [...el.attributes]) if (a.name !== 'stat' && a.name !== 'lang') el.removeAttribute(a.name);
    el.setAttribute('heading', 'Condenas en 2013');
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Condenas en 2013');
  });
});
