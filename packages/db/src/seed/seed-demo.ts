import { eq } from 'drizzle-orm';
import { todayInChina } from '@tongxing/domain';
import type { Database } from '../client';
import { PLATFORM_TENANT_ID } from '../roles';
import * as schema from '../schema/index';
import { loadTenant, type TenantSpec } from './bulk-load';
import { DEMO_OPERATOR, DEMO_SIZE, DEMO_TENANTS, type DemoTenant } from './demo-data';
import { generateSchools, generateTeachers, picker, type GeneratedSchool, type GeneratedTeacher } from './generate';

/**
 * Loads the demo cities when the database has none. Runs as the owner (it bypasses RLS), in one
 * transaction. `passwordHash` is the hash of DEMO_PASSWORD, made by the caller (auth owns hashing).
 */
export async function seedDemo(ownerDb: Database, passwordHash: string, size?: typeof DEMO_SIZE): Promise<boolean> {
  const existing = await ownerDb.select({ id: schema.tenant.id }).from(schema.tenant).where(eq(schema.tenant.isPlatform, false)).limit(1);
  if (existing.length > 0) return false;
  await ownerDb.transaction(async (tx) => {
    await tx.insert(schema.appUser).values({ tenantId: PLATFORM_TENANT_ID, ...DEMO_OPERATOR, passwordHash, mustChangePassword: false });
    for (const [index, demo] of DEMO_TENANTS.entries())
      await loadTenant(tx, demoSpec(demo, size ?? demo.size ?? DEMO_SIZE, 20261122 + index), passwordHash);
  });
  return true;
}

/** A demo city: its named schools, teachers and accounts, plus a generated register of `size`. */
function demoSpec(demo: DemoTenant, size: typeof DEMO_SIZE, seed: number): TenantSpec {
  const r = picker(seed);
  const today = todayInChina();
  const named: GeneratedSchool[] = demo.counties.flatMap((c) =>
    c.schools.map((s) => ({
      countyCode: c.code,
      code: s.code,
      name: s.name,
      schoolType: s.type,
      locationClass: s.location,
      terrainClass: s.terrain,
    })),
  );
  const generated = generateSchools(r, demo.counties, size.schoolsPerCounty, `${demo.code.slice(0, 2).toUpperCase()}G`);
  const namedTeachers = demo.counties.flatMap((c) =>
    c.schools.flatMap((s) =>
      generateTeachers(r, [named.find((n) => n.code === s.code)!], s.teachers.length, today, s.teachers).map((t) =>
        asNamed(t, s.homeroom?.includes(t.name) ?? false),
      ),
    ),
  );
  return {
    code: demo.code,
    name: demo.name,
    province: demo.province,
    counties: demo.counties.map(({ code, name, poverty }) => ({ code, name, poverty })),
    schools: [...named, ...generated],
    teachers: [[...namedTeachers, ...generateTeachers(r, generated, size.teachers, today)]],
    accounts: demo.accounts.map(({ scope, ...a }) => ({
      ...a,
      countyCode: a.role === 'county_officer' ? scope : undefined,
      schoolCode: a.role === 'school_admin' ? scope : undefined,
      teacherIdNumber: a.role === 'teacher' ? namedTeachers.find((t) => t.name === scope)!.idNumber : undefined,
      providerName: a.role === 'provider' ? scope : undefined,
    })),
  };
}

/**
 * A named teacher keeps the generated person and first start date, with one post at the named school,
 * 在编 and 在岗: the demo's rules (白城's are for 在编在岗 teachers) then reach every named teacher,
 * and what the demo changes about them later goes through the product's own procedures.
 */
function asNamed(t: GeneratedTeacher, homeroom: boolean): GeneratedTeacher {
  const first = t.posts[0]!;
  const last = t.posts.at(-1)!;
  const post = { ...first, schoolCode: last.schoolCode, endDate: null, employmentType: '在编' as const, status: '在岗' as const };
  return { ...t, posts: [{ ...post, roles: homeroom ? ['班主任'] : [] }] };
}
