import { asc, eq } from 'drizzle-orm';
import { nationalPolicy, type RotationPolicy } from '@tongxing/domain';
import { schema, type Transaction } from '@tongxing/db';

/** The location classes of the city from the most urban to the most rural: the default direction. */
async function classOrder(tx: Transaction): Promise<string[]> {
  const rows = await tx
    .select({ name: schema.locationClass.name })
    .from(schema.locationClass)
    .orderBy(asc(schema.locationClass.sortOrder), asc(schema.locationClass.name));
  return rows.map((r) => r.name);
}

/** The year's policy as the city configured it, or the national rule when it has not (`configured` says which). */
export async function policyFor(tx: Transaction, year: number): Promise<{ policy: RotationPolicy; configured: boolean }> {
  const [row] = await tx
    .select({ policy: schema.rotationPolicy.policy })
    .from(schema.rotationPolicy)
    .where(eq(schema.rotationPolicy.year, year));
  if (row) return { policy: row.policy, configured: true };
  return { policy: nationalPolicy(year, await classOrder(tx)), configured: false };
}

export async function setPolicy(tx: Transaction, tenantId: string, userId: string, policy: RotationPolicy): Promise<void> {
  await tx
    .insert(schema.rotationPolicy)
    .values({ tenantId, year: policy.year, policy, updatedBy: userId })
    .onConflictDoUpdate({
      target: [schema.rotationPolicy.tenantId, schema.rotationPolicy.year],
      set: { policy, updatedBy: userId },
    });
}
