#!/usr/bin/env node
// Serves the project folder for the demo pages (`npm start` builds first, then runs this).
// Any free port, printed; PORT=8080 to choose one. Loopback only. No dependencies.
// Pages whose name ends in .csp.html are served with the strict Content-Security-Policy
// a newsroom might use (see demo/csp.csp.html), so the widgets can be checked under it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/plain; charset=utf-8',
};
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";

export function startServer(port = Number(process.env.PORT) || 0, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/') {
      // Redirect, so the demo's relative links (demo.css, ../dist/…) resolve from /demo/.
      res.writeHead(302, { location: '/demo/index.html' });
      return res.end();
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return send(res, 404, 'Not found');
    }
    if (stat.isDirectory()) {
      res.writeHead(302, { location: `${path.replace(/\/$/, '')}/index.html` });
      return res.end();
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  console.log(`pe-widgets demo: ${base}/`);
  console.log(`  news article (es):  ${base}/demo/index.html`);
  console.log(`  NGO page:           ${base}/demo/ngo.html`);
  console.log(`  embed builder:      ${base}/demo/builder.html`);
  console.log('Press Ctrl+C to stop.');
}
