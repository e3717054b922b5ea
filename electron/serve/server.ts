import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fail } from '../../shared/ipc/result';
import type { Backend } from '../backend/openBackend';
import { bearerToken, hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './staticFiles';

/** Uploads arrive base64-encoded inside JSON; this bounds one request. */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too_large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleInvoke(backend: Backend, channel: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body === '' ? {} : JSON.parse(body);
  } catch (error) {
    const tooLarge = error instanceof Error && error.message === 'too_large';
    send(res, tooLarge ? 413 : 400, fail('invalid_input', tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.'));
    return;
  }
  const result = await backend.invoke(channel, input);
  send(res, 200, result);
}

function handleEvents(backend: Backend, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = backend.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/**
 * The contract over HTTP on 127.0.0.1: POST /api/invoke/<channel> with a bearer token, GET
 * /api/events?token= as Server-Sent Events, and the built renderer for everything else.
 */
export async function startServer(options: { backend: Backend; rendererDir: string; port?: number }): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  let port = 0;
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req, port)) return send(res, 421, fail('forbidden', 'Unexpected Host header.'));
    if (!originAllowed(req, port)) return send(res, 403, fail('forbidden', 'Cross-origin requests are refused.'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const route = async (): Promise<void> => {
      if (url.pathname.startsWith('/api/')) {
        const authorised = tokenMatches(bearerToken(req) ?? url.searchParams.get('token'), token);
        if (!authorised) return send(res, 401, fail('forbidden', 'Missing or wrong access token.'));
        if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(options.backend, req, res);
        const m = /^\/api\/invoke\/([A-Za-z:._-]+)$/.exec(url.pathname);
        if (m?.[1] && req.method === 'POST') return handleInvoke(options.backend, m[1], req, res);
        return send(res, 404, fail('not_found', 'No such API route.'));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, fail('invalid_input', 'Method not allowed.'));
      if (await serveStatic(root, url.pathname, res)) return;
      // Client-side routes fall back to the app's page.
      if (!url.pathname.includes('.') && (await serveStatic(root, '/', res))) return;
      send(res, url.pathname === '/' ? 503 : 404, fail('not_found', url.pathname === '/' ? 'The renderer is not built: run npm run build.' : 'Not found.'));
    };
    route().catch((error: unknown) => {
      console.error('[casefile serve]', error);
      if (!res.headersSent) send(res, 500, fail('internal', 'Internal server error.'));
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
