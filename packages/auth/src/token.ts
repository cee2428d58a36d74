import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';
/** What a token part can be; anything else (a NUL byte, say) is no token and never reaches the database. */
const TOKEN_PART = /^[a-km-np-z2-9]{1,64}$/;

/** 120 bits of randomness in lower-case base32 (Lucia's token alphabet). */
function randomString(): string {
  const bytes = randomBytes(24);
  let out = '';
  for (const byte of bytes) out += BASE32[byte >> 3];
  return out;
}

export interface NewToken {
  id: string;
  secretHash: Buffer;
  /** `id.secret`: goes to the cookie, never to the database. */
  token: string;
}

export function newSessionToken(): NewToken {
  const id = randomString();
  const secret = randomString();
  return { id, secretHash: hashSecret(secret), token: `${id}.${secret}` };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function parseToken(token: string): { id: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !TOKEN_PART.test(parts[0]!) || !TOKEN_PART.test(parts[1]!)) return null;
  return { id: parts[0]!, secret: parts[1]! };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  const candidate = hashSecret(secret);
  return storedHash.length === candidate.length && timingSafeEqual(candidate, storedHash);
}
