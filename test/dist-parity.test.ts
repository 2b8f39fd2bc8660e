// The built bundle must show readers exactly what the sources show: the build minifies the markup
// inside Lit templates, and a minifier that trims a space ("Diálogo,Perú…") or drops a closing
// slash in an SVG fragment would only show up in dist/. This renders the same widgets from the
// sources (this page) and from dist/pe-widgets.js (an iframe) and compares what a reader sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { runInFrame } from './helpers/frame-page.js';

const MARKUP = `
  <pe-stat-card stat="victims-female-share"></pe-stat-card>
  <pe-stat-card stat="la-rinconada-girls" lang="es"></pe-stat-card>
  <p>En 2013 hubo <pe-stat-card stat="convictions-2013" variant="inline" lang="es"></pe-stat-card> condenas.</p>
  <pe-victim-breakdown dimension="sex"></pe-victim-breakdown>
  <pe-victim-breakdown dimension="age" variant="waffle" lang="es"></pe-victim-breakdown>
  <pe-victim-breakdown dimension="exploitation"></pe-victim-breakdown>
  <pe-timeline lang="es" highlight="ley-28950"></pe-timeline>
  <pe-hub-map layers="hubs incidence coverage partners"></pe-hub-map>
  <pe-hub-map layers="values" lang="es" region="PE-LOR"></pe-hub-map>`;

const TAGS = 'pe-stat-card, pe-victim-breakdown, pe-timeline, pe-hub-map';

/** What a reader gets from each widget: its text (spaces collapsed, not removed) and its structure. */
function read(root: ParentNode) {
  return [...root.querySelectorAll(TAGS)].map((el) => {
    const sr = el.shadowRoot!;
    return {
      tag: el.localName,
      text: (sr.textContent ?? '').replace(/\s+/g, ' ').trim(),
      elements: [...sr.querySelectorAll('*')].map((n) => n.localName).join(' '),
      names: [...sr.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' | '),
    };
  });
}

function readDist(): Promise<ReturnType<typeof read>> {
  return runInFrame(
    `<div style="width:860px">${MARKUP}</div>
      <script type="module">
        await import('/dist/pe-widgets.js');
        const els = [...document.querySelectorAll('${TAGS}')];
        await Promise.all(els.map((el) => el.updateComplete));
        const read = ${read.toString()};
        const TAGS = '${TAGS}';
        parent.postMessage(read(document), '*');
      </script>`,
    { style: 'width: 900px; height: 600px' },
  );
}

describe('dist/pe-widgets.js shows what the sources show', () => {
  it('same text, elements and accessible names for every widget', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:860px"></div>`);
    host.innerHTML = MARKUP; // static test markup, not data
    await Promise.all([...host.querySelectorAll(TAGS)].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const fromSource = read(host);
    const fromDist = await readDist();
    expect(fromDist.length).to.equal(fromSource.length);
    fromSource.forEach((s, i) => {
      const d = fromDist[i];
      expect(d.text, `${s.tag} #${i} text`).to.equal(s.text);
      expect(d.elements, `${s.tag} #${i} elements`).to.equal(s.elements);
      expect(d.names, `${s.tag} #${i} accessible names`).to.equal(s.names);
    });
    expect(fromSource.find((w) => w.tag === 'pe-stat-card')!.text).to.contain('Diálogo, ');
  });
});
