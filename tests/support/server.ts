/**
 * A static file server on 127.0.0.1 for the end-to-end tests, over https like the news sites (CaseLens
 * has no http host access): a self-signed certificate is made with openssl when first needed, and the
 * test browser is started with --ignore-certificate-errors (browser.ts). Routes map a path to a body;
 * a `root` serves files from a folder. `protocol: 'http'` serves plain http (to show nothing runs there).
 * Nothing outside this machine is contacted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestServer {
  port: number;
  /** `https://HOST:PORT/PATH` (or http) on a host that the browser resolves to 127.0.0.1. */
  url(pathname: string, host?: string): string;
  close(): Promise<void>;
}

/** The hosts the certificate names (the browser maps them to 127.0.0.1; see browser.ts TEST_HOSTS). */
const CERT_HOSTS = ['apnews.com', 'www.apnews.com', 'npr.org', 'example.org', 'localhost'];

let credentials: { key: Buffer; cert: Buffer } | undefined;
/** A throwaway self-signed certificate and key, made once per test process with openssl. */
export function testCertificate(): { key: Buffer; cert: Buffer } {
  if (credentials) return credentials;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caselens-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    const san = [...CERT_HOSTS.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=caselens-test', '-addext', `subjectAltName=${san}`], { stdio: 'pipe' });
    credentials = { key: readFileSync(key), cert: readFileSync(cert) };
    return credentials;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export async function startServer(
  opts: { routes?: Record<string, string>; roots?: Record<string, string>; protocol?: 'https' | 'http' } = {},
): Promise<TestServer> {
  const protocol = opts.protocol ?? 'https';
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
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
  };
  const server = protocol === 'https' ? https.createServer(testCertificate(), handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (pathname, host = 'apnews.com') => `${protocol}://${host}:${port}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
