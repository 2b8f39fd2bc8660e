import { html, nothing, type TemplateResult } from 'lit';
import type { DataError, Locale, Source, Text } from '../data/types.js';
import { safeUrl, t } from '../data/text.js';
import { msg } from '../i18n/catalog.js';
import { formatDate } from '../i18n/format.js';

/** Plain-text source list for accessible names and sentences: "US Department of State, 2014". */
export function sourceText(sources: readonly Source[], locale: Locale): string {
  return sources.map((s) => [t(s.publisher, locale), s.date ? formatDate(s.date, locale) : ''].filter(Boolean).join(', ')).join('; ');
}

/**
 * "Source: Publisher, Title (date)", each title linked when its URL is http(s). The words before and after
 * a title are one text part each. One source (most lines) is one template with no list around it: a source
 * cited on every widget and on every timeline event is worth keeping small (each Lit child part is a marker
 * node and a part object; a list adds two markers and a part per item).
 */
export function sourceLine(sources: readonly Source[], locale: Locale): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const m = msg(locale);
  const one = sources.length === 1;
  const cites = sources.map((s, i) => {
    const title = t(s.title, locale);
    return {
      url: safeUrl(s.url),
      label: title || t(s.publisher, locale),
      // Separators are inside the expressions, not template text, so no minifier can trim them.
      before: `${one ? `${m.source}: ` : i ? '; ' : ''}${title ? `${t(s.publisher, locale)}, ` : ''}`,
      after: s.date ? ` (${formatDate(s.date, locale)})` : '',
      // A title given as one string is in the source's own language: marked, so screen readers voice it right.
      lang: title && typeof s.title === 'string' && s.language && s.language !== locale ? s.language : nothing,
    };
  });
  if (one) {
    const c = cites[0]!;
    return c.url
      ? html`<p class="source" part="source">${c.before}<a href=${c.url} lang=${c.lang} target="_blank" rel="noopener noreferrer">${c.label}</a>${c.after}</p>`
      : html`<p class="source" part="source">${c.before}<cite lang=${c.lang}>${c.label}</cite>${c.after}</p>`;
  }
  return html`<p class="source" part="source">${`${m.sources}: `}${cites.map((c) =>
    c.url
      ? html`${c.before}<a href=${c.url} lang=${c.lang} target="_blank" rel="noopener noreferrer">${c.label}</a>${c.after}`
      : html`${c.before}<cite lang=${c.lang}>${c.label}</cite>${c.after}`,
  )}</p>`;
}

/** A list of notes and caveats, or nothing. */
export function notesList(notes: readonly (Text | undefined)[], locale: Locale): TemplateResult | typeof nothing {
  const items = notes.map((n) => t(n, locale)).filter(Boolean);
  if (!items.length) return nothing;
  return html`<ul class="notes" part="notes" aria-label=${msg(locale).notes}>
    ${items.map((n) => html`<li>${n}</li>`)}
  </ul>`;
}

export interface FrameParts {
  locale: Locale;
  heading?: string;
  body: unknown;
  sources?: readonly Source[];
  notes?: readonly (Text | undefined)[];
  /** Buttons shown under the body (table toggle, downloads). */
  toolbar?: unknown;
  /** Extra class names on the frame element. */
  className?: string;
  /** Heading level (1–6) of the title in the page's outline (a widget's `heading-level`); default 3. */
  level?: number;
}

/** The shared frame: heading, body, toolbar, source line and notes, as a labelled region. */
export function frame(p: FrameParts): TemplateResult {
  return html`<section class="frame ${p.className ?? ''}" part="frame" aria-labelledby=${p.heading ? 'pe-heading' : nothing}>
    ${p.heading ? html`<div class="heading" part="heading" id="pe-heading" role="heading" aria-level=${p.level ?? 3}>${p.heading}</div>` : nothing}
    <div class="body" part="body">${p.body}</div>
    ${p.toolbar ? html`<div class="toolbar" part="toolbar">${p.toolbar}</div>` : nothing}
    ${sourceLine(p.sources ?? [], p.locale)} ${notesList(p.notes ?? [], p.locale)}
  </section>`;
}

/** The loading state: the frame with a placeholder of the final size, so nothing shifts. */
export function loadingView(locale: Locale, heading?: string, level?: number): TemplateResult {
  return frame({
    locale,
    heading,
    level,
    body: html`<div class="placeholder" part="placeholder" role="status">${msg(locale).loading}</div>`,
  });
}

/**
 * The error state: a localised alert naming each bad field, with a retry button for load errors. With
 * `fallback`, the text the page put inside the tag (the fact and its source, written for readers
 * without JavaScript) is shown above it, so a typo in an attribute still leaves readers the fact.
 */
export function errorView(
  locale: Locale,
  errors: readonly DataError[],
  retry?: () => void,
  heading?: string,
  fallback = false,
  level?: number,
): TemplateResult {
  const m = msg(locale);
  return frame({
    locale,
    heading,
    level,
    body: html`${fallback ? html`<div class="fallback" part="fallback"><slot></slot></div>` : nothing}<div class="error" part="error" role="alert">
      <p class="error-title">${m.errorTitle}</p>
      <ul>
        ${errors.map((e) => html`<li><code>${e.path}</code>: ${e.message[locale]}</li>`)}
      </ul>
      ${retry ? html`<button type="button" part="retry" @click=${retry}>${m.retry}</button>` : nothing}
    </div>`,
  });
}
