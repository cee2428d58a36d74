import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { jsonb } from './jsonb';
import type { SchoolPayload } from './validate-schools';

const ROWS = sql`(code text, name text, "countyId" uuid, "schoolType" text, "locationClass" text, "terrainClass" text, address text)`;

/**
 * Writes one batch of validated school rows, set-based and idempotent (keyed by school code): changed
 * fields of registered schools of the same county (a blank address keeps the old one), then new schools.
 */
export async function commitSchools(tx: Transaction, tenantId: string, rows: SchoolPayload[]): Promise<void> {
  const batch = jsonb(rows);
  await tx.execute(sql`update school s set name = r.name, school_type = r."schoolType", location_class = r."locationClass",
      terrain_class = r."terrainClass", address = coalesce(r.address, s.address)
    from jsonb_to_recordset(${batch}) as r${ROWS}
    where s.code = r.code and s.county_id = r."countyId" and (s.name, s.school_type, s.location_class, s.terrain_class, s.address)
      is distinct from (r.name, r."schoolType", r."locationClass", r."terrainClass", coalesce(r.address, s.address))`);
  await tx.execute(sql`insert into school (tenant_id, county_id, code, name, school_type, location_class, terrain_class, address)
    select ${tenantId}, "countyId", code, name, "schoolType", "locationClass", "terrainClass", address
    from jsonb_to_recordset(${batch}) as r${ROWS}
    on conflict (tenant_id, code) do nothing`);
}
