let warned = false;

/**
 * Registers a custom element unless the tag is already defined (by this copy of the library,
 * another copy, or a different build). A version mismatch with the registered class is
 * reported once per copy of the library with console.warn; nothing throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return;
    } catch {
      // Another copy won a race for the same tag; fall through to the mismatch check.
    }
  }
  const other = (registry.get(tag) as { version?: string } | undefined)?.version;
  if (other !== ctor.version && !warned) {
    warned = true;
    console.warn(
      `pe-widgets ${ctor.version}: <${tag}> is already defined by pe-widgets ${other ?? '(unknown version)'}; ` +
        'this copy keeps the existing definitions. Load one copy of pe-widgets per page.',
    );
  }
}
