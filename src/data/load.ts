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
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      const start = describe(body.trimStart().slice(0, 30));
      fail('parse', { en: `the file is not valid JSON (it starts with ${start})`, es: `el archivo no es JSON válido (empieza con ${start})` });
    }
    const result = validate(json);
    if (!result.ok) throw new LoadError('validation', result.errors);
    return result.dataset;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
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
