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
const notify = () => hosts.forEach((h) => h.requestUpdate());
const DARK = '(prefers-color-scheme: dark)';

export function watchPage(host: Host): void {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
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
 * The colour scheme for a widget: its `theme` when light or dark; for auto, a `dark`/`light` class
 * or `data-theme` on <html>, else the reader's prefers-color-scheme.
 */
export function resolveScheme(theme: string | undefined): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const html = document.documentElement;
  const attr = html.getAttribute('data-theme');
  if (attr === 'dark' || html.classList.contains('dark')) return 'dark';
  if (attr === 'light' || html.classList.contains('light')) return 'light';
  return matchMedia(DARK).matches ? 'dark' : 'light';
}
