import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { PLATFORM_TENANT_ID } from '../roles';
import * as schema from '../schema/index';
import { DEMO_OPERATOR, DEMO_TENANTS, type DemoTenant } from './demo-data';

/**
 * Loads the demo cities when the database has none. Runs as the owner (it bypasses RLS), in one
 * transaction. `passwordHash` is the hash of DEMO_PASSWORD, made by the caller (auth owns hashing).
 */
export async function seedDemo(ownerDb: Database, passwordHash: string): Promise<boolean> {
  const existing = await ownerDb.select({ id: schema.tenant.id }).from(schema.tenant).where(eq(schema.tenant.isPlatform, false)).limit(1);
  if (existing.length > 0) return false;
  await ownerDb.transaction(async (tx) => {
    await tx.insert(schema.appUser).values({ tenantId: PLATFORM_TENANT_ID, ...DEMO_OPERATOR, passwordHash, mustChangePassword: false });
    for (const demo of DEMO_TENANTS) await seedTenant(tx as unknown as Database, demo, passwordHash);
  });
  return true;
}

async function seedTenant(tx: Database, demo: DemoTenant, passwordHash: string): Promise<void> {
  const [tenant] = await tx.insert(schema.tenant).values({ code: demo.code, name: demo.name, province: demo.province }).returning();
  const tenantId = tenant!.id;
  const countyIds = new Map<string, string>();
  const schoolIds = new Map<string, string>();
  const teacherIds = new Map<string, string>();
  for (const c of demo.counties) {
    const [county] = await tx.insert(schema.county).values({ tenantId, code: c.code, name: c.name, isPovertyCounty: c.poverty }).returning();
    countyIds.set(c.code, county!.id);
    for (const s of c.schools) {
      const [school] = await tx
        .insert(schema.school)
        .values({ tenantId, countyId: county!.id, code: s.code, name: s.name, schoolType: s.type, locationClass: s.location })
        .returning();
      schoolIds.set(s.code, school!.id);
      const teachers = await tx
        .insert(schema.teacher)
        .values(s.teachers.map((name) => ({ tenantId, schoolId: school!.id, name })))
        .returning();
      for (const t of teachers) teacherIds.set(t.name, t.id);
    }
  }
  await tx.insert(schema.appUser).values(
    demo.accounts.map((a) => ({
      tenantId,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      countyId: a.role === 'county_officer' ? countyIds.get(a.scope!)! : null,
      schoolId: a.role === 'school_admin' ? schoolIds.get(a.scope!)! : null,
      teacherId: a.role === 'teacher' ? teacherIds.get(a.scope!)! : null,
      passwordHash,
      mustChangePassword: false,
    })),
  );
}
