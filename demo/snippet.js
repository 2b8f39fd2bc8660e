// The embed snippet a page pastes: the script tag plus the element with its attributes. One helper
// for the embed builder (demo/builder.js) and the Storybook stories (stories/embed.ts), so both
// show exactly the same code. Plain JavaScript without dependencies; types in snippet.d.ts.

/** Where the snippets load the library from: replace with the URL you host dist/pe-widgets.js at. */
export const DEFAULT_SCRIPT_URL = 'https://your-cdn.example/pe-widgets/dist/pe-widgets.js';

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for HTML element content. */
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The URL of a widget's own file beside the library's (…/pe-widgets.js → …/pe-stat-card.js, query and
 * fragment kept), or undefined when the URL's last path segment is not exactly pe-widgets.js.
 */
export function ownFileUrl(url, tag) {
  const m = /^((?:[^?#]*\/)?)pe-widgets\.js([?#].*)?$/.exec(url);
  return m ? `${m[1]}${tag}.js${m[2] ?? ''}` : undefined;
}

/**
 * The HTML to paste for one widget.
 * - `attributes`: name → value, in order; `undefined`, `null`, `false` and `''` are left out, `true` is written bare.
 * - `text`: what readers see before the script runs (no JavaScript, RSS, reader modes).
 * - `data`: a dataset object, assigned by a small module script (the `data` property).
 * - `scriptUrl`: the library's URL; `script: false` leaves the script tag out.
 * - `reserve`: a height in px to keep free for the widget until the script has defined it (a style rule
 *   on `tag:not(:defined)`, which stops applying once the widget runs), so the text below does not jump.
 */
export function embedSnippet({ tag, attributes = {}, text = '', data, scriptUrl = DEFAULT_SCRIPT_URL, script = true, reserve }) {
  if (!/^pe-[a-z0-9-]+$/.test(tag)) throw new Error(`not a pe-widgets tag: ${tag}`);
  if (reserve !== undefined && !(Number.isFinite(reserve) && reserve > 0)) throw new Error(`not a height in px: ${reserve}`);
  const attrs = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`not an attribute name: ${name}`);
    attrs.push(value === true ? name : `${name}="${escapeAttribute(value)}"`);
  }
  const open = attrs.length ? `<${tag} ${attrs.join(' ')}>` : `<${tag}>`;
  const element =
    open.length + tag.length + 3 + String(text).length > 100 && attrs.length > 1
      ? `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n>${escapeText(text)}</${tag}>`
      : `${open}${escapeText(text)}</${tag}>`;
  const lines = [];
  if (script) lines.push(`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`, '');
  if (reserve !== undefined) lines.push(`<style>${tag}:not(:defined) { display: block; min-height: ${Math.ceil(reserve)}px; }</style>`);
  lines.push(element);
  if (data !== undefined) {
    // "<" is escaped inside the JSON so that no value can close the script element.
    const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/\n/g, '\n  ');
    lines.push('<script type="module">', `  document.querySelector('${tag}').data = ${json};`, '</script>');
  }
  return lines.join('\n');
}
