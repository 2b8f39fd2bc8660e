import type { Locale, Source, Text } from './types.js';

/** The text in the wanted language, else in the other one. */
export function t(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[locale === 'es' ? 'en' : 'es'] ?? '';
}

/** The URL only when it is http(s); anything else (javascript:, data:, relative) is not linked. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Looks up sources by id, keeping the order asked for and skipping unknown ids. */
export function sourcesById(all: readonly Source[] | undefined, ids: readonly string[] | undefined): Source[] {
  if (!all || !ids) return [];
  const out: Source[] = [];
  for (const id of ids) {
    const s = all.find((x) => x.id === id);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
