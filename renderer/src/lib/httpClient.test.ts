import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './httpClient';

afterEach(() => vi.unstubAllGlobals());

describe('HTTP client', () => {
  it('posts the input with the bearer token and returns the Result', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpClient('tok').invoke('app:cases.list', {});
    expect(result).toEqual({ ok: true, value: [] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/invoke/app:cases.list');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(init.body).toBe('{}');
  });

  it('keeps the server error and turns non-JSON or network failures into errors', async () => {
    const error = { ok: false, error: { code: 'invalid_input', message: 'A name is required' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(error), { status: 400 }));
    expect(await createHttpClient('t').invoke('app:cases.create', { name: '' })).toEqual(error);

    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 502 }));
    const bad = await createHttpClient('t').invoke('app:cases.list', {});
    expect(bad.ok ? null : bad.error.message).toMatch(/HTTP 502/);

    vi.stubGlobal('fetch', async () => Promise.reject(new Error('connection refused')));
    const down = await createHttpClient('t').invoke('app:cases.list', {});
    expect(down.ok ? null : down.error.message).toMatch(/connection refused/);
  });
});
