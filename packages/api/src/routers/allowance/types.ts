import { schema, type Transaction } from '@tongxing/db';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, requiredText } from '../../inputs';
import { badInput, notFound } from '../../problems';

const type = schema.allowanceType;

export const renameTypeInput = z.object({ allowanceTypeId: entityId(), name: requiredText(40) });
export const typeIdInput = z.object({ allowanceTypeId: entityId() });

/** A new name for a type (a taken name is a CONFLICT naming it); its versions and lines follow by id. */
export async function renameType(tx: Transaction, input: z.output<typeof renameTypeInput>) {
  const [row] = await tx.update(type).set({ name: input.name }).where(eq(type.id, input.allowanceTypeId)).returning();
  if (!row) throw notFound();
  return row;
}

/**
 * Deletes a type created by mistake, with its drafts. A type with a published version or with lines in
 * a sheet is history and stays (it can be renamed); the refusal says which.
 */
export async function deleteType(tx: Transaction, input: z.output<typeof typeIdInput>) {
  const id = input.allowanceTypeId;
  const v = schema.ruleVersion;
  const l = schema.allowanceLine;
  const [[published], [line]] = await Promise.all([
    tx
      .select({ id: v.id })
      .from(v)
      .where(and(eq(v.allowanceTypeId, id), eq(v.state, 'published')))
      .limit(1),
    tx.select({ id: l.id }).from(l).where(eq(l.allowanceTypeId, id)).limit(1),
  ]);
  if (published) throw badInput('allowanceTypeId', 'type_has_published');
  if (line) throw badInput('allowanceTypeId', 'type_has_lines');
  await tx
    .delete(schema.ruleVersion)
    .where(and(eq(schema.ruleVersion.allowanceTypeId, input.allowanceTypeId), eq(schema.ruleVersion.state, 'draft')));
  const [row] = await tx.delete(type).where(eq(type.id, input.allowanceTypeId)).returning({ id: type.id, name: type.name });
  if (!row) throw notFound();
  return row;
}
