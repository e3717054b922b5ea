import { describe, expect, it } from 'vitest';
import { parseTokenFromHash, takeSessionToken } from './sessionToken';

function fakeEnv(hash: string, stored: string | null = null) {
  const store = new Map<string, string>(stored ? [['casefile.token', stored]] : []);
  const replaced: string[] = [];
  return {
    replaced,
    store,
    env: {
      location: { hash, pathname: '/', search: '' },
      history: { replaceState: (_d: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
      storage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    },
  };
}

describe('session token', () => {
  it('parses the token from the fragment and rejects odd characters', () => {
    expect(parseTokenFromHash('#token=abc-123_x')).toBe('abc-123_x');
    expect(parseTokenFromHash('#foo=1&token=t0k')).toBe('t0k');
    expect(parseTokenFromHash('#token=<script>')).toBeNull();
    expect(parseTokenFromHash('')).toBeNull();
  });

  it('stores a token from the fragment and removes it from the address bar', () => {
    const f = fakeEnv('#token=secret1');
    expect(takeSessionToken(f.env)).toBe('secret1');
    expect(f.store.get('casefile.token')).toBe('secret1');
    expect(f.replaced).toEqual(['/']);
  });

  it('falls back to the stored token after a reload', () => {
    const f = fakeEnv('', 'kept');
    expect(takeSessionToken(f.env)).toBe('kept');
    expect(f.replaced).toEqual([]);
  });
});
