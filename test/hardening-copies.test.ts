// Issue 8, "Several copies": news pages end up with two copies of an embed script, or two
// different builds (an old one cached by the CMS, a new one from another embed). Loading
// dist/pe-widgets.js twice, a different build (another VERSION) before or after it, or the npm
// per-component build next to it, must not throw, must warn at most once, and every widget must
// render — including ones added after all copies loaded. (test/smoke.test.ts covers the basics.)
import { expect } from '@open-wc/testing';
import { runInFrame } from './helpers/frame-page.js';

const TAGS = ['pe-hub-map', 'pe-stat-card', 'pe-victim-breakdown', 'pe-timeline'];
const WIDGETS = `
  <pe-stat-card stat="convictions-2013"></pe-stat-card>
  <pe-victim-breakdown dimension="sex"></pe-victim-breakdown>
  <pe-timeline></pe-timeline>
  <pe-hub-map></pe-hub-map>`;

interface Report {
  warnings: string[];
  errors: string[];
  versions: (string | undefined)[];
  shown: { tag: string; text: string; alert: boolean }[];
  late: { tag: string; text: string; alert: boolean }[];
}

/**
 * Runs `loads` (a module script body that imports the copies) in an iframe holding one widget of
 * each kind, then adds one more of each and reports what every widget shows.
 */
function runPage(loads: string): Promise<Report> {
  return runInFrame<Report>(
    `${WIDGETS}
      <script type="module">
        const warnings = [], errors = [];
        const warn = console.warn;
        console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
        addEventListener('error', (e) => errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
        const shown = async (els) => {
          await Promise.all(els.map((el) => el.updateComplete));
          return els.map((el) => ({
            tag: el.localName,
            text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\\s+/g, ' ').trim() : '',
            alert: !!el.shadowRoot?.querySelector('[role="alert"]'),
          }));
        };
        try {
          ${loads}
          await Promise.all(${JSON.stringify(TAGS)}.map((t) => customElements.whenDefined(t)));
          const first = await shown([...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})]);
          const added = ${JSON.stringify(TAGS)}.map((t) => {
            const el = document.createElement(t);
            if (t === 'pe-stat-card') el.setAttribute('stat', 'convictions-2014');
            if (t === 'pe-victim-breakdown') el.setAttribute('dimension', 'age');
            document.body.append(el);
            return el;
          });
          const late = await shown(added);
          const versions = ${JSON.stringify(TAGS)}.map((t) => customElements.get(t)?.version);
          parent.postMessage({ warnings, errors, versions, shown: first, late }, '*');
        } catch (e) {
          parent.postMessage({ warnings, errors: [...errors, String(e && e.stack || e)], versions: [], shown: [], late: [] }, '*');
        }
      </script>`,
    { timeout: 30_000 },
  );
}

/** dist/pe-widgets.js with another version string, as a Blob URL: a different build of the library. */
async function otherBuild(version: string): Promise<string> {
  const code = await (await fetch('/dist/pe-widgets.js')).text();
  const ours = (await import('../src/version.js')).VERSION;
  const quoted = JSON.stringify(ours);
  expect(code.split(quoted).length - 1, `${quoted} in the bundle`).to.be.greaterThan(0);
  const other = code.split(quoted).join(JSON.stringify(version)).replace(/\/\/# sourceMappingURL=.*$/m, '');
  return URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
}

function expectWorking(r: Report) {
  expect(r.errors, 'errors').to.deep.equal([]);
  for (const w of [...r.shown, ...r.late]) {
    expect(w.alert, `${w.tag}: ${w.text.slice(0, 160)}`).to.equal(false);
    expect(w.text.length, `${w.tag} shows its data`).to.be.greaterThan(20);
  }
  expect(r.shown.map((w) => w.tag).sort()).to.deep.equal([...TAGS].sort());
  expect(r.late.map((w) => w.tag)).to.deep.equal(TAGS);
  expect(r.shown.find((w) => w.tag === 'pe-stat-card')!.text).to.contain('41');
  expect(r.late.find((w) => w.tag === 'pe-stat-card')!.text).to.contain('19');
}

describe('hardening: several copies and builds on one page', function () {
  this.timeout(60_000);
  let VERSION: string;
  before(async () => ({ VERSION } = await import('../src/version.js')));

  it('two copies of dist/pe-widgets.js: no error, no warning, every widget works (also ones added later)', async () => {
    const r = await runPage(`
      await import('/dist/pe-widgets.js');
      await import('/dist/pe-widgets.js?copy=2');`);
    expectWorking(r);
    expect(r.warnings).to.deep.equal([]);
    expect(r.versions).to.deep.equal(TAGS.map(() => VERSION));
  });

  it('a different build loaded second warns once, names both versions, and the widgets keep working', async () => {
    const url = await otherBuild('9.9.9-other');
    const r = await runPage(`
      await import('/dist/pe-widgets.js');
      await import(${JSON.stringify(url)});`);
    URL.revokeObjectURL(url);
    expectWorking(r);
    expect(r.warnings.length, r.warnings.join('\n')).to.equal(1);
    expect(r.warnings[0]).to.contain('pe-widgets 9.9.9-other').and.contain(`pe-widgets ${VERSION}`);
    expect(r.versions, 'the first definitions stay').to.deep.equal(TAGS.map(() => VERSION));
  });

  it('a different build loaded first: ours warns once and its elements (the other build\'s) work', async () => {
    const url = await otherBuild('0.0.1-old');
    const r = await runPage(`
      await import(${JSON.stringify(url)});
      await import('/dist/pe-widgets.js');`);
    URL.revokeObjectURL(url);
    expectWorking(r);
    expect(r.warnings.length, r.warnings.join('\n')).to.equal(1);
    expect(r.warnings[0]).to.contain(`pe-widgets ${VERSION}`).and.contain('0.0.1-old');
    expect(r.versions).to.deep.equal(TAGS.map(() => '0.0.1-old'));
  });

  it('three builds at once (two versions and a second copy) still warn only once per copy and work', async () => {
    const a = await otherBuild('2.0.0-a');
    const r = await runPage(`
      await Promise.all([import('/dist/pe-widgets.js'), import(${JSON.stringify(a)}), import('/dist/pe-widgets.js?copy=3')]);`);
    URL.revokeObjectURL(a);
    expectWorking(r);
    // Whichever copy won, the other version warned once; the second copy of the winner did not.
    expect(r.warnings.length, r.warnings.join('\n')).to.be.within(1, 2);
    expect(new Set(r.versions).size, 'one definition per tag, all from the same copy').to.equal(1);
  });

  it('the npm per-component build (dist/esm, own Lit copy) next to the bundle', async () => {
    const r = await runPage(`
      await import('/dist/esm/pe-stat-card.js');
      await import('/dist/esm/pe-timeline.js');
      await import('/dist/pe-widgets.js');`);
    expectWorking(r);
    expect(r.warnings).to.deep.equal([]);
  });
});
