// A partner's website for the end-to-end tests: a tiny static server on its own port (so another origin than
// the WordPress host) serving the library's built bundle at /dialogue-widgets.js and whatever pages a test
// gives it.
//
//   const partner = await startPartner();
//   partner.page('/event.html', '<!doctype html>…<script type="module" src="/dialogue-widgets.js"></script>…');
//   partner.url                   // 'http://127.0.0.1:PORT'
//   await partner.stop();
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function startPartner() {
  const pages = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://partner').pathname;
    if (path === '/dialogue-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(readFileSync(join(repo, 'dist/dialogue-widgets.js')));
      return;
    }
    if (pages.has(path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(pages.get(path));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    page(path, html) {
      pages.set(path, html);
    },
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
