/**
 * What our DOM nodes are (Memory.getDOMCounters counts every node): elements, text, whitespace-only text
 * (from template formatting) and comments (Lit's part markers), in light DOM and every shadow root.
 */
export async function domComposition(browser, url) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.ready);
    return await page.evaluate(() => {
      const out = { elements: 0, text: 0, whitespace: 0, comments: 0 };
      const walk = (root) => {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          if (n.nodeType === 1) {
            out.elements++;
            if (n.shadowRoot) walk(n.shadowRoot);
          } else if (n.nodeType === 3) n.data.trim() ? out.text++ : out.whitespace++;
          else out.comments++;
        }
      };
      walk(document.body);
      return out;
    });
  } catch (e) {
    return { error: String(e.message || e) };
  } finally {
    await ctx.close();
  }
}
