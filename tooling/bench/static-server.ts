import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static server: gzip like a typical web server, `no-cache` so a repeat visit without a service
// worker would go back to the network.

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/** A running server for one built page and what it sends per file. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Bytes this server sends for a path with gzip: status line, headers and body. */
  wireBytes: (pathname: string) => number;
}

/** Serves a built folder on a free port of 127.0.0.1. */
export function serve(dir: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  /** The file for a URL path, or an HTTP status when there is none. */
  const resolveFile = (pathname: string): string | number => {
    let file: string;
    try {
      file = normalize(join(dir, decodeURIComponent(pathname)));
    } catch {
      return 400;
    }
    if (file !== dir && !file.startsWith(dir + sep)) return 403;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : 404;
  };
  const response = (file: string, gzip: boolean) => {
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': contentType, 'cache-control': 'no-cache' };
    let body: Buffer = readFileSync(file);
    if (gzip && COMPRESSIBLE.test(contentType)) {
      const cached = gzipped.get(file) ?? gzipSync(body, { level: 6 });
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    return { headers, body };
  };
  const server = createServer((req, res) => {
    const file = resolveFile(new URL(req.url ?? '/', 'http://x').pathname);
    if (typeof file === 'number') {
      res.writeHead(file, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
      return;
    }
    const { headers, body } = response(file, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')));
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  const wireBytes = (pathname: string) => {
    const file = resolveFile(pathname);
    if (typeof file === 'number') return 0;
    const { headers, body } = response(file, true);
    // Node adds Date, Connection and Keep-Alive (about 80 bytes) to the headers set here.
    const head = `HTTP/1.1 200 OK\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`;
    return Buffer.byteLength(head) + 80 + body.length;
  };
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
        wireBytes,
      });
    });
  });
}
