import { eq } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';

export interface ExemptionInput {
  teacherId: string;
  reason: string;
  startDate: string;
  endDate: string | null;
}

/** A teacher exempt from rotation for a period, with the reason the eligibility list then shows. */
export async function addExemption(tx: Transaction, user: SessionUser, input: ExemptionInput) {
  const [row] = await tx
    .insert(schema.rotationExemption)
    .values({ tenantId: user.tenantId, ...input, createdBy: user.id })
    .returning({ id: schema.rotationExemption.id });
  return row!;
}

export async function removeExemption(tx: Transaction, exemptionId: string) {
  await tx.delete(schema.rotationExemption).where(eq(schema.rotationExemption.id, exemptionId));
}
