// Shared by every story: renders a widget from its args, derives controls from the Custom Elements
// Manifest (dist/custom-elements.json, set in .storybook/preview.ts) and writes the embed snippet
// shown under each story. Nothing here restates a component's API: attribute names, types,
// defaults and events are read from the manifest at run time.
import { getCustomElements } from '@storybook/web-components-vite';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import { embedSnippet } from '../demo/snippet.js';

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
          (m) => m.kind === 'field' && !m.static && !m.privacy && !attributeFields.has(m.name) && !m.attribute,
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
 * Argtypes enhancer (preview.ts): turns the manifest's literal-union types into select controls
 * and gives attributes without a usable type a text control (attributes are strings).
 */
export function manifestControls(context: { argTypes: StrictArgTypes }): StrictArgTypes {
  const out: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const table = argType.table as { category?: string; type?: { summary?: string } } | undefined;
    const summary = table?.type?.summary;
    const options = literalOptions(summary);
    const category = table?.category;
    if (argType.control !== undefined || argType.options) out[name] = argType;
    else if (category === 'css custom properties')
      // Set on the element by renderWidget (and written as its style attribute in the snippet).
      out[name] = { ...argType, type: { name: 'string' }, control: { type: /-(color|cat|seq)-/.test(name) ? 'color' : 'text' } };
    else if (category === 'css shadow parts' || category === 'events' || category === 'slots') out[name] = { ...argType, control: false };
    else if (options) out[name] = { ...argType, options, control: { type: options.length <= 5 ? 'inline-radio' : 'select' } };
    else if (table?.category === 'attributes' && !['string', 'number', 'boolean'].includes(summary ?? ''))
      out[name] = { ...argType, type: { name: 'string' }, control: { type: 'text' } };
    else out[name] = argType;
  }
  return out;
}

interface Globals {
  theme?: Theme;
  lang?: Lang;
}

/**
 * The attributes a story's widget gets, in the manifest's order: every attribute the args set
 * (left out when empty or equal to its default), `style` for the `--pe-*` custom properties the
 * args set, then `lang` and `theme` from the args or the toolbar (theme left out when `auto`).
 */
export function widgetAttributes(tag: string, args: Args, globals: Globals): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of declarationOf(tag)?.attributes ?? []) {
    if (a.name === 'lang' || a.name === 'theme') continue;
    const v = args[a.name];
    if (v === undefined || v === null || v === '' || v === false) continue;
    const text = v === true ? '' : String(v);
    if (text === literalDefault(a.default)) continue;
    attrs[a.name] = text;
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
  return (declarationOf(tag)?.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !attrs.has(m.name)).map((m) => m.name);
}

export interface RenderOptions {
  /** Puts the element into its surroundings, e.g. a sentence for an inline card. */
  wrap?: (element: HTMLElement, context: StoryContext) => Node;
}

/** A story's render function for any widget: attributes and properties from args, events to actions. */
export function renderWidget(tag: string, options: RenderOptions = {}) {
  return (args: Args, context: StoryContext): Node => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(widgetAttributes(tag, args, context.globals as Globals))) el.setAttribute(name, value);
    for (const name of propertyOnly(tag)) if (args[name] !== undefined) (el as unknown as Record<string, unknown>)[name] = args[name];
    for (const e of declarationOf(tag)?.events ?? []) {
      const handler = args[eventArgName(e.name)];
      if (typeof handler === 'function') el.addEventListener(e.name, handler as EventListener);
    }
    return options.wrap ? options.wrap(el, context) : el;
  };
}

/** The embed snippet for a story (docs "Show code"): script tag + element, and `data` if the story sets it. */
export function storySnippet(_code: string, context: StoryContext): string {
  const tag = context.component;
  if (typeof tag !== 'string' || !tag.startsWith('pe-')) return _code;
  const args = context.args ?? {};
  return embedSnippet({ tag, attributes: widgetAttributes(tag, args, (context.globals ?? {}) as Globals), data: args.data });
}

const PROSE = {
  es: ['Texto del artículo antes de la cifra, ', ', y el texto del artículo sigue después, en la misma línea y con la misma fuente.'],
  en: ['Article text before the figure, ', ', and the article text goes on after it, on the same line and in the same font.'],
};

/** A paragraph of placeholder prose (no figures) around an inline widget, the way an article embeds it. */
export function inSentence(el: HTMLElement, context: StoryContext): Node {
  const lang: Lang = ((context.args.lang as string) || (context.globals as Globals).lang) === 'en' ? 'en' : 'es';
  const p = document.createElement('p');
  p.className = 'pe-story-prose';
  p.lang = lang;
  p.append(PROSE[lang][0], el, PROSE[lang][1]);
  return p;
}
