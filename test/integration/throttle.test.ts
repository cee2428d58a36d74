import { TRPCError } from '@trpc/server';
import {
  LoginThrottle,
  login,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  THROTTLE_WINDOW_MS,
  validateSessionToken,
} from '@tongxing/auth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exited, lineStartingWith, spawnScript } from '../support/child';
import { FIXTURE_PASSWORD, makeCity, type City } from '../support/city';
import { appDb, closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('throttle');
});

const db = () => appDb().db;
/** An account key no other test uses. */
const key = (name: string) => `${city.code}/${name}`;

describe('the login throttle, kept in PostgreSQL', () => {
  it('blocks an account after its failures and frees it when the window passes', async () => {
    let now = Date.now();
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await throttle.retryAfter(db(), key('wang'), '10.9.0.1')).toBe(0);
      await throttle.recordFailure(db(), key('wang'), `10.9.0.${i + 10}`);
    }
    expect(await throttle.retryAfter(db(), key('wang'), '10.9.0.99')).toBe(THROTTLE_WINDOW_MS);
    expect(await throttle.retryAfter(db(), key('li'), '10.9.0.99')).toBe(0);
    now += THROTTLE_WINDOW_MS;
    expect(await throttle.retryAfter(db(), key('wang'), '10.9.0.99')).toBe(0);
    // A failure after the window starts a new count of one.
    await throttle.recordFailure(db(), key('wang'), '10.9.0.2');
    expect(await throttle.retryAfter(db(), key('wang'), '10.9.0.99')).toBe(0);
  });

  it('blocks an IP that tries many accounts', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await throttle.recordFailure(db(), key(`user${i}`), '10.9.1.7');
    expect(await throttle.retryAfter(db(), key('someone-else'), '10.9.1.7')).toBeGreaterThan(0);
    expect(await throttle.retryAfter(db(), key('someone-else'), '10.9.1.8')).toBe(0);
  });

  it('forgets an account’s failures after a success', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await throttle.recordFailure(db(), key('zhao'), '10.9.2.1');
    await throttle.recordSuccess(db(), key('zhao'));
    await throttle.recordFailure(db(), key('zhao'), '10.9.2.2');
    expect(await throttle.retryAfter(db(), key('zhao'), '10.9.2.3')).toBe(0);
  });

  it('stores no account name and no address, only hashes', async () => {
    await new LoginThrottle().recordFailure(db(), key('visible-name'), '10.9.3.1');
    const [row] = await ownerDb().sql<{ dump: string }[]>`select string_agg(encode(key_hash, 'escape'), ',') as dump from auth_throttle`;
    expect(row!.dump).not.toContain('visible-name');
    expect(row!.dump).not.toContain('10.9.3.1');
  });

  it('counts failures from two processes together, and still after both have ended', async () => {
    const env = { APP_DATABASE_URL: inject('appUrl'), CITY: city.code, USERNAME: 'officer1' };
    const first = spawnScript('login-child.ts', { ...env, IP: '10.9.4.1', TRIES: '3' });
    const second = spawnScript('login-child.ts', { ...env, IP: '10.9.4.2', TRIES: '2' });
    const answers = await Promise.all([lineStartingWith(first, 'done '), lineStartingWith(second, 'done ')]);
    await Promise.all([exited(first), exited(second)]);
    expect(answers.join(',').split(',')).toEqual(Array(MAX_FAILURES_PER_ACCOUNT).fill('invalid'));
    const rightPassword = await login(db(), new LoginThrottle(), {
      tenantCode: city.code,
      username: 'officer1',
      password: FIXTURE_PASSWORD,
      ip: '10.9.4.3',
    });
    expect(rightPassword).toMatchObject({ ok: false, reason: 'throttled' });
  });
});

describe('wrong current passwords', () => {
  it('count like failed logins: after a few the session ends and the account is throttled', async () => {
    const { caller, token } = city.school1Admin;
    const wrong = () => caller.auth.changePassword({ currentPassword: 'Not#ThePassword1', newPassword: 'Brand#NewPass2027' });
    for (let i = 1; i < MAX_FAILURES_PER_ACCOUNT; i++) await expect(wrong()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const last = await wrong().catch((e: unknown) => e as TRPCError);
    expect(last).toBeInstanceOf(TRPCError);
    expect((last as TRPCError).cause).toMatchObject({ problems: [{ field: 'currentPassword', key: 'wrong_current_signed_out' }] });
    expect(await validateSessionToken(db(), token)).toBeNull();
    const relogin = await login(db(), new LoginThrottle(), {
      tenantCode: city.code,
      username: 'school1',
      password: FIXTURE_PASSWORD,
      ip: '10.9.5.1',
    });
    expect(relogin).toMatchObject({ ok: false, reason: 'throttled' });
  });
});
