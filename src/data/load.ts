import { describe, type Bilingual } from './messages.js';
import { validate } from './validate.js';
import type { DataError, Dataset } from './types.js';

export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'too-large' | 'validation';

/** Why a dataset could not be loaded, with errors ready to show. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly errors: DataError[],
  ) {
    super(errors.map((e) => `${e.path}: ${e.message.en}`).join('; '));
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; default 15 000, also for anything but a positive number. */
  timeout?: number;
  /** Largest body accepted, in bytes; default 5 MiB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const fail = (kind: LoadErrorKind, message: Bilingual): never => {
  throw new LoadError(kind, [{ path: 'src', message }]);
};

/**
 * Fetches a JSON dataset and validates it. Rejects with a LoadError (or an AbortError when
 * `signal` aborts). Nothing is cached; the browser's HTTP cache applies.
 */
export async function loadDataset(url: string, opts: LoadOptions = {}): Promise<Dataset> {
  const { signal, maxBytes = DEFAULT_MAX_BYTES } = opts;
  // NaN (timeout="abc"), 0 or a negative number would end the request at once.
  const timeout = Number(opts.timeout) > 0 ? Number(opts.timeout) : DEFAULT_TIMEOUT;
  const ctrl = new AbortController();
  const abort = () => ctrl.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeout);
  const seconds = Math.round(timeout / 100) / 10;
  // A request that failed because the caller aborted rethrows as is; one that ran out of time says so.
  const ended = (e: unknown) => {
    if (signal?.aborted) throw e;
    if (timedOut) fail('timeout', { en: `no answer after ${seconds} s`, es: `sin respuesta tras ${seconds} s` });
  };
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: ctrl.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (e) {
      ended(e);
      return fail('network', {
        en: `could not reach ${describe(url)} (network error or blocked by the page's policy)`,
        es: `no se pudo acceder a ${describe(url)} (error de red o bloqueado por la política de la página)`,
      });
    }
    if (!res.ok) {
      fail('http', {
        en: `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${describe(url)}`,
        es: `el servidor respondió ${res.status}${res.statusText ? ` ${res.statusText}` : ''} para ${describe(url)}`,
      });
    }
    const body = await readLimited(res, maxBytes, ctrl.signal).catch((e: unknown) => {
      ended(e);
      throw e;
    });
    const head = body.trimStart();
    const first = /.*/.exec(head)![0];
    if (!head) fail('parse', { en: 'the file is empty', es: 'el archivo está vacío' });
    if (head[0] === '<') {
      fail('parse', {
        en: 'the address returned a web page, not a data file: check the path in src',
        es: 'la dirección devolvió una página web, no un archivo de datos: revise la ruta de src',
      });
    }
    // A first line "// Datos de la ONG, 2023" is a comment, said as such below.
    if (/[,;]/.test(first) && !/[{[]/.test(first) && first[0] !== '/') {
      fail('parse', {
        en: 'the file looks like a spreadsheet (CSV), not JSON: see data/README.md for the format',
        es: 'el archivo parece una hoja de cálculo (CSV), no JSON: vea el formato en data/README.md',
      });
    }
    // Bytes that are not UTF-8 (Latin-1 from Excel) were decoded as U+FFFD; the JSON may still parse.
    if (body.includes('\uFFFD')) {
      fail('parse', {
        en: 'the file is not saved as UTF-8 (accented letters come out as \uFFFD): save it again as UTF-8',
        es: 'el archivo no está guardado como UTF-8 (las letras con tilde salen como \uFFFD): guárdelo de nuevo como UTF-8',
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      fail('parse', notJson(body, String((e as Error).message)));
    }
    const result = validate(json);
    if (!result.ok) throw new LoadError('validation', result.errors);
    return result.dataset;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The usual causes of a JSON syntax error, by the character the parser stopped at. */
const CAUSES: Record<string, [string, string]> = {
  ',': ['a comma before } or ] is not allowed; remove it', 'no se admite una coma antes de } o ]; quítela'],
  '/': ['JSON has no comments; remove them', 'JSON no admite comentarios; quítelos'],
  '"': ['use straight double quotes "', 'use comillas dobles rectas "'],
};
/**
 * A JSON syntax error in a person's terms: line and column, the line as written, and the cause when it is a
 * usual one; only "not valid JSON" when the parser's message says nowhere (Safari).
 */
export function notJson(body: string, message: string): Bilingual {
  // Where the parser stopped: "line L column C" (Chromium, Firefox), "position N" (older Chromium), the
  // text around an unexpected character (Chromium: 10 characters either side, or the whole of a short file),
  // or the end of the file ("Unexpected end of JSON input", Safari's "Unexpected EOF").
  const lc = /line (\d+) column (\d+)/.exec(message);
  const at = /position (\d+)/.exec(message);
  const near = /'([^]+?)', (\.{3})?"([^]*)"(\.{3})? is not valid JSON/.exec(message);
  const pos = lc
    ? body.split('\n', +lc[1] - 1).join('\n').length + +lc[2] - (+lc[1] > 1 ? 0 : 1)
    : at
      ? +at[1]
      : near
        ? near[2] ? body.indexOf(near[3]) + 10 : near[4] ? near[3].length - 10 : body.indexOf(near[1])
        : /\bend\b|EOF/i.test(message)
          ? body.length
          : -1;
  const before = body.slice(0, pos);
  const start = before.lastIndexOf('\n') + 1;
  const line = /.*/.exec(body.slice(start))![0];
  const column = pos - start + 1;
  // The line as written (no escapes), at most 60 characters around the column.
  const from = Math.max(0, column - 41);
  const text = `${from ? '…' : ''}${line.slice(from, from + 60).trim()}${line.length > from + 60 ? '…' : ''}`;
  const ch = body[pos];
  const cause = CAUSES[/[}\]]/.test(ch) && /,\s*$/.test(before) ? ',' : ch === '/' ? '/' : /['‘’‚‛“”„‟«»″]/.test(ch) ? '"' : ''];
  const where = (l: string, c: string, i: 0 | 1) =>
    pos < 0 ? '' : `: ${l} ${before.split('\n').length}, ${c} ${column}${text && ` (${text})`}${cause ? `: ${cause[i]}` : ''}`;
  return { en: `the file is not valid JSON${where('line', 'column', 0)}`, es: `el archivo no es JSON válido${where('línea', 'columna', 1)}` };
}

async function readLimited(res: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () => {
    const mib = Math.round((maxBytes / 1048576) * 10) / 10;
    return fail('too-large', { en: `the file is larger than ${mib} MiB`, es: `el archivo supera ${mib} MiB` });
  };
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) tooLarge();
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      tooLarge();
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text();
}
