/**
 * Roving focus in a list of items (one tab stop; the widget gives the focused item tabindex 0):
 * arrow keys move to the next or previous item, stopping at the ends, Home and End to the first
 * and last. Other keys, and keys on anything but an item, are left alone.
 */
export function rove(e: KeyboardEvent, items: HTMLElement[]): void {
  const i = items.indexOf(e.target as HTMLElement);
  const j = i < 0 ? undefined : ({ ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: items.length - 1 } as Record<string, number>)[e.key];
  if (j === undefined) return;
  e.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, j))].focus();
}
