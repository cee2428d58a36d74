import { describe, expect, it } from 'vitest';
import { newSessionToken, parseToken, secretMatches } from './token';

describe('session tokens', () => {
  it('keeps only a hash of the secret and matches the right secret only', () => {
    const { token, id, secretHash } = newSessionToken();
    const parsed = parseToken(token);
    expect(parsed?.id).toBe(id);
    expect(secretHash.length).toBe(32);
    expect(token).not.toContain(secretHash.toString('hex'));
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
    expect(secretMatches(`${parsed!.secret}x`, secretHash)).toBe(false);
  });
  it('refuses malformed tokens', () => {
    expect(parseToken('abc')).toBeNull();
    expect(parseToken('a.b.c')).toBeNull();
    expect(parseToken('.b')).toBeNull();
  });
});
