// npm start: serves the demo pages and the built bundle on localhost, and prints the address.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
const OTHER_VERSION_PATH = '/dist/other-version/dialogue-widgets.js';
const OTHER_VERSION = '0.0.9-demo';

// README's copy-paste example as a page of its own (/readme.html), with the bundle where the example
// says it is (/assets/dialogue-widgets.js): check-drop-in.mjs opens it to prove the example works as written.
const README_EXAMPLE =
  '<!-- check-drop-in.mjs renders this example exactly as written: keep it complete. -->\n```html\n';

function readmeExamplePage() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const from = readme.indexOf(README_EXAMPLE);
  const to = readme.indexOf('```', from + README_EXAMPLE.length);
  if (from === -1 || to === -1) return null;
  const example = readme.slice(from + README_EXAMPLE.length, to);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><title>README's example</title><link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" /></head>\n<body>\n${example}</body>\n</html>\n`;
}

// Only what the demo needs is served, never the rest of the repository.
const allowed = ['/demo/', '/dist/'];

function fileFor(pathname) {
  if (pathname.endsWith('/')) pathname += 'index.html';
  if (!allowed.some((prefix) => pathname.startsWith(prefix))) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  return path.startsWith(root + sep) ? path : null;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  // The two-copies page's second copy: the same bundle under another version number, as when
  // a theme ships an older release beside a plugin's newer one.
  if (pathname === OTHER_VERSION_PATH) {
    let bundle;
    try {
      bundle = readFileSync(join(root, 'dist/dialogue-widgets.js'), 'utf8');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: run npm run build');
      return;
    }
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    response.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-cache' });
    response.end(bundle.replace(JSON.stringify(version), JSON.stringify(OTHER_VERSION)));
    return;
  }
  if (pathname === '/readme.html') {
    const page = readmeExamplePage();
    if (page === null) response.writeHead(404, { 'content-type': 'text/plain' }).end('README has no marked example');
    else response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' }).end(page);
    return;
  }
  const path = fileFor(pathname === '/assets/dialogue-widgets.js' ? '/dist/dialogue-widgets.js' : pathname);
  let stat = null;
  try {
    stat = path ? statSync(path) : null;
  } catch {
    // nothing readable there: answered as not found below
  }
  if (!path || !stat?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  // The strict page is served with the Content-Security-Policy partners with strict sites use,
  // Trusted Types included: no markup string reaches the DOM but through Lit's own 'lit-html' policy.
  if (pathname.endsWith('/strict-csp.html')) {
    headers['content-security-policy'] =
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  }
  response.writeHead(200, headers);
  createReadStream(path).pipe(response);
});

const wanted = Number(process.env.PORT ?? 8000);

/** Listens on the first free port from `port` on, and resolves with it. */
function listen(port, triesLeft) {
  return new Promise((done, fail) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1).then(done, fail);
      else fail(error);
    };
    const onListening = () => {
      server.off('error', onError);
      done(port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

const port = await listen(wanted, 20);
console.log(`\n  dialogue-widgets demo: http://localhost:${port}/\n`);
