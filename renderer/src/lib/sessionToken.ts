/** The serve host hands its token in the URL fragment (#token=…); it never travels to a server. */
const STORAGE_KEY = 'casefile.token';

export function parseTokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && /^[A-Za-z0-9._~-]+$/.test(token) ? token : null;
}

interface TokenEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Takes the token from the fragment (keeping it for reloads, hiding it from the address bar) or from storage. */
export function takeSessionToken(env: TokenEnv): string | null {
  const fromHash = parseTokenFromHash(env.location.hash);
  if (fromHash) {
    env.storage.setItem(STORAGE_KEY, fromHash);
    env.history.replaceState(null, '', env.location.pathname + env.location.search);
    return fromHash;
  }
  return env.storage.getItem(STORAGE_KEY);
}
