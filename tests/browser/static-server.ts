/**
 * A tiny static file server for a built site, behaving like a static host (GitHub Pages):
 * directory index.html, a redirect to the trailing-slash URL for folders, /404.html with a
 * 404 status for anything missing. It also sends the site's Content-Security-Policy as a
 * header, so the tests see the same policy a deployer would configure.
 *
 * With a `prefix` (`/tracker/sub/`) it serves the site under that path, as GitHub Pages serves
 * a project site under `/<repo>/`: anything outside the prefix is a plain 404, so a link that
 * misses the base path fails the test that follows it.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
};

function contentType(path: string): string {
  const ext = extname(path).toLowerCase();
  // Pagefind's index chunks: .pf_meta, .pf_index, .pf_fragment, .pf_filter.
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

function fileAt(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function dirAt(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, under `prefix` (a path ending in `/`). */
export async function serveStatic(root: string, csp: string, prefix = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The prefix without its slash redirects to the site's home, like a folder.
    if (prefix !== '/' && url.pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: `${prefix}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('outside the base path');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname.slice(prefix.length - 1));
    } catch {
      res.writeHead(400).end('bad URL');
      return;
    }
    const path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    // Each run serves a fresh build on a fresh port (a new origin), so assets may be cached for the run.
    const headers: Record<string, string> = { 'Content-Security-Policy': csp };
    let file = path;
    if (dirAt(path)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(path, 'index.html');
    }
    let status = 200;
    if (!fileAt(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!fileAt(file)) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    const type = contentType(file);
    const cache = type.startsWith('text/html') ? 'no-cache' : 'max-age=600';
    res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // Open keep-alive connections would hold close() and keep answering: a closed server answers nothing.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
