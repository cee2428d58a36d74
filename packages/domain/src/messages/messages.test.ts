import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translator } from './index';
import { zh } from './zh';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it('has every Chinese key in English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it('interpolates per locale', () => {
    expect(translator('zh')('home.welcome', { name: '王老师' })).toBe('欢迎，王老师');
    expect(translator('en')('login.throttled', { minutes: 15 })).toBe('Too many attempts, try again in 15 minutes');
  });
});
