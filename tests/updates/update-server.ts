/**
 * The glue tests' own HTTP server on 127.0.0.1: each route answers with a status, a body, an optional
 * delay, an optional lying Content-Length, or a body streamed slowly. A route is looked up by the full
 * path and query, then by the path alone; a function route answers from the request's URL (to answer
 * like an API whatever the query). It records every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send the body in chunks this far apart (and no Content-Length). */
  chunkDelayMs?: number;
  /** Omit Content-Length so only the streamed size counts. */
  noLength?: boolean;
}

export interface SeenRequest {
  url: string;
  headers: http.IncomingHttpHeaders;
}

export type RouteOrHandler = Route | ((url: URL) => Route);

export interface UpdateServer {
  origin: string;
  requests: SeenRequest[];
  set(path: string, route: RouteOrHandler): void;
  close(): Promise<void>;
}

const CHUNKS = 4;

export async function startUpdateServer(routes: Record<string, RouteOrHandler> = {}): Promise<UpdateServer> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const found = table.get(req.url ?? '') ?? table.get(url.pathname) ?? { status: 404, body: 'not found' };
    const route = typeof found === 'function' ? found(url) : found;
    const body = Buffer.from(route.body ?? '');
    const send = async () => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...route.headers };
      if (!route.noLength && !route.chunkDelayMs && !headers['content-length']) headers['content-length'] = String(body.length);
      res.writeHead(route.status ?? 200, headers);
      if (!route.chunkDelayMs) return void res.end(body);
      const size = Math.ceil(body.length / CHUNKS);
      for (let i = 0; i < body.length && !res.destroyed; i += size) {
        res.write(body.subarray(i, i + size));
        await new Promise((r) => setTimeout(r, route.chunkDelayMs));
      }
      res.end();
    };
    setTimeout(() => void send().catch(() => undefined), route.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    set: (path, route) => void table.set(path, route),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
