import { eq } from 'drizzle-orm';
import { todayInChina } from '@tongxing/domain';
import type { Database } from '../client';
import { PLATFORM_TENANT_ID } from '../roles';
import * as schema from '../schema/index';
import { DEMO_OPERATOR, DEMO_SIZE, DEMO_TENANTS, type DemoTenant } from './demo-data';
import { generateSchools, generateTeachers, picker, type GeneratedSchool, type GeneratedTeacher } from './generate';

type Tx = Database;
const CHUNK = 1000;

/**
 * Loads the demo cities when the database has none. Runs as the owner (it bypasses RLS), in one
 * transaction. `passwordHash` is the hash of DEMO_PASSWORD, made by the caller (auth owns hashing).
 */
export async function seedDemo(ownerDb: Database, passwordHash: string, size = DEMO_SIZE): Promise<boolean> {
  const existing = await ownerDb.select({ id: schema.tenant.id }).from(schema.tenant).where(eq(schema.tenant.isPlatform, false)).limit(1);
  if (existing.length > 0) return false;
  await ownerDb.transaction(async (tx) => {
    await tx.insert(schema.appUser).values({ tenantId: PLATFORM_TENANT_ID, ...DEMO_OPERATOR, passwordHash, mustChangePassword: false });
    for (const [index, demo] of DEMO_TENANTS.entries()) await seedTenant(tx as unknown as Tx, demo, passwordHash, size, 20261122 + index);
  });
  return true;
}

async function seedTenant(tx: Tx, demo: DemoTenant, passwordHash: string, size: typeof DEMO_SIZE, seed: number): Promise<void> {
  const r = picker(seed);
  const today = todayInChina();
  const [tenant] = await tx.insert(schema.tenant).values({ code: demo.code, name: demo.name, province: demo.province }).returning();
  const tenantId = tenant!.id;
  const countyIds = new Map<string, string>();
  for (const c of demo.counties) {
    const [county] = await tx.insert(schema.county).values({ tenantId, code: c.code, name: c.name, isPovertyCounty: c.poverty }).returning();
    countyIds.set(c.code, county!.id);
  }

  const named: GeneratedSchool[] = demo.counties.flatMap((c) =>
    c.schools.map((s) => ({ countyCode: c.code, code: s.code, name: s.name, schoolType: s.type, locationClass: s.location, terrainClass: s.terrain })),
  );
  const generated = generateSchools(r, demo.counties, size.schoolsPerCounty, `${demo.code.slice(0, 2).toUpperCase()}G`);
  const schoolIds = new Map<string, string>();
  for (const batch of chunks([...named, ...generated])) {
    const rows = await tx
      .insert(schema.school)
      .values(batch.map((s) => ({ tenantId, countyId: countyIds.get(s.countyCode)!, code: s.code, name: s.name, schoolType: s.schoolType, locationClass: s.locationClass, terrainClass: s.terrainClass })))
      .returning({ id: schema.school.id, code: schema.school.code });
    for (const row of rows) schoolIds.set(row.code, row.id);
  }

  const namedTeachers = demo.counties.flatMap((c) => c.schools.flatMap((s) => generateTeachers(r, [named.find((n) => n.code === s.code)!], s.teachers.length, today, s.teachers)));
  const teachers = [...namedTeachers, ...generateTeachers(r, generated, size.teachers, today)];
  const teacherIds = await insertTeachers(tx, tenantId, teachers, schoolIds);

  await tx.insert(schema.appUser).values(
    demo.accounts.map((a) => ({
      tenantId,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      countyId: a.role === 'county_officer' ? countyIds.get(a.scope!)! : null,
      schoolId: a.role === 'school_admin' ? schoolIds.get(a.scope!)! : null,
      teacherId: a.role === 'teacher' ? teacherIds.get(namedTeachers.find((t) => t.name === a.scope)!.idNumber)! : null,
      passwordHash,
      mustChangePassword: false,
    })),
  );
}

/** Teachers and their posts in chunks; teacher.school_id is the school of the latest post already. */
export async function insertTeachers(tx: Tx, tenantId: string, teachers: GeneratedTeacher[], schoolIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunks(teachers)) {
    const rows = await tx
      .insert(schema.teacher)
      .values(
        batch.map(({ posts, ...t }) => ({ tenantId, ...t, schoolId: schoolIds.get(posts[posts.length - 1]!.schoolCode)! })),
      )
      .returning({ id: schema.teacher.id, idNumber: schema.teacher.idNumber });
    for (const row of rows) ids.set(row.idNumber, row.id);
    await tx.insert(schema.post).values(
      batch.flatMap((t) => t.posts.map((p) => ({ tenantId, teacherId: ids.get(t.idNumber)!, schoolId: schoolIds.get(p.schoolCode)!, ...p }))),
    );
  }
  return ids;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
