// Issue 8, "CSP and Trusted Types": the built bundle (dist/pe-widgets.js) renders all four widgets,
// and readers can use them (hover, focus, keys, toggles, Retry, language and theme changes, the
// map's SVG export), on pages served with exactly the issue's Content-Security-Policy, with no
// violation, no console error and no uncaught error. Pages: test/fixtures/hardening/*.csp.html and
// demo/csp.csp.html, which test/server/hardening.mjs serves with the header (as scripts/serve.mjs does).
import { expect, waitUntil } from '@open-wc/testing';

/** The policy quoted in issue 8 (scripts/serve.mjs STRICT_CSP). */
const ISSUE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";
const TAGS = ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map'];

interface Shown {
  tag: string;
  id: string;
  text: string;
  alert: boolean;
  height: number;
  bars: number[];
}
interface Probe {
  violations: string[];
  errors: string[];
  console: string[];
  done?: boolean;
  svg?: number;
  svgFrom?: number;
  initial?: Shown[];
  rendered?: Shown[];
}

function openFrame(url: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.src = url;
  document.body.append(frame);
  return frame;
}

/** Opens a page with the probe (csp-probe.js) and waits until its script says it is done. */
async function openProbed(url: string): Promise<Probe> {
  const frame = openFrame(url);
  const probe = () => (frame.contentWindow as unknown as { __peProbe?: Probe }).__peProbe;
  await waitUntil(() => probe()?.done, `${url} did not finish`, { timeout: 45_000, interval: 100 });
  return probe()!;
}

describe('hardening: strict CSP and Trusted Types', function () {
  this.timeout(60_000);

  it('serves the test pages with exactly the issue\'s policy', async () => {
    for (const page of ['/test/fixtures/hardening/csp.csp.html', '/test/fixtures/hardening/csp-control.csp.html', '/demo/csp.csp.html']) {
      const res = await fetch(page);
      expect(res.status, page).to.equal(200);
      expect(res.headers.get('content-security-policy'), page).to.equal(ISSUE_CSP);
    }
  });

  it('control: the policy is enforced, and every kind of violation is seen', async () => {
    const probe = await openProbed('/test/fixtures/hardening/csp-control.csp.html');
    const directives = probe.violations.map((v) => v.split(' ')[0]);
    expect(directives).to.include.members(['require-trusted-types-for', 'style-src-attr', 'style-src-elem', 'connect-src', 'img-src']);
  });

  describe('all four widgets, used by a reader', () => {
    let probe: Probe;
    before(async () => {
      probe = await openProbed('/test/fixtures/hardening/csp.csp.html');
    });
    after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('render with no CSP or Trusted Types violation', () => {
      expect(probe.violations.slice(0, probe.svgFrom), 'violations').to.deep.equal([]);
    });

    it('log no console error or warning and throw nothing', () => {
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.console, 'console errors and warnings').to.deep.equal([]);
    });

    it('show their data (and the src-loaded one too), from the first render on', () => {
      for (const state of [probe.initial!, probe.rendered!]) {
        expect(new Set(state.map((r) => r.tag))).to.have.keys(...TAGS);
        for (const r of state) {
          expect(r.height, `#${r.id} has a size`).to.be.greaterThan(0);
          expect(r.text.length, `#${r.id} shows text`).to.be.greaterThan(10);
          expect(r.alert, `#${r.id}: ${r.text.slice(0, 200)}`).to.equal(r.id === 'broken');
        }
        const shown = Object.fromEntries(state.map((r) => [r.id, r]));
        expect(shown.card.text).to.contain('41');
        expect(shown.src.text, "src loads under connect-src 'self'").to.contain('312');
        expect(shown.broken.text).to.contain('404');
        expect(shown.sex.bars.length, 'bars drawn').to.be.greaterThan(0);
        expect(shown.sex.bars.every((w) => w > 0), `bar widths ${shown.sex.bars}`).to.equal(true);
      }
    });

    it("export the map as SVG with no violation (the map's download)", () => {
      expect(probe.svg, 'SVG export ran').to.be.greaterThan(1000);
      expect(probe.violations.slice(probe.svgFrom), 'violations').to.deep.equal([]);
    });
  });

  it('demo/csp.csp.html: the widgets render with no violation', async () => {
    const frame = openFrame('/demo/csp.csp.html');
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow! as Window & typeof globalThis;
    await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
    const els = [...win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))];
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 300));
    // Reports from before the observer existed are buffered, so none is missed.
    const reports: string[] = [];
    const observer = new (win as unknown as { ReportingObserver: typeof ReportingObserver }).ReportingObserver(
      (rs) => rs.forEach((r) => reports.push(JSON.stringify(r.body))),
      { types: ['csp-violation'], buffered: true },
    );
    observer.observe();
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    expect(reports).to.deep.equal([]);
    for (const el of els) {
      expect(el.shadowRoot!.querySelector('[role="alert"]') === null, el.localName).to.equal(true);
      expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(10);
    }
    frame.remove();
  });
});
