// Test-only endpoints under /test-api/ for src loading: errors, slow and odd responses.
// Only loopback traffic: the test runner's own dev server.
import { readFileSync } from 'node:fs';

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const route = ctx.path.slice('/test-api/'.length);
  if (q.delay) await delay(Math.min(Number(q.delay), 10_000));
  switch (route) {
    case 'fixture': {
      // /test-api/fixture?file=name.json — a file from test/fixtures, with optional delay
      const name = String(q.file ?? '').replace(/[^\w.-]/g, '');
      ctx.type = 'application/json';
      ctx.body = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
      return;
    }
    case 'status':
      ctx.status = Number(q.code) || 500;
      ctx.body = 'error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!DOCTYPE html><html><body>Not found</body></html>';
      return;
    case 'huge': {
      // A body bigger than the loader's limit, sent without a content-length.
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      const chunk = ' '.repeat(1024 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 8 && stream.write(chunk)) sent++;
        if (sent < 8) stream.once('drain', pump);
        else stream.end('{}');
      };
      pump();
      return;
    }
    case 'hang':
      // Never answers within the test's timeout; the widget's own timeout must fire.
      await delay(Math.min(Number(q.ms) || 5000, 10_000));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    default:
      ctx.status = 404;
  }
}
