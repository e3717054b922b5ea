import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/server';
import { useBackend } from '../helpers/backend';
import { ENGLISH_ARTICLE } from '../helpers/fixtures';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('casefile serve', () => {
  const env = useBackend('serve');
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const s of running.splice(0)) await s.close();
  });

  async function start() {
    const backend = env.open();
    const rendererDir = env.tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Casefile</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
    const server = await startServer({ backend, rendererDir });
    running.push(server);
    const auth = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
    const invoke = (channel: string, input: unknown, headers: Record<string, string> = auth) =>
      send(server.port, `/api/invoke/${channel}`, { method: 'POST', headers, body: JSON.stringify(input) });
    return { server, invoke, auth };
  }

  it('listens on 127.0.0.1 only and prints a URL with a fresh token', async () => {
    const { server } = await start();
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{32}$`));
    const other = await start();
    expect(other.server.token).not.toBe(server.token);
  });

  it('answers contract calls with a Result, and refuses them without the token', async () => {
    const { invoke } = await start();
    const created = await invoke('app:cases.create', { name: 'Tigris floods' });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Tigris floods', documentCount: 0 } });
    const anonymous = await invoke('app:cases.list', {}, { 'Content-Type': 'application/json' });
    expect(anonymous.status).toBe(401);
    const wrong = await invoke('app:cases.list', {}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site requests)', async () => {
    const { server, auth } = await start();
    const rebinding = await send(server.port, '/api/invoke/app:cases.list', { method: 'POST', headers: { ...auth, Host: `evil.example:${server.port}` }, body: '{}' });
    expect(rebinding.status).toBe(421);
    const crossSite = await send(server.port, '/api/invoke/app:cases.list', { method: 'POST', headers: { ...auth, Origin: 'http://evil.example' }, body: '{}' });
    expect(crossSite.status).toBe(403);
    const sameSite = await send(server.port, '/api/invoke/app:cases.list', { method: 'POST', headers: { ...auth, Origin: `http://127.0.0.1:${server.port}` }, body: '{}' });
    expect(sameSite.status).toBe(200);
  });

  it('rejects malformed bodies and unknown channels with clear errors', async () => {
    const { server, auth, invoke } = await start();
    const bad = await send(server.port, '/api/invoke/app:cases.list', { method: 'POST', headers: auth, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
    const unknown = await invoke('app:secrets.dump', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('does not let the browser make the server read local paths', async () => {
    const { invoke } = await start();
    const c = JSON.parse((await invoke('app:cases.create', { name: 'Paths' })).body).value;
    const reply = JSON.parse((await invoke('app:import.paths', { caseId: c.id, paths: ['/etc/passwd'] })).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('streams progress events over Server-Sent Events during an upload', async () => {
    const { server, invoke } = await start();
    const c = JSON.parse((await invoke('app:cases.create', { name: 'Events' })).body).value;
    const received: string[] = [];
    const stream = request({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` });
    const connected = new Promise<void>((resolve) => {
      stream.on('response', (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        res.on('data', (chunk: Buffer) => received.push(chunk.toString('utf8')));
        resolve();
      });
    });
    stream.end();
    await connected;
    const dataBase64 = Buffer.from(ENGLISH_ARTICLE).toString('base64');
    const reply = JSON.parse((await invoke('app:import.files', { caseId: c.id, operationId: 'sse-op', files: [{ name: 'a.txt', dataBase64 }] })).body);
    expect(reply).toMatchObject({ ok: true, value: { imported: 1 } });
    await new Promise((r) => setTimeout(r, 50));
    stream.destroy();
    const text = received.join('');
    expect(text).toContain('event: app:progress');
    expect(text).toMatch(/"operationId":"sse-op".*"finished":true/);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const { server } = await start();
    const index = await send(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await send(server.port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const reply = await send(server.port, path);
      expect(reply.body).not.toContain('root:');
    }
  });
});
