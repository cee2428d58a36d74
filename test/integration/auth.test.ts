import {
  login,
  LoginThrottle,
  MAX_FAILURES_PER_ACCOUNT,
  SESSION_ABSOLUTE_MS,
  SESSION_BUMP_INTERVAL_MS,
  SESSION_INACTIVITY_MS,
  sessionCookieOptions,
  validateSessionToken,
} from '@tongxing/auth';
import { describeError } from '@tongxing/api';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousCaller, callerFor, signIn } from '../support/callers';
import { FIXTURE_PASSWORD, makeCity, type City } from '../support/city';
import { appDb, closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('auth');
});

const attempt = (throttle: LoginThrottle, username: string, password: string, ip = '10.1.1.1') =>
  login(appDb().db, throttle, { tenantCode: city.code, username, password, ip });

async function sessionRow(token: string) {
  const [row] = await ownerDb().sql<
    { last_verified_at: string }[]
  >`select last_verified_at from session where id = ${token.split('.')[0]!}`;
  return row && { lastVerifiedAt: new Date(row.last_verified_at) };
}

describe('login', () => {
  it('gives the same answer for a wrong password and an unknown user, and audits both', async () => {
    const throttle = new LoginThrottle();
    const wrongPassword = await attempt(throttle, 'officer1', 'Wrong#Pass2026');
    const unknownUser = await attempt(throttle, 'nobody', 'Wrong#Pass2026');
    const unknownCity = await login(appDb().db, throttle, {
      tenantCode: 'no-such-city',
      username: 'officer1',
      password: 'x',
      ip: '10.1.1.1',
    });
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownUser).toEqual(wrongPassword);
    expect(unknownCity).toEqual(wrongPassword);
    const rows = await ownerDb().sql<{ username: string }[]>`
      select after ->> 'username' as username from audit_event where tenant_id = ${city.tenantId} and action = 'login_failed' order by id`;
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(['officer1', 'nobody']));
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect((await attempt(throttle, 'officer1', `Wrong#${i}`, `10.2.0.${i}`)).ok).toBe(false);
    const blocked = await attempt(throttle, 'officer1', FIXTURE_PASSWORD, '10.2.0.99');
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    expect((await attempt(throttle, 'school1', FIXTURE_PASSWORD, '10.2.0.99')).ok).toBe(true);
  });

  it('creates a new session at every login', async () => {
    const throttle = new LoginThrottle();
    const first = await attempt(throttle, 'teacher1', FIXTURE_PASSWORD);
    const second = await attempt(throttle, 'teacher1', FIXTURE_PASSWORD);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(first.token.split('.')[0]).not.toBe(second.token.split('.')[0]);
  });

  it('stores only the hash of the secret', async () => {
    const result = await attempt(new LoginThrottle(), 'teacher1', FIXTURE_PASSWORD);
    if (!result.ok) throw new Error('login failed');
    const [id, secret] = result.token.split('.');
    const [row] = await ownerDb().sql<{ hash: Buffer }[]>`select secret_hash as hash from session where id = ${id!}`;
    expect(row!.hash.length).toBe(32);
    expect(row!.hash.toString('hex')).not.toContain(Buffer.from(secret!).toString('hex'));
  });
});

describe('sessions', () => {
  it('refuses a token whose secret was tampered with', async () => {
    const token = city.teacher1.token;
    expect(await validateSessionToken(appDb().db, token)).not.toBeNull();
    expect(await validateSessionToken(appDb().db, `${token.split('.')[0]}.aaaaaaaaaaaaaaaaaaaaaaaa`)).toBeNull();
  });

  it('refuses a stolen token once its owner logs out, and once the password changes', async () => {
    const stolen = await signIn(city.code, 'teacher1', FIXTURE_PASSWORD);
    const kept = await signIn(city.code, 'teacher1', FIXTURE_PASSWORD);
    await ownerDb().sql`delete from session where id = ${stolen.token.split('.')[0]!}`; // the owner's logout
    expect(await validateSessionToken(appDb().db, stolen.token)).toBeNull();

    const other = await signIn(city.code, 'teacher1', FIXTURE_PASSWORD);
    await kept.caller.auth.changePassword({ currentPassword: FIXTURE_PASSWORD, newPassword: 'Changed#Pass2026' });
    expect(await validateSessionToken(appDb().db, other.token)).toBeNull();
    expect(await validateSessionToken(appDb().db, kept.token)).toBeNull();
    expect(await validateSessionToken(appDb().db, kept.issuedTokens[0]!)).not.toBeNull();
    const back = await callerFor(kept.issuedTokens[0]!);
    await back.caller.auth.changePassword({ currentPassword: 'Changed#Pass2026', newPassword: FIXTURE_PASSWORD });
  });

  it('expires after inactivity and after its absolute lifetime', async () => {
    const idle = await signIn(city.code, 'school1', FIXTURE_PASSWORD);
    const old = await signIn(city.code, 'school1', FIXTURE_PASSWORD);
    await ownerDb()
      .sql`update session set last_verified_at = now() - ${`${SESSION_INACTIVITY_MS + 1000} milliseconds`}::interval where id = ${idle.token.split('.')[0]!}`;
    await ownerDb()
      .sql`update session set created_at = now() - ${`${SESSION_ABSOLUTE_MS + 1000} milliseconds`}::interval where id = ${old.token.split('.')[0]!}`;
    expect(await validateSessionToken(appDb().db, idle.token)).toBeNull();
    expect(await validateSessionToken(appDb().db, old.token)).toBeNull();
    expect(await sessionRow(idle.token)).toBeUndefined();
  });

  it('writes last_verified_at at most once an hour', async () => {
    const s = await signIn(city.code, 'school1', FIXTURE_PASSWORD);
    const before = (await sessionRow(s.token))!.lastVerifiedAt;
    const soon = await validateSessionToken(appDb().db, s.token, new Date(before.getTime() + SESSION_BUMP_INTERVAL_MS - 60_000));
    expect(soon?.fresh).toBe(false);
    expect((await sessionRow(s.token))!.lastVerifiedAt).toEqual(before);
    const later = new Date(before.getTime() + SESSION_BUMP_INTERVAL_MS + 1000);
    const bumped = await validateSessionToken(appDb().db, s.token, later);
    expect(bumped?.fresh).toBe(true);
    expect((await sessionRow(s.token))!.lastVerifiedAt).toEqual(later);
  });

  it('ends every session of an account when it is disabled, and refuses its login', async () => {
    const victim = await signIn(city.code, 'officer2', FIXTURE_PASSWORD).catch(() => null);
    const result = await city.admin.caller.account.setDisabled({ accountId: city.accountIds.county2Officer, disabled: true });
    expect(result.disabledAt).not.toBeNull();
    if (victim) expect(await validateSessionToken(appDb().db, victim.token)).toBeNull();
    expect(await validateSessionToken(appDb().db, city.county2Officer.token)).toBeNull();
    expect(await attempt(new LoginThrottle(), 'officer2', FIXTURE_PASSWORD)).toEqual({ ok: false, reason: 'disabled' });
    await city.admin.caller.account.setDisabled({ accountId: city.accountIds.county2Officer, disabled: false });
  });
});

describe('one-time passwords', () => {
  it('must be changed before anything else can be done', async () => {
    const created = await city.admin.caller.account.create({
      username: 'newbie',
      displayName: '新人',
      role: 'county_officer',
      countyId: city.ids.county1,
    });
    const newbie = await signIn(city.code, 'newbie', created.oneTimePassword);
    expect((await newbie.caller.auth.me()).user.mustChangePassword).toBe(true);
    await expect(newbie.caller.school.list({ page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await newbie.caller.auth.changePassword({ currentPassword: created.oneTimePassword, newPassword: 'Fresh#Pass2026' });
    const after = await callerFor(newbie.issuedTokens[0]!);
    expect((await after.caller.school.list({ page: 1 })).total).toBe(1);
  });

  it('refuses a weak new password and names the field', async () => {
    const error = await city.school1Admin.caller.auth
      .changePassword({ currentPassword: FIXTURE_PASSWORD, newPassword: 'short' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(describeError(error, 'zh')).toEqual({ message: '新密码：至少 10 位', fieldErrors: { newPassword: '至少 10 位' } });
    expect(describeError(error, 'en').message).toBe('New password: at least 10 characters');
  });
});

describe('readable errors', () => {
  it('names the field and the problem for invalid input, in the user’s language', async () => {
    const error = await city.admin.caller.school
      .create({
        countyId: city.ids.county1,
        code: 'bad code!',
        name: '',
        schoolType: '小学',
        locationClass: '村小',
        terrainClass: '农村山区',
      })
      .catch((e: unknown) => e);
    expect(describeError(error, 'zh')).toEqual({
      message: '代码：格式不正确：只能用字母、数字、“_”和“-”，如 C01；名称：必填',
      fieldErrors: { code: '格式不正确：只能用字母、数字、“_”和“-”，如 C01', name: '必填' },
    });
  });

  it('reports a duplicate code as a conflict naming the value, and changes nothing', async () => {
    const error = await city.admin.caller.county.create({ code: 'C1', name: '重复县', isPovertyCounty: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(describeError(error, 'zh').message).toBe('代码“C1”已存在');
    const counties = await city.admin.caller.county.list({});
    expect(counties.map((c) => c.name)).toEqual(['一县', '二县']);
  });

  it('asks for a session before anything tenant-owned', async () => {
    await expect(anonymousCaller().county.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, and Secure outside localhost', () => {
    const expires = new Date('2026-12-01T00:00:00Z');
    expect(sessionCookieOptions(new URL('https://jiaoyu.example.cn/'), expires)).toEqual({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      expires,
    });
    expect(sessionCookieOptions(new URL('http://localhost:5173/'), expires).secure).toBe(false);
  });
});
