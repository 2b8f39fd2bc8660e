import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { dataset as defaultDataset } from '../data/dataset.js';
import { DEFAULT_TIMEOUT, LoadError, loadDataset } from '../data/load.js';
import { describe, quote } from '../data/messages.js';
import { validate, type ValidationResult } from '../data/validate.js';
import type { DataError, Dataset, Locale } from '../data/types.js';
import { catalogs, type Messages } from '../i18n/catalog.js';
import { resolveLocale, TYPOGRAPHIC_QUOTES } from '../i18n/locale.js';
import { VERSION } from '../version.js';
import { defineElement } from './define.js';
import { pageEpoch, pageScheme, queueScheme, resolveScheme, unwatchPage, watchPage, type Scheme, type Theme } from './env.js';
import { emit, type DataOrigin, type ErrorKind } from './events.js';
import { errorView, loadingView } from './frame.js';
import { frameStyles, tokens } from './styles.js';

/** A widget's problems, shown in place of its content and reported with `pe-error`. */
export class Problem {
  constructor(
    readonly errors: DataError[],
    readonly kind: ErrorKind = 'input',
  ) {}
}

/**
 * A problem with one field or attribute, its message written once per language from a catalog:
 * the shared one by default, or a component's own (from `defineMessages`), given the shared one too.
 */
export function problem(path: string, message: (m: Messages) => string): Problem;
export function problem<T>(path: string, message: (m: T, shared: Messages) => string, from: Record<Locale, T>): Problem;
export function problem<T>(path: string, message: (m: T, shared: Messages) => string, from?: Record<Locale, T>): Problem {
  const say = (l: Locale) => message(((from ?? catalogs) as Record<Locale, T>)[l], catalogs[l]);
  return new Problem([{ path, message: { en: say('en'), es: say('es') } }]);
}

/** A problem for a numeric attribute that is not a number: never shown as NaN. */
export function notANumber(name: string, got: unknown): Problem {
  return problem(name, (m) => m.notNumber(name, quote(got)));
}

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; kind: ErrorKind; errors: DataError[]; retry?: () => void }
  | { status: 'ready'; dataset: Dataset; origin: DataOrigin };

/**
 * Base of every pe-widget: language, theme, data (default, `src` or `data`), the loading and
 * error states and the `pe-data-load` / `pe-error` events. A widget supplies `model()` (a pure
 * function of dataset, language and its attributes) and `renderView()`.
 *
 * @attr {'es' | 'en'} lang - Language of the widget, `es` or `en`. Default: the nearest ancestor's `lang`, else `<html lang>`, else `en`.
 * @attr {number} heading-level - Level (1–6) of the widget's title in the page's outline, to fit the headings around it: `2` under an article's `<h1>`. Timeline events are one level below (at most 6). The title looks the same at every level. Default: `3`; another value counts as `3`.
 *
 * @csspart frame - The outer frame (every widget but the inline stat card).
 * @csspart heading - The title, when there is one.
 * @csspart body - The widget's content, between the heading and the source line.
 * @csspart source - The source line with its links.
 * @csspart notes - Notes and caveats, when there are any.
 * @csspart placeholder - The box shown while `src` loads (keeps the widget's height).
 * @csspart error - The message shown for bad data, a bad attribute or a failed load.
 * @csspart fallback - With an error, the page's own text inside the tag (the fact for readers), shown above the message.
 * @csspart retry - The Retry button of a failed load.
 *
 * @cssprop --pe-font-family - Font stack. Default: the system UI font.
 * @cssprop --pe-font-size - Base text size. Default: `max(1rem, 15px)`.
 * @cssprop --pe-space - Padding and gaps. Default: `1em`.
 * @cssprop --pe-radius - Corner radius. Default: `8px`.
 * @cssprop [--pe-color-text=#1c1f24] - Text. Dark theme: `#e8eaed`.
 * @cssprop [--pe-color-muted=#565e69] - Secondary text (sources, notes). Dark theme: `#a3acb7`.
 * @cssprop [--pe-color-bg=#ffffff] - Background. Dark theme: `#15171c`.
 * @cssprop [--pe-color-surface=#f5f6f8] - Panels, table headers, the placeholder. Dark theme: `#20242b`.
 * @cssprop [--pe-color-border=#c9cfd6] - Borders and rules. Dark theme: `#414852`.
 * @cssprop [--pe-color-accent=#0a58a8] - Links, focus rings, highlights. Dark theme: `#73b7ff`.
 * @cssprop [--pe-color-error=#b3261e] - Error messages. Dark theme: `#ff8f86`.
 */
export abstract class PeElement<VM> extends LitElement {
  static tagName = '';
  static readonly version = VERSION;
  /** Attributes whose values are the page's own words: typographic quotes around them are kept (see attributeChangedCallback). */
  protected static textAttributes = ['heading'];
  static override styles = [tokens, frameStyles];
  // Reactive properties as a static table, not decorators: the same for Lit and for the manifest
  // analyzer, and no decorator code in the bundle. `attribute: false` marks internal state.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    theme: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
  };

  /** Registers the element under its tag, skipping a tag that is already defined. */
  static define(): void {
    defineElement(this.tagName, this as unknown as CustomElementConstructor & { version: string });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a JSON dataset (see data/README.md) to show instead of the embedded data. */
  src = '';

  /**
   * A dataset object to show instead of the embedded data; takes precedence over `src`. Assign a new object to update.
   * Or a promise of one (`fetch(url).then((r) => r.json())`): "Loading data…" until it settles, never the embedded data.
   */
  data?: unknown;

  /** Colour scheme: `auto` follows the page (a `dark` class or `data-theme` on `<html>`, else the background the widget sits on, else the page's `color-scheme`). */
  theme: Theme = 'auto';

  /** Replaces the widget's title. */
  heading = '';

  // Documented with @attr heading-level above (a JSDoc here would replace that text in the manifest).
  headingLevel = 3;

  /** Milliseconds to wait for `src` before showing a time-out error; not a positive number: the default, 15000. */
  timeout = DEFAULT_TIMEOUT;

  /** The language in use, resolved on every update. */
  protected locale: Locale = 'en';
  /** The title's heading level in use (1–6, from `headingLevel`), resolved on every update; pass it to frame(). */
  protected level = 3;
  /** The data in use, resolved on every update. */
  protected state: DataState = { status: 'loading' };
  /** The widget's view model for the current data, or its problems. */
  protected view?: VM | Problem;

  private validated?: { input: unknown; result: ValidationResult };
  private reported = '';

  // Loading `src` with @lit/task, run by hand (autoRun: false) from update(): it runs again when `src` or
  // `timeout` change, is aborted when `src` is cleared or `data` is set, aborts the previous request
  // through its AbortSignal when a new one starts, and ignores the answer of any run but the last, so a
  // late answer never shows stale data. Not auto-run: with nothing to fetch (the embedded data, or
  // `data`) an auto-run task still runs once and its completion re-renders every widget a second time.
  private readonly loader = new Task(this, {
    task: ([src, timeout]: readonly [string, number], { signal }) => loadDataset(src, { signal, timeout }),
    autoRun: false,
  });
  /** The arguments of the current or last run; undefined when there is nothing to load. */
  private loading?: readonly [string, number];

  private syncLoader(): void {
    const src = this.data === undefined ? this.src : '';
    if (!src) {
      if (this.loading) this.loader.abort();
      this.loading = undefined;
    } else if (this.loading?.[0] !== src || !Object.is(this.loading[1], this.timeout)) {
      // Object.is: timeout="abc" is NaN, which must count as unchanged (loadDataset uses the default).
      this.loading = [src, this.timeout];
      void this.loader.run(this.loading);
    }
  }

  /** The view model for a dataset; return a Problem for bad attributes or missing parts. */
  protected abstract model(dataset: Dataset): VM | Problem;
  /** The widget's content for a view model. */
  protected abstract renderView(view: VM): unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    watchPage(this);
    this.schemeEpoch = -1; // a new place in the page: read its background again
    this.requestUpdate();
  }

  private schemeEpoch = -1;

  private setScheme(scheme: Scheme): void {
    if (this.getAttribute('data-scheme') !== scheme) this.setAttribute('data-scheme', scheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // stat=”convictions-2013”: a CMS's visual editor made the pasted HTML's straight quotes typographic, and the
    // HTML parser kept them in the value. An id, a keyword or a URL never starts or ends with one: drop them.
    const words = (this.constructor as typeof PeElement).textAttributes.includes(name);
    const clean = value && !words ? value.replace(TYPOGRAPHIC_QUOTES, '') : value;
    // lang is the page's too (screen readers' pronunciation, the :lang() selector): the attribute itself is mended.
    if (name === 'lang' && clean !== value) return this.setAttribute(name, clean!);
    super.attributeChangedCallback(name, old, clean);
    if (name === 'lang') this.requestUpdate();
  }

  /** Loads `src` again (the error state's retry button). */
  retry(): void {
    if (!this.loading) return;
    // Pressed from the keyboard, the button goes away while loading: keep the reader's place (updated()).
    this.refocus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('part') === 'retry';
    void this.loader.run(this.loading);
  }

  private refocus = false;

  /** The promise given as `data`, and what it settled with. */
  private awaited?: { promise: unknown; settled?: { value: unknown } | { error: unknown } };

  private resolveData(): DataState {
    let input = this.data;
    if (input === undefined) {
      if (!this.src) return { status: 'ready', dataset: defaultDataset, origin: 'default' };
      return this.loaded();
    }
    let thenable = false;
    try {
      thenable = typeof (input as PromiseLike<unknown> | null)?.then === 'function';
    } catch {
      // A `then` getter that throws: not a promise; validate() says what the object is.
    }
    if (thenable) {
      let a = this.awaited;
      if (a?.promise !== input) {
        const mine: NonNullable<typeof a> = (a = this.awaited = { promise: input });
        const settle = (settled: typeof mine.settled) => {
          mine.settled = settled;
          if (this.awaited === mine) this.requestUpdate();
        };
        Promise.resolve(input).then((value) => settle({ value }), (error: unknown) => settle({ error }));
      }
      const settled = a.settled;
      if (!settled) return { status: 'loading' };
      if ('error' in settled) {
        const e = settled.error;
        // loadDataset()'s own errors keep their kind and localised messages; others quote the reason as written.
        if (e instanceof LoadError) return { status: 'error', kind: e.kind, errors: e.errors };
        const why = String(e instanceof Error ? e.message : e).slice(0, 120);
        return { status: 'error', kind: 'network', errors: [{ path: 'data', message: { en: `could not get the data: ${why}`, es: `no se pudieron obtener los datos: ${why}` } }] };
      }
      input = settled.value;
    }
    let v = this.validated;
    if (!v || v.input !== input) v = this.validated = { input, result: validate(input) };
    const r = v.result;
    return r.ok ? { status: 'ready', dataset: r.dataset, origin: 'data' } : { status: 'error', kind: 'validation', errors: r.errors };
  }

  /** The state of the `src` load. */
  private loaded(): DataState {
    const { status, value, error: e } = this.loader;
    switch (status) {
      case TaskStatus.COMPLETE:
        return value ? { status: 'ready', dataset: value, origin: 'src' } : { status: 'loading' };
      case TaskStatus.ERROR: {
        const retry = () => this.retry();
        if (e instanceof LoadError) return { status: 'error', kind: e.kind, errors: e.errors, retry };
        const text = describe(e instanceof Error ? e.message : e);
        return { status: 'error', kind: 'network', retry, errors: [{ path: 'src', message: { en: text, es: text } }] };
      }
      default:
        return { status: 'loading' };
    }
  }

  protected override update(changed: PropertyValues): void {
    this.syncLoader();
    this.locale = resolveLocale(this);
    const n = +this.headingLevel;
    this.level = Number.isInteger(n) && n > 0 && n < 7 ? n : 3;
    // The scheme is read again only when the theme, the page or the widget's place changed. What the page
    // shows around the widget is read in the next frame, before paint (queueScheme); until then, light.
    if (changed.has('theme') || this.schemeEpoch !== pageEpoch) {
      this.schemeEpoch = pageEpoch;
      const fixed = resolveScheme(this.theme);
      this.setScheme(fixed ?? (this.getAttribute('data-scheme') as Scheme | null) ?? 'light');
      if (!fixed) queueScheme(() => !resolveScheme(this.theme) && this.isConnected && this.setScheme(pageScheme(this)));
    }
    this.state = this.resolveData();
    this.view = this.state.status === 'ready' ? (this.splitByQuotes() ?? this.model(this.state.dataset)) : undefined;
    super.update(changed);
  }

  /**
   * A value with a space between typographic quotes (layers=”hubs incidence”) was split by the HTML parser:
   * the words after the space became attributes whose names end in a quote. No guess repairs that; the
   * message shows the broken part as the page has it and how to paste the code again.
   */
  private splitByQuotes(): Problem | undefined {
    const all = [...this.attributes];
    const quoted = (s: string) => s !== s.replace(TYPOGRAPHIC_QUOTES, '');
    const end = all.findIndex((a) => quoted(a.name));
    if (end < 0) return;
    // Back over the words between (heading=”Trata de personas” → heading, de, personas”) to where the value began.
    let start = end;
    while (start > 0 && !all[start - 1].value) start--;
    if (!quoted(all[start - 1]?.value ?? '')) start = end;
    else start--;
    const part = all.slice(start, end + 1).map((a) => (a.value ? `${a.name}=${a.value}` : a.name)).join(' ');
    return problem(part, (m) => m.typographicQuotes);
  }

  protected override render(): unknown {
    const s = this.state;
    const heading = this.heading || undefined;
    if (s.status === 'loading') return loadingView(this.locale, heading, this.level);
    const problem = this.problem;
    if (!problem) return this.renderView(this.view as VM);
    // The page's own text inside the tag, if any, is shown with the error (see errorView).
    const fallback = [...this.childNodes].some((n) => n.nodeType === 1 || !!n.textContent?.trim());
    return errorView(this.locale, problem.errors, s.status === 'error' ? s.retry : undefined, heading, fallback, this.level);
  }

  /** What is wrong, if anything: a failed load or bad data, or the view model's Problem (a bad attribute). */
  private get problem(): Extract<DataState, { status: 'error' }> | Problem | undefined {
    const s = this.state;
    return s.status === 'error' ? s : this.view instanceof Problem ? this.view : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.refocus && this.state.status !== 'loading') {
      // After a retry: focus Retry again if it failed again, else the widget (its frame), which
      // screen readers announce by its heading.
      this.refocus = false;
      const to = this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="frame"], [part~="inline"]');
      if (to && !to.matches('button')) to.tabIndex = -1;
      to?.focus();
    }
    if (this.state.status === 'loading') {
      this.lastDataset = undefined;
      this.reported = '';
      return;
    }
    // The first report on the embedded data waits a task: a page script right after the bundle's
    // (`el.data = …`, `el.src = …`) runs after the widget's first render, and its data is what the page
    // meant, so no pe-data-load for the embedded data and no pe-error for an id only its data has.
    if (!this.reportedOnce && this.data === undefined && !this.src) {
      setTimeout(() => {
        if (this.data === undefined && !this.src && this.state.status !== 'loading') this.report();
      });
      return;
    }
    this.report();
  }

  private reportedOnce = false;

  /** Fires pe-data-load for a dataset newly shown and pe-error for each distinct problem, once each. */
  private report(): void {
    this.reportedOnce = true;
    const s = this.state;
    const origin: DataOrigin = this.data !== undefined ? 'data' : this.src ? 'src' : 'default';
    if (s.status === 'ready' && s.dataset !== this.lastDataset) {
      this.lastDataset = s.dataset;
      emit(this, 'pe-data-load', { dataset: s.dataset, origin });
    }
    // Report each distinct problem once, not on every re-render.
    const problem = this.problem;
    const key = problem ? `${problem.kind}:${problem.errors.map((e) => `${e.path}=${e.message.en}`).join('|')}` : '';
    if (key === this.reported) return;
    this.reported = key;
    if (problem) emit(this, 'pe-error', { kind: problem.kind, errors: problem.errors, origin });
  }

  private lastDataset?: Dataset;
}
