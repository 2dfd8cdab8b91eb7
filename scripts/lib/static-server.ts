import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/**
 * A minimal static file server on 127.0.0.1 for scripts that need a built site over HTTP
 * (the search-quality script, the benchmark). Counts the bytes it sends. With `production`, it
 * answers as the deployed nginx does for Lighthouse: gzip for text, long caching for hashed assets.
 */
export async function serveStatic(root: string, base = '/', { production = false } = {}) {
  let bytes = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return res.writeHead(404).end();
    path = normalize(join(root, path.slice(base.length)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      if (production) {
        // Hashed names: Astro's assets and Pagefind's index files.
        const immutable = path.includes('/_astro/') || /\.pf_[a-z]+$/.test(path);
        const headers: Record<string, string> = {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        let body = await readFile(path);
        if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
        bytes += body.length;
        return res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
      }
      const { size } = await stat(path);
      bytes += size;
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': size,
      });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
    return undefined;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    get bytes() {
      return bytes;
    },
    resetBytes() {
      bytes = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
