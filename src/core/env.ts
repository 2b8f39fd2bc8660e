/**
 * One shared watcher of the page for all widgets: `lang` anywhere in the document, the `dark`
 * class or `data-theme` on <html>, and prefers-color-scheme. A change asks every connected widget
 * to update; the watcher is created with the first widget and released with the last.
 */
interface Host {
  requestUpdate(): void;
}
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
/** Bumped on every change the watcher sees; widgets re-read the page's scheme when it moves. */
export let pageEpoch = 0;
const notify = () => {
  pageEpoch++;
  backdrops = undefined;
  hosts.forEach((h) => h.requestUpdate());
};
const DARK = '(prefers-color-scheme: dark)';

export function watchPage(host: Host): void {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  // A page that switches its own theme with a class or style on <body> (its background is read below).
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  media = matchMedia(DARK);
  media.addEventListener('change', notify);
}

export function unwatchPage(host: Host): void {
  hosts.delete(host);
  if (hosts.size || !observer) return;
  observer.disconnect();
  media?.removeEventListener('change', notify);
  observer = media = undefined;
}

/** How many widgets the watcher serves (for leak tests). */
export const watchedCount = (): number => hosts.size;

export type Theme = 'auto' | 'light' | 'dark';
export type Scheme = 'light' | 'dark';

/**
 * The colour scheme a widget's `theme` fixes by itself: light or dark as given; for auto, a `dark` /
 * `light` class or `data-theme` on <html>. Undefined when it depends on the page around the widget
 * (pageScheme), which is read after the first render (queueScheme), not during it.
 */
export function resolveScheme(theme: string | undefined): Scheme | undefined {
  if (theme === 'light' || theme === 'dark') return theme;
  const html = document.documentElement;
  const attr = html.getAttribute('data-theme');
  if (attr === 'dark' || html.classList.contains('dark')) return 'dark';
  if (attr === 'light' || html.classList.contains('light')) return 'light';
  return undefined;
}

/**
 * For auto without a page class: what the page shows around the widget. The background it sits on (the
 * nearest ancestor with an opaque sRGB background colour: dark when its luminance is low); else, on the
 * bare canvas, the page's `color-scheme` (the reader's setting only when the page supports dark). So a
 * reader in dark mode on a white news page gets a light widget, not a dark box in a white article.
 */
export function pageScheme(host: Element): Scheme {
  for (let n = parentOf(host); n; n = parentOf(n)) {
    const scheme = backdrop(n);
    if (scheme) return scheme;
  }
  const declared = getComputedStyle(document.documentElement).colorScheme;
  if (!declared.includes('dark')) return 'light';
  return !declared.includes('light') || matchMedia(DARK).matches ? 'dark' : 'light';
}

/**
 * Runs `apply` for every queued widget in the next animation frame, before it is painted: reading
 * computed styles during the widgets' first renders would force a style recalculation per widget
 * (measured: +5–12% on the test pages); in the frame, one recalculation serves all of them, and it is
 * the one the frame needs anyway. Setting the scheme there changes only CSS (the widgets' tokens).
 */
export function queueScheme(apply: () => void): void {
  if (!queued.length) requestAnimationFrame(() => queued.splice(0).forEach((f) => f()));
  queued.push(apply);
}
const queued: (() => void)[] = [];

/**
 * The scheme of an element's own background ('' when it is transparent or not sRGB), read once per task
 * and element: widgets in a page share their ancestors.
 */
function backdrop(n: Element): Scheme | '' {
  if (!backdrops) {
    backdrops = new WeakMap();
    setTimeout(() => (backdrops = undefined));
  }
  let scheme = backdrops.get(n);
  if (scheme === undefined) {
    const rgba = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(getComputedStyle(n).backgroundColor);
    scheme = '';
    if (rgba && Number(rgba[4] ?? 1) >= 0.5) scheme = isDarkColour(rgba.slice(1, 4).map(Number)) ? 'dark' : 'light';
    backdrops.set(n, scheme);
  }
  return scheme;
}
let backdrops: WeakMap<Element, Scheme | ''> | undefined;

/** Whether an sRGB colour (channels 0–255) is dark: relative luminance (WCAG) below that of mid grey. */
export function isDarkColour(rgb: readonly number[]): boolean {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.18;
}

/** The element a widget is drawn on: its parent, or across a shadow root, the root's host. */
const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
