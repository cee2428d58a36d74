import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, withTenant } from '@tongxing/db';
import { makeCity, type City } from '../support/city';
import { appDb, closeDbs } from '../support/db';

afterAll(closeDbs);

let a: City;
let b: City;
beforeAll(async () => {
  [a, b] = await Promise.all([makeCity('rls-a'), makeCity('rls-b')]);
});

describe('row-level security, as the app role', () => {
  it('sees no rows at all when no tenant is set', async () => {
    const sql = appDb().sql;
    for (const table of ['county', 'school', 'teacher', 'app_user', 'session', 'audit_event']) {
      const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`);
      expect(row!.n, table).toBe(0);
    }
  });

  it('with tenant B set, cannot read, update or delete A’s rows', async () => {
    await withTenant(appDb().db, { tenantId: b.tenantId }, async (tx) => {
      const read = await tx.execute<{ n: number }>(sql`select count(*)::int as n from school where tenant_id = ${a.tenantId}`);
      expect(read[0]!.n).toBe(0);
      const updated = await tx.execute(sql`update school set name = 'hacked' where id = ${a.ids.school1}`);
      expect(updated.count).toBe(0);
      const deleted = await tx.execute(sql`delete from teacher where id = ${a.ids.teacher1}`);
      expect(deleted.count).toBe(0);
    });
    const [school] = await withTenant(appDb().db, { tenantId: a.tenantId }, (tx) =>
      tx.select().from(schema.school).where(eq(schema.school.id, a.ids.school1)),
    );
    expect(school?.name).toBe('一县村小');
  });

  it('with tenant B set, cannot insert a row into A', async () => {
    await expect(
      withTenant(appDb().db, { tenantId: b.tenantId }, (tx) =>
        tx.insert(schema.county).values({ tenantId: a.tenantId, code: 'X9', name: '越界县' }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
  });

  it('never shows one tenant’s rows to another when their transactions interleave on the pool', async () => {
    const seen: string[] = [];
    const round = (city: City, other: City) =>
      withTenant(appDb().db, { tenantId: city.tenantId }, async (tx) => {
        const rows = await tx.select({ tenantId: schema.school.tenantId }).from(schema.school);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        const again = await tx.select({ tenantId: schema.school.tenantId }).from(schema.school);
        for (const r of [...rows, ...again]) if (r.tenantId === other.tenantId) seen.push(`${city.code} saw ${other.code}`);
        return rows.length + again.length;
      });
    const counts = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? round(a, b) : round(b, a))));
    expect(seen).toEqual([]);
    expect(counts.every((n) => n === 4)).toBe(true);
  });

  it('cannot change or delete the audit log', async () => {
    await expect(
      withTenant(appDb().db, { tenantId: a.tenantId }, (tx) => tx.execute(sql`update audit_event set action = 'x'`)),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
    await expect(withTenant(appDb().db, { tenantId: a.tenantId }, (tx) => tx.execute(sql`delete from audit_event`))).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/permission denied/) },
    });
  });
});
