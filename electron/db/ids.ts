import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastTime = -1;
let lastRandom: Uint8Array = new Uint8Array(10);

/**
 * A ULID: 48-bit millisecond time then 80 random bits, Crockford base32, sortable by creation.
 * Within one millisecond the random part is incremented so uids stay monotonic.
 */
export function newUid(now: number = Date.now()): string {
  let random: Uint8Array;
  if (now === lastTime) {
    random = Uint8Array.from(lastRandom);
    for (let i = random.length - 1; i >= 0; i--) {
      random[i] = ((random[i] ?? 0) + 1) & 0xff;
      if (random[i] !== 0) break;
    }
  } else {
    random = randomBytes(10);
  }
  lastTime = now;
  lastRandom = random;
  let out = '';
  let time = now;
  for (let i = 0; i < 10; i++) {
    out = (CROCKFORD[time % 32] ?? '0') + out;
    time = Math.floor(time / 32);
  }
  let bits = 0;
  let value = 0;
  for (const byte of random) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
  }
  return out;
}
