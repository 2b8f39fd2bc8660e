// Test-only additions for test/hardening-*.test.ts (issue 8), next to ./api.mjs. Loopback only.
// - Pages whose name ends in .csp.html get the same strict Content-Security-Policy header as
//   `npm start` (scripts/serve.mjs), so widgets are tested under exactly the newsroom policy.
// - /test-api/h/fixture?file=F[&delay=ms][&fails=N&key=K]: test/fixtures/hardening/F as JSON,
//   after an optional delay; with `fails`, the first N requests for key K get a 503 (for Retry).
import { readFileSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const attempts = new Map();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

export async function hardening(ctx, next) {
  if (ctx.path === '/test-api/h/fixture') {
    const q = ctx.query;
    if (q.delay) await delay(Math.min(Number(q.delay) || 0, 10_000));
    if (q.fails) {
      const key = String(q.key ?? '');
      const n = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, n);
      if (n <= Number(q.fails)) {
        ctx.status = 503;
        ctx.body = 'try again later';
        return;
      }
    }
    const name = String(q.file ?? '').replace(/[^\w.-]/g, '');
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL(`../fixtures/hardening/${name}`, import.meta.url), 'utf8');
    return;
  }
  await next();
  if (ctx.path.endsWith('.csp.html') && ctx.status === 200) ctx.set('content-security-policy', STRICT_CSP);
}
