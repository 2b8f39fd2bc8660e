// Many sites set `html { font-size: 62.5% }` (10px rem). The widgets must stay readable there:
// their base size is max(1rem, 15px) and their own lengths are in em of that base, so the whole
// widget scales with its text instead of shrinking to 10px rem.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

const px = (el: Element, prop = 'font-size') => parseFloat(getComputedStyle(el).getPropertyValue(prop));
const inner = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)!;

describe('hostile page: html { font-size: 62.5% }', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('keeps text at 15px or more and spacing in proportion', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <pe-stat-card stat="convictions-2013"></pe-stat-card>
      <pe-victim-breakdown dimension="sex"></pe-victim-breakdown>
      <pe-timeline></pe-timeline>
    </div>`);
    const [card, breakdown, timeline] = [...wrap.children];
    await Promise.all([card, breakdown, timeline].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(px(document.documentElement)).to.equal(10);
    for (const el of [card, breakdown, timeline]) {
      const frame = inner(el, '.frame');
      expect(px(frame), `${el.localName} text`).to.be.at.least(15);
      // Padding comes from --pe-space (1em of the widget's text), not from the 10px rem.
      expect(px(frame, 'padding-top'), `${el.localName} padding`).to.be.at.least(15);
    }
    // The breakdown keeps its wide layout at 700px: its container query is in em of its own text.
    const bars = inner(breakdown, '.bars');
    expect(getComputedStyle(bars).gridTemplateColumns.split(' ').length, 'wide bar layout').to.equal(3);
  });
});
