/**
 * A static file server on 127.0.0.1 for the end-to-end tests. Routes map a path to a body; a `root`
 * serves files from a folder. Nothing outside this machine is contacted.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface TestServer {
  port: number;
  /** `http://HOST:PORT/PATH` on a host that the browser resolves to 127.0.0.1. */
  url(pathname: string, host?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export async function startServer(opts: { routes?: Record<string, string>; roots?: Record<string, string> } = {}): Promise<TestServer> {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = opts.routes?.[pathname];
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(pathname)] ?? 'text/html; charset=utf-8' });
      res.end(body);
      return;
    }
    for (const [prefix, dir] of Object.entries(opts.roots ?? {})) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(dir, pathname.slice(prefix.length));
      if (!file.startsWith(dir)) break;
      try {
        const data = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(data);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (pathname, host = 'apnews.com') => `http://${host}:${port}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
