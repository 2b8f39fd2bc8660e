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
 * The colour scheme for a widget: its `theme` when light or dark. For auto, what the page shows around
 * it: a `dark`/`light` class or `data-theme` on <html>; else the background it sits on (the nearest
 * ancestor with an opaque sRGB background colour: dark when its luminance is low); else, on the bare
 * canvas, the page's `color-scheme` (the reader's setting only when the page supports dark). So a
 * reader in dark mode on a white news page gets a light widget, not a dark box in a white article.
 */
export function resolveScheme(theme: string | undefined, host?: Element): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const html = document.documentElement;
  const attr = html.getAttribute('data-theme');
  if (attr === 'dark' || html.classList.contains('dark')) return 'dark';
  if (attr === 'light' || html.classList.contains('light')) return 'light';
  for (let n = host && parentOf(host); n; n = parentOf(n)) {
    const rgba = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(getComputedStyle(n).backgroundColor);
    if (!rgba || Number(rgba[4] ?? 1) < 0.5) continue;
    // Relative luminance (WCAG) below that of mid grey: a dark background.
    const [r, g, b] = rgba.slice(1, 4).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.18 ? 'dark' : 'light';
  }
  const declared = getComputedStyle(html).colorScheme;
  if (!declared.includes('dark')) return 'light';
  return !declared.includes('light') || matchMedia(DARK).matches ? 'dark' : 'light';
}

/** The element a widget is drawn on: its parent, or across a shadow root, the root's host. */
const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
