/** Where the snippets load the library from: replace with the URL you host dist/pe-widgets.js at. */
export declare const DEFAULT_SCRIPT_URL: string;
export declare function escapeAttribute(value: unknown): string;
export declare function escapeText(value: unknown): string;
/** The URL of a widget's own file beside pe-widgets.js, or undefined when the URL does not end in pe-widgets.js. */
export declare function ownFileUrl(url: string, tag: string): string | undefined;
export interface SnippetOptions {
  tag: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  text?: string;
  data?: unknown;
  scriptUrl?: string;
  script?: boolean;
  /** Height in px kept free until the script has defined the tag (a `tag:not(:defined)` style rule). */
  reserve?: number;
}
/** The HTML to paste for one widget: script tag, element with attributes, and optional `data` script. */
export declare function embedSnippet(options: SnippetOptions): string;
