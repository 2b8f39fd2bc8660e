// Docs and demo pages, against the BUILT files (`npm test` runs `npm run build` first):
// - every widget's public API is documented in dist/custom-elements.json (the same rules as
//   `node scripts/check-docs.mjs`);
// - the embed snippet helper shared by the builder and Storybook writes safe, exact HTML;
// - demo/builder.html: changing the form updates the live widget and the code to copy;
// - demo/ngo.html: widgets show the NGO's own (fictional) data from `src` and `data`, and bad data
//   gives a message, not a blank box; both pages pass axe.
import { expect, waitUntil } from '@open-wc/testing';
import { undocumented } from '../scripts/check-docs.mjs';
import { embedSnippet } from '../demo/snippet.js';
import { dataset } from '../src/data/dataset.js';
import { t } from '../src/data/text.js';
import { formatValue } from '../src/i18n/format.js';
import ngoData from '../demo/ngo-data.json';

const TAGS = ['pe-hub-map', 'pe-stat-card', 'pe-timeline', 'pe-victim-breakdown'];
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens a demo page in an iframe and waits until `ready(doc)`; removed after the test. */
async function openPage(path: string, ready: (doc: Document) => boolean): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = path;
  document.body.append(frame);
  opened.push(frame);
  await new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => ready(doc), `${path} did not get ready`, { timeout: 15_000 });
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis };
}
const opened: HTMLIFrameElement[] = [];
afterEach(() => opened.splice(0).forEach((f) => f.remove()));

/** Runs axe-core inside a page; returns its violations as readable lines. */
async function axeViolations(win: Window & typeof globalThis): Promise<string[]> {
  const w = win as unknown as { axe?: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
  if (!w.axe) {
    const script = win.document.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    win.document.head.append(script);
  }
  const r = await w.axe!.run(win.document, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Sets a form control's value the way a person does, firing input and change. */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('docs: custom-elements.json', () => {
  it('documents every attribute, property, event, part and custom property of the four widgets', async () => {
    const res = await fetch('/dist/custom-elements.json');
    expect(res.ok, 'dist/custom-elements.json exists (npm run build)').to.equal(true);
    const problems = undocumented(await res.json(), TAGS);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the rules catch an undocumented attribute, event and part', () => {
    const manifest = {
      modules: [
        {
          path: 'x.ts',
          declarations: [
            {
              kind: 'class',
              name: 'PeX',
              customElement: true,
              tagName: 'pe-x',
              summary: 'X',
              attributes: [{ name: 'good', description: 'Documented.' }, { name: 'bad' }, { name: 'camelCase', description: 'Documented.' }],
              events: [{ name: 'pe-select' }],
              cssParts: [{ name: 'frame' }],
            },
          ],
        },
      ],
    };
    const problems = undocumented(manifest, ['pe-x', 'pe-missing']);
    expect(problems.join('\n')).to.contain('<pe-x> attribute bad: no description');
    expect(problems.join('\n')).to.contain('<pe-x> attribute camelCase: attribute names are lower-case');
    expect(problems.join('\n')).to.contain('<pe-x> event pe-select: no description');
    expect(problems.join('\n')).to.contain('<pe-x> CSS part frame: no description');
    expect(problems.join('\n')).to.contain('<pe-missing>: missing from the manifest');
    expect(problems.join('\n')).not.to.contain('attribute good');
  });
});

describe('docs: embed snippet', () => {
  it('writes the script tag and the element with its attributes, escaped', () => {
    const code = embedSnippet({
      tag: 'pe-stat-card',
      attributes: { stat: 'convictions-2013', heading: 'Say "hi" <b>&</b>', empty: '', off: false, animate: true, lang: 'es' },
      text: '41 <condenas> & más',
      scriptUrl: 'https://cdn.example/pe-widgets.js',
    });
    expect(code).to.equal(
      '<script type="module" src="https://cdn.example/pe-widgets.js"></script>\n\n' +
        '<pe-stat-card\n  stat="convictions-2013"\n  heading="Say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;"\n  animate\n  lang="es"\n>41 &lt;condenas&gt; &amp; más</pe-stat-card>',
    );
    // Parsed back, the page gets exactly the attributes and text that were asked for.
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const el = doc.querySelector('pe-stat-card')!;
    expect(el.getAttribute('heading')).to.equal('Say "hi" <b>&</b>');
    expect(el.hasAttribute('animate')).to.equal(true);
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(el.textContent).to.equal('41 <condenas> & más');
  });

  it('assigns data in a module script that no value can close', () => {
    const code = embedSnippet({ tag: 'pe-timeline', attributes: { lang: 'en' }, data: { events: [{ title: '</script><script>alert(1)</script>' }] }, script: false });
    expect(code).not.to.contain('<script type="module" src=');
    expect(code.match(/<\/script>/g)!.length).to.equal(1);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(doc.querySelector('script')!.textContent).to.contain("document.querySelector('pe-timeline').data = {");
  });

  it('refuses a tag or attribute name that is not one', () => {
    expect(() => embedSnippet({ tag: 'div onclick=x' })).to.throw();
    expect(() => embedSnippet({ tag: 'pe-stat-card', attributes: { 'a"b': '1' } })).to.throw();
  });

  it('keeps the space free until the script has run, when asked: a rule on the undefined tag only', () => {
    const code = embedSnippet({ tag: 'pe-hub-map', attributes: { lang: 'es' }, scriptUrl: 'https://cdn.example/pe-widgets.js', reserve: 909.2 });
    expect(code).to.equal(
      '<script type="module" src="https://cdn.example/pe-widgets.js"></script>\n\n' +
        '<style>pe-hub-map:not(:defined) { display: block; min-height: 910px; }</style>\n' +
        '<pe-hub-map lang="es"></pe-hub-map>',
    );
    // In a page: the undefined tag takes that height; once defined, the rule no longer applies.
    const frame = document.createElement('iframe');
    frame.srcdoc = code.replace(/<script[^>]*><\/script>/, '');
    document.body.append(frame);
    return new Promise<void>((resolve, reject) => {
      frame.onload = () => {
        try {
          const doc = frame.contentDocument!;
          expect(doc.querySelector('pe-hub-map')!.getBoundingClientRect().height).to.equal(910);
          const win = frame.contentWindow as Window & typeof globalThis;
          win.customElements.define('pe-hub-map', class extends win.HTMLElement {});
          expect(doc.querySelector('pe-hub-map')!.getBoundingClientRect().height).to.equal(0);
          resolve();
        } catch (e) {
          reject(e);
        } finally {
          frame.remove();
        }
      };
    });
  });

  it('refuses a height that is not one', () => {
    for (const reserve of [0, -5, Number.NaN, Infinity]) expect(() => embedSnippet({ tag: 'pe-stat-card', reserve }), String(reserve)).to.throw();
  });
});

describe('demo/builder.html', () => {
  const ready = (doc: Document) => doc.documentElement.dataset.builder === 'ready';

  it('updates the live widget and the code when the form changes', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/builder.html', ready);
    const q = <T extends Element>(sel: string) => doc.querySelector<T>(sel)!;
    setValue(q<HTMLSelectElement>('#widget'), 'pe-stat-card');
    const fig = dataset.figures!.find((f) => f.id === 'convictions-2014')!;
    setValue(q<HTMLInputElement>('#attr-stat'), fig.id);

    const snippet = q<HTMLTextAreaElement>('#snippet');
    expect(snippet.value).to.contain(`<pe-stat-card stat="${fig.id}" lang="es"></pe-stat-card>`);
    expect(snippet.value).to.match(/^<script type="module" src="[^"]+pe-widgets\.js"><\/script>/);
    const live = q<HTMLElement & { updateComplete: Promise<unknown> }>('#preview pe-stat-card');
    await live.updateComplete;
    expect(live.getAttribute('stat')).to.equal(fig.id);
    expect(text(live)).to.contain(formatValue(fig, 'es').number);
    expect(text(live)).to.contain(t(fig.label, 'es'));

    setValue(q<HTMLSelectElement>('#attr-lang'), 'en');
    setValue(q<HTMLSelectElement>('#attr-theme'), 'dark');
    await live.updateComplete;
    expect(snippet.value).to.contain(`<pe-stat-card stat="${fig.id}" lang="en" theme="dark"></pe-stat-card>`);
    expect(text(live)).to.contain(t(fig.label, 'en'));
    expect(live.getAttribute('data-scheme')).to.equal('dark');
    expect(q('#preview').classList.contains('dark')).to.equal(true);

    // Fallback text goes inside the tag, escaped.
    setValue(q<HTMLInputElement>('#fallback'), 'Nineteen <convictions>');
    expect(snippet.value).to.contain('>Nineteen &lt;convictions&gt;</pe-stat-card>');
  });

  it('builds each widget\'s attribute controls from the manifest', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/builder.html', ready);
    const q = <T extends Element>(sel: string) => doc.querySelector<T>(sel)!;
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const timeline = manifest.modules.flatMap((m: { declarations?: { name: string; attributes?: { name: string }[] }[] }) => m.declarations ?? []).find((d: { name: string }) => d.name === 'PeTimeline');
    setValue(q<HTMLSelectElement>('#widget'), 'pe-timeline');
    expect(timeline.attributes.map((a: { name: string }) => a.name)).to.include.members(['orientation', 'from', 'to', 'category', 'highlight', 'lang', 'theme', 'src']);
    for (const a of timeline.attributes) expect(doc.getElementById(`attr-${a.name}`), `control for ${a.name}`).to.exist;
    expect(doc.querySelector('#attr-stat') === null, `doc.querySelector('#attr-stat') is absent`).to.equal(true);
    // Every control has a label.
    expect(doc.querySelectorAll('#builder input, #builder select').length, 'controls').to.be.greaterThan(8);
    for (const control of doc.querySelectorAll('#builder input, #builder select')) {
      expect(doc.querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).to.exist;
    }
    setValue(q<HTMLInputElement>('#attr-orientation'), 'horizontal');
    const live = q<HTMLElement & { updateComplete: Promise<unknown> }>('#preview pe-timeline');
    await live.updateComplete;
    expect(live.getAttribute('orientation')).to.equal('horizontal');
    expect(q<HTMLTextAreaElement>('#snippet').value).to.contain('<pe-timeline orientation="horizontal" lang="es"></pe-timeline>');
    // Back to the default: the attribute leaves the element and the code.
    setValue(q<HTMLInputElement>('#attr-orientation'), 'vertical');
    expect(live.hasAttribute('orientation') && live.getAttribute('orientation') !== 'vertical').to.equal(false);
    expect(q<HTMLTextAreaElement>('#snippet').value).to.contain('<pe-timeline lang="es"></pe-timeline>');
  });

  it('writes the script tag for the whole library, or for the chosen widget\'s own file', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/builder.html', ready);
    const q = <T extends Element>(sel: string) => doc.querySelector<T>(sel)!;
    const src = () => /<script type="module" src="([^"]+)"><\/script>/.exec(q<HTMLTextAreaElement>('#snippet').value)?.[1];
    const single = q<HTMLInputElement>('#script-single');
    const check = (on: boolean) => {
      single.checked = on;
      single.dispatchEvent(new Event('change', { bubbles: true }));
    };
    setValue(q<HTMLInputElement>('#script-url'), 'https://cdn.example.org/pe-widgets@0.1.0/dist/pe-widgets.js');
    expect(single.checked, 'off by default').to.equal(false);
    expect(src()).to.equal('https://cdn.example.org/pe-widgets@0.1.0/dist/pe-widgets.js');
    check(true);
    for (const tag of ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map']) {
      setValue(q<HTMLSelectElement>('#widget'), tag);
      expect(src(), tag).to.equal(`https://cdn.example.org/pe-widgets@0.1.0/dist/${tag}.js`);
      // The file the snippet names exists in the build.
      expect((await fetch(`/dist/${tag}.js`, { method: 'HEAD' })).ok, `dist/${tag}.js`).to.equal(true);
    }
    // Query and fragment are kept; so is a relative URL's directory.
    setValue(q<HTMLInputElement>('#script-url'), 'https://cdn.example.org/dist/pe-widgets.js?v=3#x');
    expect(src()).to.equal('https://cdn.example.org/dist/pe-hub-map.js?v=3#x');
    setValue(q<HTMLInputElement>('#script-url'), '/js/pe-widgets.js');
    expect(src()).to.equal('/js/pe-hub-map.js');
    expect(q('#script-single-note').textContent).to.equal('');
    // Any other URL is left as it is, and the form says so: another file name, a name that only ends in
    // "pe-widgets.js", the name in a query, a package address without a file.
    for (const url of [
      'https://example.org/js/widgets.min.js',
      'https://example.org/js/my-pe-widgets.js',
      'https://example.org/js/old.pe-widgets.js',
      'https://example.org/go?next=/pe-widgets.js',
      'https://cdn.jsdelivr.net/npm/pe-widgets@0.1.0',
    ]) {
      setValue(q<HTMLInputElement>('#script-url'), url);
      expect(src(), url).to.equal(url);
      expect(q('#script-single-note').textContent, url).to.contain('does not end in /pe-widgets.js');
    }
    setValue(q<HTMLInputElement>('#script-url'), 'https://cdn.example.org/dist/pe-widgets.js?v=3');
    check(false);
    expect(src()).to.equal('https://cdn.example.org/dist/pe-widgets.js?v=3');
    expect(q('#script-single-note').textContent).to.equal('');
  });

  it('keeps the widget\'s space free until the script runs, at the height the preview shows', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/builder.html', ready);
    const q = <T extends Element>(sel: string) => doc.querySelector<T>(sel)!;
    const code = () => q<HTMLTextAreaElement>('#snippet').value;
    const reserved = () => /<style>pe-stat-card:not\(:defined\) \{ display: block; min-height: (\d+)px; \}<\/style>/.exec(code())?.[1];
    setValue(q<HTMLSelectElement>('#widget'), 'pe-stat-card');
    const box = q<HTMLInputElement>('#reserve');
    expect(box.checked, 'off by default').to.equal(false);
    expect(code()).not.to.contain('<style>');
    const live = q<HTMLElement & { updateComplete: Promise<unknown> }>('#preview pe-stat-card');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    // The height the widget has in the preview, once drawn (the ResizeObserver reports it after layout).
    const settled = async () => {
      await live.updateComplete;
      await waitUntil(() => reserved() === String(Math.ceil(live.getBoundingClientRect().height)), 'reserved height = preview height', { timeout: 5000 });
    };
    await settled();
    const card = Number(reserved());
    expect(card).to.be.greaterThan(150);
    expect(q('#reserve-note').textContent).to.contain(`${card} px`);
    // The rule sits between the script tag and the element, so it is in place before the element is parsed.
    expect(code().indexOf('<style>')).to.be.greaterThan(code().indexOf('</script>'));
    expect(code().indexOf('<style>')).to.be.lessThan(code().indexOf('<pe-stat-card'));
    // Another variant, another height.
    setValue(q<HTMLSelectElement>('#attr-variant'), 'compact');
    await settled();
    expect(Number(reserved())).not.to.equal(card);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(code()).not.to.contain('<style>');
    expect(q('#reserve-note').textContent).to.equal('');
  });

  it('copies the code, or selects it when the clipboard is not available', async function () {
    this.timeout(30_000);
    const { doc, win } = await openPage('/demo/builder.html', ready);
    const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    const status = doc.querySelector('#copy-status')!;
    // The page's clipboard, recorded: the code copied is exactly the code shown.
    const copied: string[] = [];
    let allow = true;
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => (allow ? void copied.push(text) : Promise.reject(new DOMException('denied', 'NotAllowedError'))) },
    });
    expect(snippet.value).to.contain('<script type="module"');
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status.textContent !== '', 'no copy status', { timeout: 5000 });
    expect(status.textContent).to.equal('Copied.');
    expect(copied).to.deep.equal([snippet.value]);
    // Refused (permissions, http): the code is selected for Ctrl+C, and the reader is told so.
    allow = false;
    status.textContent = '';
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status.textContent !== '', 'no copy status', { timeout: 5000 });
    expect(status.textContent).to.contain('Ctrl+C');
    expect(doc.activeElement === snippet, 'the code has focus').to.equal(true);
    expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    expect(copied.length).to.equal(1);
  });

  it('has no axe violations', async function () {
    this.timeout(30_000);
    const { win } = await openPage('/demo/builder.html', ready);
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});

describe('demo/ngo.html', () => {
  const widgetsReady = (doc: Document) =>
    [...doc.querySelectorAll('main :is(pe-stat-card, pe-victim-breakdown, pe-timeline, pe-hub-map)')].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part="placeholder"]') && el.shadowRoot.textContent!.trim() !== '',
    );

  it('shows the NGO\'s own figures from src and data, and a message for bad data', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/ngo.html', widgetsReady);
    const assisted = ngoData.figures.find((f) => f.id === 'assisted-2023')!;
    const card = doc.querySelector('pe-stat-card[src][stat="assisted-2023"]')!;
    expect(text(card)).to.contain(t(assisted.label, 'es'));
    expect(text(card)).to.contain(t(ngoData.sources[0].publisher, 'es'));

    // `data`: the timeline shows the NGO's events, not the embedded ones.
    const timeline = doc.querySelector('pe-timeline[data-ngo]')!;
    expect(ngoData.events.length).to.equal(3);
    for (const e of ngoData.events) expect(text(timeline)).to.contain(t(e.title, 'es'));
    expect(text(timeline)).not.to.contain(t(dataset.events![0].title, 'es'));

    // Bad data: a localised message naming the field, and the page heard pe-error.
    const broken = doc.querySelector('#broken')!;
    await waitUntil(() => broken.shadowRoot?.querySelector('[role="alert"]'), 'no alert', { timeout: 5000 });
    expect(text(broken.shadowRoot!.querySelector('[role="alert"]'))).to.contain('figures[0].value');
    await waitUntil(() => doc.querySelector('#error-log')!.textContent!.includes('figures[0].value'), 'pe-error not reported', { timeout: 5000 });
  });

  it('switches the widgets\' language', async function () {
    this.timeout(30_000);
    const { doc } = await openPage('/demo/ngo.html', widgetsReady);
    setValue(doc.querySelector<HTMLSelectElement>('#page-lang')!, 'en');
    const card = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pe-stat-card[stat="assisted-2023"]')!;
    await card.updateComplete;
    const assisted = ngoData.figures.find((f) => f.id === 'assisted-2023')!;
    expect(text(card)).to.contain(t(assisted.label, 'en'));
    expect(doc.documentElement.lang).to.equal('es'); // the page's own text is still Spanish
  });

  it('has no axe violations', async function () {
    this.timeout(30_000);
    const { win } = await openPage('/demo/ngo.html', widgetsReady);
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});
