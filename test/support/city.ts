import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { callerFor, signIn, type SignedIn } from './callers';

export const FIXTURE_PASSWORD = 'Fixture#Pass2026';
/** Valid synthetic ID numbers (check digits computed): the same people may exist in every test city. */
export const TEACHER1_ID = '220802198503150013';
export const TEACHER2_ID = '11010519491231002X';

export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function operator(): Promise<SignedIn> {
  return signIn('platform', 'operator', DEMO_PASSWORD);
}

/** Signs in with a one-time password, sets FIXTURE_PASSWORD, and returns the new session. */
export async function activate(tenantCode: string, username: string, oneTimePassword: string): Promise<SignedIn> {
  const first = await signIn(tenantCode, username, oneTimePassword);
  await first.caller.auth.changePassword({ currentPassword: oneTimePassword, newPassword: FIXTURE_PASSWORD });
  return callerFor(first.issuedTokens[0]!);
}

export interface City {
  code: string;
  tenantId: string;
  ids: { county1: string; county2: string; school1: string; school2: string; teacher1: string; teacher2: string };
  admin: SignedIn;
  county1Officer: SignedIn;
  county2Officer: SignedIn;
  school1Admin: SignedIn;
  teacher1: SignedIn;
  accountIds: Record<'county1Officer' | 'county2Officer' | 'school1Admin' | 'teacher1', string>;
}

/**
 * A fresh city built through the product's own procedures, as an operator and administrator would:
 * two counties with a school and a teacher each, and one account of every tenant role.
 */
export async function makeCity(prefix = 'city'): Promise<City> {
  const code = uniqueCode(prefix);
  const op = await operator();
  const created = await op.caller.tenant.create({
    code,
    name: `${code}市`,
    province: '测试省',
    admin: { username: 'admin', displayName: '市管理员' },
  });
  const admin = await activate(code, 'admin', created.oneTimePassword);
  const api = admin.caller;
  const county1 = await api.county.create({ code: 'C1', name: '一县', isPovertyCounty: true });
  const county2 = await api.county.create({ code: 'C2', name: '二县', isPovertyCounty: false });
  const school1 = await api.school.create({
    countyId: county1.id,
    code: 'S1',
    name: '一县村小',
    schoolType: '小学',
    locationClass: '村小',
    terrainClass: '农村山区',
  });
  const school2 = await api.school.create({
    countyId: county2.id,
    code: 'S2',
    name: '二县中学',
    schoolType: '初中',
    locationClass: '县城',
    terrainClass: '县城/城郊',
  });
  const teacher1 = await api.teacher.create({
    idNumber: TEACHER1_ID,
    name: '张老师',
    schoolId: school1.id,
    startDate: '2020-09-01',
    employmentType: '在编',
  });
  const teacher2 = await api.teacher.create({
    idNumber: TEACHER2_ID,
    name: '李老师',
    schoolId: school2.id,
    startDate: '2018-09-01',
    employmentType: '特岗',
  });

  const accounts = {
    county1Officer: await api.account.create({
      username: 'officer1',
      displayName: '一县人事',
      role: 'county_officer',
      countyId: county1.id,
    }),
    county2Officer: await api.account.create({
      username: 'officer2',
      displayName: '二县人事',
      role: 'county_officer',
      countyId: county2.id,
    }),
    school1Admin: await api.account.create({ username: 'school1', displayName: '村小管理员', role: 'school_admin', schoolId: school1.id }),
    teacher1: await api.account.create({ username: 'teacher1', displayName: '张老师', role: 'teacher', teacherId: teacher1.id }),
  };
  return {
    code,
    tenantId: created.tenantId,
    ids: {
      county1: county1.id,
      county2: county2.id,
      school1: school1.id,
      school2: school2.id,
      teacher1: teacher1.id,
      teacher2: teacher2.id,
    },
    admin,
    county1Officer: await activate(code, 'officer1', accounts.county1Officer.oneTimePassword),
    county2Officer: await activate(code, 'officer2', accounts.county2Officer.oneTimePassword),
    school1Admin: await activate(code, 'school1', accounts.school1Admin.oneTimePassword),
    teacher1: await activate(code, 'teacher1', accounts.teacher1.oneTimePassword),
    accountIds: {
      county1Officer: accounts.county1Officer.account.id,
      county2Officer: accounts.county2Officer.account.id,
      school1Admin: accounts.school1Admin.account.id,
      teacher1: accounts.teacher1.account.id,
    },
  };
}
