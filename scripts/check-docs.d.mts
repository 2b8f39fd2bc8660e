export interface ManifestElement {
  tag: string;
  module: string;
  declaration: Record<string, unknown>;
}
/** The custom elements a manifest declares. */
export declare function elementsOf(manifest: unknown): ManifestElement[];
/** Problems with a manifest's documentation, one readable line each; empty when all is documented. */
export declare function undocumented(manifest: unknown, expectedTags?: string[]): string[];
