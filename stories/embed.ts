// Shared by every story: renders a widget from its args, derives controls from the Custom Elements
// Manifest (dist/custom-elements.json, set in .storybook/preview.ts) and writes the embed snippet
// shown under each story. Nothing here restates a component's API: attribute names, types,
// defaults and events are read from the manifest at run time.
import { getCustomElements } from '@storybook/web-components-vite';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import type { InputType, StrictArgTypes } from 'storybook/internal/types';
import { DEFAULT_SCRIPT_URL, embedSnippet, ownFileUrl } from '../demo/snippet.js';
import { dataset as embeddedDataset, sourcesById, t, type Dataset } from '../src/data/index.js';
import { sourcesLabel } from '../src/i18n/catalog.js';
import { cap, formatDate, formatValue } from '../src/i18n/format.js';
import { messages as timelineMessages } from '../src/components/timeline/messages.js';
import ngoData from '../demo/ngo-data.json';

interface CemType {
  text: string;
}
interface CemAttribute {
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  fieldName?: string;
}
interface CemMember {
  kind: string;
  name: string;
  default?: string;
  type?: CemType;
  privacy?: string;
  static?: boolean;
  description?: string;
  attribute?: string;
}
interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; syntax?: string }[];
}
export interface CemManifest {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

/** demo/ngo-data.json (fictional sample data), served at example-data/ by Storybook (staticDirs in main.ts). */
export const NGO_DATA_URL = 'example-data/ngo-data.json';

export type Theme = 'auto' | 'light' | 'dark';
export type Lang = 'es' | 'en';

/**
 * The manifest as Storybook should show it: only public API. Drops static, private and protected
 * members, methods, and the property twin of every attribute (the attribute row documents both),
 * so the controls are the attributes plus property-only inputs such as `data`. Also: parts are
 * named `::part(x)`, wrapped JSDoc lines are joined, and the tag is taken from `static tagName`
 * when the manifest lacks it.
 */
export function publicApi<M>(manifest: M): M {
  const copy = structuredClone(manifest) as CemManifest;
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName ?? a.name));
      // Without the analyzer plugin (scripts/cem-plugins.mjs) the tag is only in `static tagName`.
      const staticTag = literalDefault((d.members ?? []).find((m) => m.name === 'tagName' && m.static)?.default);
      if (!d.tagName && staticTag?.startsWith('pe-')) Object.assign(d, { tagName: staticTag, customElement: true });
      if (d.members) {
        d.members = d.members.filter(
          (m) => m.kind === 'field' && !m.static && isPublic(m) && !attributeFields.has(m.name) && !m.attribute,
        );
      }
      // Storybook keys every row by name: a part called `value` would replace the attribute `value`.
      for (const p of d.cssParts ?? []) p.name = `::part(${p.name})`;
      d.description = unwrap(d.description);
      for (const list of [d.attributes, d.members, d.events, d.cssParts, d.cssProperties]) {
        for (const item of list ?? []) item.description = unwrap(item.description);
      }
    }
  }
  return copy as M;
}

/** Public API: the analyzer writes `privacy: 'public'` for members declared public (e.g. `data`), and nothing for others. */
function isPublic(m: CemMember): boolean {
  return !m.privacy || m.privacy === 'public';
}

/**
 * Joins the lines a JSDoc comment was wrapped at, keeping paragraphs and list items, so that a
 * wrapped line starting with "2013." is not read as a numbered list by the docs' Markdown.
 */
export function unwrap(text: string | undefined): string | undefined {
  return text?.replace(/([^\n])\n(?![ \t]*(?:\n|[-*+][ \t]))/g, '$1 ');
}

function manifest(): CemManifest | undefined {
  return getCustomElements() as CemManifest | undefined;
}

/** The manifest's declaration of a tag. */
export function declarationOf(tag: string): CemDeclaration | undefined {
  for (const mod of manifest()?.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  }
  return undefined;
}

/** `'a' | 'b'` → ['a', 'b']; undefined for any other type text. */
export function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** A manifest default written as a literal ("'auto'", "15000", "true") → its attribute text. */
export function literalDefault(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (/^'[^']*'$|^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t) || t === 'true' || t === 'false') return t;
  return undefined;
}

/**
 * Argtypes enhancer (preview.ts): turns the manifest's literal-union types (and options a story file
 * gives) into select or radio controls of type `enum`, so values also work as URL args
 * (`?args=variant:compact`: Storybook drops a URL arg whose type it cannot check), gives attributes
 * without a usable type a text control (attributes are strings), `data` an object control, and every
 * `--pe-*` custom property a colour or text field. Controls a story file sets are kept.
 */
export function manifestControls(context: { argTypes: StrictArgTypes }): StrictArgTypes {
  const out: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const table = argType.table as { category?: string; type?: { summary?: string } } | undefined;
    const summary = table?.type?.summary;
    const category = table?.category;
    const options = (argType.options as string[] | undefined) ?? literalOptions(summary);
    if (category === 'css custom properties')
      // Set on the element by renderWidget (and written as its style attribute in the snippet).
      out[name] = { ...argType, type: { name: 'string' }, control: argType.control ?? { type: /-(color|cat|seq)-/.test(name) ? 'color' : 'text' } };
    else if (category === 'css shadow parts' || category === 'events' || category === 'slots') out[name] = { ...argType, control: false };
    else if (options) {
      // A list (check control) keeps its array type; one value of a known set is an enum.
      const type = argType.type?.name === 'array' ? argType.type : { name: 'enum' as const, value: [...options] };
      out[name] = { ...argType, options, type, control: argType.control ?? { type: options.length <= 5 ? 'inline-radio' : 'select' } };
    } else if (category === 'properties') out[name] = { ...argType, control: argType.control ?? { type: 'object' } };
    else if (argType.control !== undefined) out[name] = argType;
    else if (category === 'attributes' && !['string', 'number', 'boolean'].includes(summary ?? ''))
      out[name] = { ...argType, type: { name: 'string' }, control: { type: 'text' } };
    else out[name] = argType;
  }
  return out;
}

/**
 * A select control over known ids, for a story file's argTypes: `values` are [id, label] pairs
 * (labels shown in the list), and `''` (the widget's default) comes first, labelled `empty`.
 */
export function selectArg(values: readonly (readonly [string, string])[], empty: string): InputType {
  const labels: Record<string, string> = { '': empty };
  for (const [id, label] of values) labels[id] = label ? `${id} — ${label}` : id;
  return { options: ['', ...values.map(([id]) => id)], control: { type: 'select', labels } };
}

/**
 * A check control for an attribute that takes a space-separated list (`layers`, `category`): the arg
 * is an array of the checked values, written into the attribute joined with spaces, in the order of
 * `options` (widgetAttributes). A plain string arg (e.g. a story showing a bad value) is written as is.
 */
export function listArg(options: readonly string[]): InputType {
  return { options: [...options], type: { name: 'array', value: { name: 'enum', value: [...options] } }, control: { type: 'check' } };
}

/** A text control instead of a list, for stories that show what a wrong value does. */
export const freeText: InputType = { control: { type: 'text' } };

interface Globals {
  theme?: Theme;
  lang?: Lang;
  /** The toolbar's "Script": `own` writes the widget's own file (pe-stat-card.js, …) instead of pe-widgets.js. */
  script?: 'bundle' | 'own';
}

/** The language a story renders in: its own `lang` arg, else the toolbar's. */
export function storyLang(args: Args, globals: Globals | undefined): Lang {
  return ((args.lang as string) || globals?.lang) === 'en' ? 'en' : 'es';
}

/**
 * A story's args with the values it gives per language (`parameters.localizedArgs`, e.g. a heading
 * in Spanish and in English) filled in for the story's language, where Controls left them empty.
 */
export function storyArgs(args: Args, context: { parameters?: Record<string, unknown>; globals?: Record<string, unknown> }): Args {
  const byLang = context.parameters?.localizedArgs as Partial<Record<Lang, Args>> | undefined;
  if (!byLang) return args;
  const out = { ...args };
  for (const [k, v] of Object.entries(byLang[storyLang(args, context.globals as Globals)] ?? {})) {
    if (out[k] === undefined || out[k] === '') out[k] = v;
  }
  return out;
}

/** An arg as attribute text: `true` stays `true` (a bare attribute), a list is joined with spaces. */
function attributeValue(v: unknown, options: readonly unknown[] | undefined): string | true | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  if (v === true) return true;
  if (Array.isArray(v)) {
    const words = v.map(String).filter(Boolean);
    const at = (w: string) => (options?.indexOf(w) ?? -1) + 1 || Infinity;
    return words.sort((a, b) => at(a) - at(b)).join(' ');
  }
  return String(v);
}

/**
 * The attributes a story's widget gets, in the manifest's order: every attribute the args set
 * (left out when empty or equal to its default; `true` for a boolean attribute that is on), `style`
 * for the `--pe-*` custom properties the args set, then `lang` and `theme` from the args or the
 * toolbar (theme left out when `auto`). `argTypes` orders the values of list attributes.
 */
export function widgetAttributes(tag: string, args: Args, globals: Globals, argTypes?: StrictArgTypes): Record<string, string | true> {
  const attrs: Record<string, string | true> = {};
  for (const a of declarationOf(tag)?.attributes ?? []) {
    if (a.name === 'lang' || a.name === 'theme') continue;
    const value = attributeValue(args[a.name], argTypes?.[a.name]?.options);
    if (value === undefined || value === '') continue;
    if ((value === true ? 'true' : value) === literalDefault(a.default)) continue;
    attrs[a.name] = value;
  }
  const style = Object.entries(args)
    .filter(([k, v]) => k.startsWith('--') && typeof v === 'string' && v.trim() !== '')
    .map(([k, v]) => `${k}: ${String(v).trim()}`)
    .join('; ');
  if (style) attrs.style = style;
  const lang = (args.lang as string | undefined) || globals.lang;
  if (lang) attrs.lang = lang;
  const theme = (args.theme as string | undefined) || globals.theme;
  if (theme && theme !== 'auto') attrs.theme = theme;
  return attrs;
}

/** `pe-select` → `onPeSelect`, the arg Storybook's manifest reader creates for an event's action. */
export function eventArgName(event: string): string {
  const camel = event.replace(/(-|_|:|\.|\s)+(.)?/g, (_m, _s, c: string | undefined) => (c ? c.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** Public properties without an attribute (e.g. `data`): set as properties. */
function propertyOnly(tag: string): string[] {
  const attrs = new Set((declarationOf(tag)?.attributes ?? []).map((a) => a.fieldName ?? a.name));
  return (declarationOf(tag)?.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !attrs.has(m.name) && !m.attribute).map((m) => m.name);
}

export interface RenderOptions {
  /** Puts the element into its surroundings, e.g. a sentence for an inline card. */
  wrap?: (element: HTMLElement, context: StoryContext) => Node;
}

/** A story's render function for any widget: attributes and properties from args, events to actions. */
export function renderWidget(tag: string, options: RenderOptions = {}) {
  return (rawArgs: Args, context: StoryContext): Node => {
    const args = storyArgs(rawArgs, context);
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(widgetAttributes(tag, args, context.globals as Globals, context.argTypes))) {
      el.setAttribute(name, value === true ? '' : value);
    }
    for (const name of propertyOnly(tag)) if (args[name] !== undefined) (el as unknown as Record<string, unknown>)[name] = args[name];
    for (const e of declarationOf(tag)?.events ?? []) {
      const handler = args[eventArgName(e.name)];
      if (typeof handler === 'function') el.addEventListener(e.name, handler as EventListener);
    }
    return options.wrap ? options.wrap(el, context) : el;
  };
}

/** What the snippets put in `src` instead of a URL that only works inside this Storybook. */
export const PLACEHOLDER_DATA_URL = 'https://example.org/your-data.json';

/** The dataset a story's widget shows: `data`, the sample file by `src`, else the embedded one (undefined: a `src` that fails). */
function datasetOf(args: Args): Dataset | undefined {
  if (args.data && typeof args.data === 'object') return args.data as Dataset;
  if (args.src === NGO_DATA_URL) return ngoData as unknown as Dataset;
  return args.src ? undefined : embeddedDataset;
}

/** Fallback words of the snippets; the words the widgets already have come from their catalogs. */
const FALLBACK = {
  es: {
    figure: 'Una cifra sobre la trata de personas en el Perú, con su fuente.',
    breakdown: 'Víctimas de trata de personas en el Perú',
    map: 'Perú: sedes previstas de fiscalías especializadas y regiones más afectadas por la trata',
    byRegion: 'por región',
  },
  en: {
    figure: 'A figure on human trafficking in Peru, with its source.',
    breakdown: 'Victims of human trafficking in Peru',
    map: 'Peru: planned special prosecutor hubs and the regions most affected by trafficking',
    byRegion: 'by region',
  },
} as const;

/** The words of a list arg (`['a', 'b']` or `'a b'`). */
const wordsOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,]+/) : []).filter(Boolean);

/**
 * The text to put inside the tag (readers without JavaScript, RSS, reader modes; hidden once the
 * widget runs), the way the README asks: the fact and its source. For a stat card the figure itself
 * (value, label, place, period, source); for the others their title and sources.
 */
export function fallbackText(tag: string, args: Args, lang: Lang): string {
  const data = datasetOf(args);
  const words = FALLBACK[lang];
  /** "Text. Fuentes: Diálogo; InSight Crime." */
  const cite = (text: string, who: string[]) => {
    const list = [...new Set(who.filter(Boolean))];
    const head = cap(text.trim()).replace(/[.]$/, '');
    const tail = list.length ? ` ${sourcesLabel(list.length, lang)}: ${list.join('; ')}` : '';
    return `${head}.${tail}${tail && !tail.endsWith('.') ? '.' : ''}`;
  };
  const publishers = (ids: readonly string[]) => sourcesById(data?.sources, [...new Set(ids)]).map((s) => t(s.publisher, lang));
  const str = (k: string) => (typeof args[k] === 'string' || typeof args[k] === 'number' ? String(args[k]).trim() : '');
  switch (tag) {
    case 'pe-stat-card': {
      const fig = str('stat') ? data?.figures?.find((f) => f.id === str('stat')) : undefined;
      if (fig) {
        const estimate = fig.estimate ? ` (${t(fig.estimate, lang)})` : '';
        const where = [t(fig.place, lang), formatDate(fig.period, lang)].filter(Boolean).join(', ');
        return cite(`${formatValue(fig, lang).text} ${t(fig.label, lang)}${estimate}${where ? `, ${where}` : ''}`, publishers(fig.sourceIds));
      }
      if (!str('stat') && str('value') && str('label')) {
        const where = [str('place'), str('period')].filter(Boolean).join(', ');
        return cite(`${str('value')} ${str('label')}${where ? `, ${where}` : ''}`, [str('source')]);
      }
      return words.figure;
    }
    case 'pe-victim-breakdown': {
      const all = data?.breakdowns ?? [];
      const dimension = str('dimension') || all[0]?.dimension;
      const b = all.find((x) => x.id === str('breakdown')) ?? all.find((x) => x.dimension === dimension);
      return b ? cite(str('heading') || t(b.title, lang) || words.breakdown, publishers(b.sourceIds)) : cite(str('heading') || words.breakdown, []);
    }
    case 'pe-timeline': {
      const only = wordsOf(args.category);
      const events = (data?.events ?? []).filter((e) => !only.length || only.includes(e.category));
      return cite(str('heading') || timelineMessages[lang].heading, publishers(events.flatMap((e) => e.sourceIds ?? [])));
    }
    case 'pe-hub-map': {
      const layers = wordsOf(args.layers);
      const values = data?.regionValues ?? [];
      // Only the values layer: the map is a choropleth of those values ("Denuncias por región, ene. 2007–abr. 2014").
      if (layers.length === 1 && layers[0] === 'values' && values.length) {
        const period = formatDate(values[0]?.period, lang);
        const title = str('heading') || `${t(values[0]?.unit, lang)} ${words.byRegion}${period ? `, ${period}` : ''}`;
        return cite(title, publishers(values.flatMap((v) => v.sourceIds ?? [])));
      }
      return cite(str('heading') || words.map, publishers([...(data?.hubs ?? []), ...values].flatMap((x) => x.sourceIds ?? [])));
    }
    default:
      return '';
  }
}

/** Snippets already written for a story: Storybook's docs may hand one back to the transform. */
const written = new Set<string>();

/**
 * The snippet to paste for one widget of a story, as the story shows it (args, localised args,
 * toolbar): the script tag, a comment where `src` must become the page's own file, the element with
 * its attributes and a fallback text inside, and the `data` script if the story sets it.
 */
export function widgetSnippet(
  tag: string,
  rawArgs: Args,
  context: { parameters?: Record<string, unknown>; globals?: Record<string, unknown>; argTypes?: StrictArgTypes },
  options: { script?: boolean } = {},
): string {
  const args = storyArgs(rawArgs, context);
  const attrs = widgetAttributes(tag, args, (context.globals ?? {}) as Globals, context.argTypes);
  let note = '';
  // A relative src (the sample file Storybook serves, a page of Storybook's) means nothing on another site.
  if (typeof attrs.src === 'string' && !/^https?:\/\//i.test(attrs.src)) {
    attrs.src = PLACEHOLDER_DATA_URL;
    note = '<!-- src: the URL of your own JSON file (the format: data/README.md) -->';
  }
  const lang: Lang = attrs.lang === 'en' ? 'en' : 'es';
  const own = (context.globals as Globals | undefined)?.script === 'own';
  const code = embedSnippet({
    tag,
    attributes: attrs,
    text: fallbackText(tag, args, lang),
    data: args.data,
    script: options.script ?? true,
    scriptUrl: (own && ownFileUrl(DEFAULT_SCRIPT_URL, tag)) || DEFAULT_SCRIPT_URL,
  });
  const out = note ? code.replace(new RegExp(`(^|\\n)(<${tag}[\\s>])`), `$1${note}\n$2`) : code;
  if (written.size > 500) written.clear();
  written.add(out);
  return out;
}

/**
 * The source transform for every story (preview.ts: docs "Show code" and the Code panel): the embed
 * snippet, rebuilt from the story's args and the toolbar on every render (source type `dynamic`).
 */
export function storySnippet(code: string, context: StoryContext): string {
  if (written.has(code)) return code;
  const tag = context.component;
  if (typeof tag !== 'string' || !tag.startsWith('pe-')) return code;
  return widgetSnippet(tag, context.args ?? {}, context);
}

const PROSE = {
  es: ['Texto del artículo antes de la cifra, ', ', y el texto del artículo sigue después, en la misma línea y con la misma fuente.'],
  en: ['Article text before the figure, ', ', and the article text goes on after it, on the same line and in the same font.'],
};

/** A paragraph of placeholder prose (no figures) around an inline widget, the way an article embeds it. */
export function inSentence(el: HTMLElement, context: StoryContext): Node {
  const lang = storyLang(context.args, context.globals as Globals);
  const p = document.createElement('p');
  p.className = 'pe-story-prose';
  p.lang = lang;
  p.append(PROSE[lang][0], el, PROSE[lang][1]);
  return p;
}
