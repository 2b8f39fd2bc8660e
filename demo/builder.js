// The embed builder: builds its form from the widgets' Custom Elements Manifest
// (../dist/custom-elements.json, written by `npm run build` from the components' JSDoc), shows the
// widget live and writes the snippet to paste. An external module with DOM APIs only (no inline
// script, no innerHTML), so it also runs under a strict CSP with Trusted Types.
import { dataset } from '../dist/pe-widgets.js';
import { DEFAULT_SCRIPT_URL, embedSnippet, ownFileUrl } from './snippet.js';
import { datasetSuggestions } from './suggestions.js';

const $ = (id) => document.getElementById(id);
const form = $('builder');
const widgetSelect = $('widget');
const summary = $('widget-summary');
const status = $('builder-status');
const attributesBox = $('attributes');
const commonBox = $('common-attributes');
const langSelect = $('attr-lang');
const themeSelect = $('attr-theme');
const fallback = $('fallback');
const scriptUrl = $('script-url');
const scriptSingle = $('script-single');
const singleNote = $('script-single-note');
const reserveBox = $('reserve');
const reserveNote = $('reserve-note');
const preview = $('preview');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');

/** Attributes with their own controls (language and theme fieldset). */
const OWN_CONTROLS = new Set(['lang', 'theme']);
/** What each widget starts with, so the preview shows something real rather than an error. */
const START = { 'pe-stat-card': { stat: dataset.figures?.[0]?.id ?? '' } };

const unique = (list) => [...new Map(list.filter(([v]) => v).map((e) => [e[0], e])).values()];

/** Words the description offers in `code` (e.g. layers: `hubs`, `incidence` …). */
function describedValues(description) {
  return [...(description ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => [m[1], '']);
}

/** `'a' | 'b'` → ['a', 'b']; undefined for other types. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** A manifest default as attribute text ("'auto'" → auto), or ''. */
function literalDefault(def) {
  const t = (def ?? '').trim();
  if (/^'[^']*'$|^"[^"]*"$/.test(t)) return t.slice(1, -1);
  return /^-?\d+(\.\d+)?$|^(true|false)$/.test(t) ? t : '';
}

/** Text with `code` spans as <code> elements (DOM nodes, never HTML strings). */
function withCode(parent, description) {
  (description ?? '').split(/`([^`]*)`/).forEach((part, i) => {
    if (!part) return;
    if (i % 2) {
      const code = document.createElement('code');
      code.textContent = part;
      parent.append(code);
    } else parent.append(part.replace(/\s*\n\s*/g, ' '));
  });
  return parent;
}

/** The custom elements in a manifest (tag from `tagName`, or from the class's static `tagName`). */
function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class') continue;
      const staticTag = literalDefault(d.members?.find((m) => m.name === 'tagName' && m.static)?.default);
      const tag = d.tagName || (/^pe-/.test(staticTag) ? staticTag : '');
      if (tag && customElements.get(tag)) out.push({ tag, declaration: d });
    }
  }
  const order = ['pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map'];
  return out.sort((a, b) => (order.indexOf(a.tag) + 1 || 99) - (order.indexOf(b.tag) + 1 || 99) || a.tag.localeCompare(b.tag));
}

let elements = [];
let current; // { tag, declaration }
let live; // the preview element

/** One labelled control for an attribute; returns the field. */
function field(tag, a) {
  const id = `attr-${a.name}`;
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  const code = document.createElement('code');
  code.textContent = a.name;
  label.append(code);
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  withCode(hint, a.description);
  const def = literalDefault(a.default);
  if (def && a.type?.text !== 'boolean' && !/default/i.test(a.description ?? '')) hint.append(` Default: ${def}.`);

  const type = a.type?.text ?? '';
  const options = literals(type);
  let control;
  if (type === 'boolean') {
    wrap.classList.add('check');
    control = document.createElement('input');
    control.type = 'checkbox';
  } else if (options) {
    control = document.createElement('select');
    for (const o of options) control.add(new Option(o === def ? `${o} (default)` : o, o));
    control.value = def || options[0];
  } else {
    control = document.createElement('input');
    control.type = type === 'number' ? 'number' : 'text';
    if (def) control.placeholder = def;
    const suggestions = unique([...datasetSuggestions(dataset, tag, a.name, langSelect.value), ...describedValues(a.description)]);
    if (suggestions.length) {
      const list = document.createElement('datalist');
      list.id = `${id}-list`;
      for (const [value, lbl] of suggestions) list.append(new Option(lbl ? `${value} — ${lbl}` : value, value));
      control.setAttribute('list', list.id);
      wrap.append(list);
    }
  }
  control.id = id;
  control.name = a.name;
  control.dataset.attribute = a.name;
  control.dataset.default = def;
  control.setAttribute('aria-describedby', hint.id);
  if (type === 'boolean') wrap.append(control, label, hint);
  else wrap.append(label, control, hint);
  return wrap;
}

/** Rebuilds the attribute controls and the preview element for the chosen widget. */
function choose(tag) {
  current = elements.find((e) => e.tag === tag) ?? elements[0];
  const d = current.declaration;
  summary.replaceChildren();
  withCode(summary, d.summary || d.description?.split('\n\n')[0]);
  attributesBox.replaceChildren(attributesBox.querySelector('legend'));
  commonBox.replaceChildren();
  for (const a of d.attributes ?? []) {
    if (OWN_CONTROLS.has(a.name)) continue;
    (a.inheritedFrom ? commonBox : attributesBox).append(field(current.tag, a));
  }
  for (const [name, value] of Object.entries(START[current.tag] ?? {})) {
    const control = form.querySelector(`[data-attribute="${name}"]`);
    if (control) control.value = value;
  }
  const theme = d.attributes?.find((a) => a.name === 'theme');
  $('theme-hint').replaceChildren();
  if (theme) withCode($('theme-hint'), theme.description);
  live = document.createElement(current.tag);
  liveHeight = 0;
  preview.replaceChildren(live);
  heights.disconnect();
  heights.observe(live);
  update();
}

/** The preview widget's height in px, as laid out (for "keep the widget's space free"). */
let liveHeight = 0;
const heights = new ResizeObserver(([entry]) => {
  const h = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
  if (h === liveHeight) return;
  liveHeight = h;
  writeSnippet();
});

/** The attributes the form sets, in the manifest's order; defaults and empty fields left out. */
function attributes() {
  const attrs = {};
  for (const control of form.querySelectorAll('[data-attribute]')) {
    const name = control.dataset.attribute;
    if (control.type === 'checkbox') {
      if (control.checked) attrs[name] = true;
      continue;
    }
    const value = control.value.trim();
    if (value && value !== control.dataset.default) attrs[name] = value;
  }
  attrs.lang = langSelect.value;
  if (themeSelect.value !== 'auto') attrs.theme = themeSelect.value;
  return attrs;
}

/**
 * The script URL for the snippet: the library's, or with "only this widget's own file", the file of that
 * widget beside it (…/pe-widgets.js → …/pe-stat-card.js, query and fragment kept). Only a URL whose last
 * path segment is exactly pe-widgets.js is rewritten; any other is kept, and the form says so.
 */
function scriptFor(tag) {
  const url = scriptUrl.value.trim() || DEFAULT_SCRIPT_URL;
  singleNote.textContent = '';
  if (!scriptSingle.checked) return url;
  const own = ownFileUrl(url, tag);
  if (own) return own;
  singleNote.textContent = `The script URL does not end in /pe-widgets.js, so the code keeps it: put the address of ${tag}.js in Script URL yourself.`;
  return url;
}

/** Applies the form to the preview element and writes the snippet. */
function update() {
  if (!current) return;
  const attrs = attributes();
  for (const { name } of [...live.attributes]) {
    if (!(name in attrs) && name !== 'data-scheme') live.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attrs)) {
    const v = value === true ? '' : String(value);
    if (live.getAttribute(name) !== v) live.setAttribute(name, v);
  }
  const dark = themeSelect.value === 'dark' || (themeSelect.value === 'auto' && live.getAttribute('data-scheme') === 'dark');
  preview.classList.toggle('dark', dark);
  writeSnippet();
}

/** Writes the code to paste for the form as it is (and the preview's height, when asked to keep it free). */
function writeSnippet() {
  if (!current) return;
  const reserve = reserveBox.checked && liveHeight > 0 ? liveHeight : undefined;
  reserveNote.textContent = reserve
    ? `${reserve} px: the widget's height in this preview, ${Math.round(live.getBoundingClientRect().width)} px wide. In a narrower column it is taller (README: heights by width).`
    : '';
  const value = embedSnippet({ tag: current.tag, attributes: attributes(), text: fallback.value.trim(), scriptUrl: scriptFor(current.tag), reserve });
  if (value !== snippet.value) copyStatus.textContent = '';
  snippet.value = value;
}

async function copy() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (permissions, http, an old browser): select the code for Ctrl+C / ⌘C.
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

// The default script URL: where this page loads the library from, unless that is a local server.
const here = new URL('../dist/pe-widgets.js', import.meta.url);
scriptUrl.value = /^(localhost|127\.|\[::1\])/.test(here.hostname) ? DEFAULT_SCRIPT_URL : here.href;

try {
  const response = await fetch(new URL('../dist/custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  elements = elementsOf(await response.json());
  if (!elements.length) throw new Error('no widgets in the manifest');
  for (const { tag, declaration } of elements) widgetSelect.add(new Option(`<${tag}>${declaration.summary ? ` — ${declaration.summary}` : ''}`, tag));
  const wanted = new URLSearchParams(location.search).get('widget');
  widgetSelect.value = elements.some((e) => e.tag === wanted) ? wanted : elements[0].tag;
  widgetSelect.disabled = false;
  widgetSelect.addEventListener('change', () => choose(widgetSelect.value));
  form.addEventListener('input', (e) => e.target !== widgetSelect && update());
  form.addEventListener('change', (e) => e.target !== widgetSelect && update());
  form.addEventListener('submit', (e) => e.preventDefault());
  copyButton.addEventListener('click', copy);
  // The preview's scheme can change with the reader's setting (theme auto).
  preview.addEventListener('pe-data-load', () => update());
  choose(widgetSelect.value);
  status.textContent = `${elements.length} widgets. Every change updates the preview and the code.`;
  document.documentElement.dataset.builder = 'ready';
} catch (e) {
  status.textContent = `Could not read the widgets' attributes from dist/custom-elements.json (run npm run build): ${e.message}`;
  document.documentElement.dataset.builder = 'error';
}
