import type { Locale } from '../data/types.js';

/**
 * Typographic quotes around a value: what a CMS's visual editor or a word processor makes of the straight
 * quotes of pasted HTML (`stat="x"` → `stat=”x”`, which the HTML parser keeps as part of the value).
 */
export const TYPOGRAPHIC_QUOTES = /^[\s“”„‟«»‘’‚‛″]+|[\s“”„‟«»‘’‚‛″]+$/g;

/** Maps a BCP 47 tag to a supported locale: es, es-PE, es-419 → es; en, en-GB → en; else undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.replace(TYPOGRAPHIC_QUOTES, '').toLowerCase().split(/[-_]/)[0];
  return base === 'es' || base === 'en' ? base : undefined;
}

/**
 * The language for an element: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`, else English. The first `lang` found decides: an unsupported one gives English.
 */
export function resolveLocale(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return toLocale(lang) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLocale(document.documentElement.lang) ?? 'en';
}

/** The tag used with Intl for each locale. */
export const INTL_TAG: Record<Locale, string> = { es: 'es-PE', en: 'en' };
