import { describe, expect, it } from 'vitest';
import { isUnsafeText, unsafeTextField } from './unsafe-text';

describe('unsafe text', () => {
  it('refuses NUL and unpaired surrogates, and keeps every real character, emoji included', () => {
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('\uD800')).toBe(true);
    expect(isUnsafeText('x\uDC00')).toBe(true);
    expect(isUnsafeText('王淑芬 😀 \t\n')).toBe(false);
  });

  it('names the field where it is, at any depth, lists and object keys included', () => {
    expect(unsafeTextField({ name: 'ok', phone: '138\u0000' })).toBe('phone');
    expect(unsafeTextField({ conditions: { roles: ['班主任', '\uD83D'] } })).toBe('roles');
    expect(unsafeTextField({ amount: { ['\u0000']: 1 } })).toBe('amount');
    expect(unsafeTextField({ file: new Uint8Array([0, 0]) })).toBeNull();
    expect(unsafeTextField(undefined)).toBeNull();
  });
});
