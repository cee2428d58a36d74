import { schema, type Transaction } from '@tongxing/db';
import { and, desc, eq, inArray, or } from 'drizzle-orm';

const a = schema.auditEvent;

/**
 * The change history of one record (and, for a teacher, of their posts): who changed what, when,
 * with before and after. The caller has already checked the user may see the record.
 */
export async function historyOf(tx: Transaction, entity: 'school' | 'teacher', id: string) {
  const postIds =
    entity === 'teacher'
      ? (await tx.select({ id: schema.post.id }).from(schema.post).where(eq(schema.post.teacherId, id))).map((p) => p.id)
      : [];
  return tx
    .select({
      id: a.id,
      at: a.at,
      action: a.action,
      entity: a.entity,
      entityId: a.entityId,
      before: a.before,
      after: a.after,
      actor: schema.appUser.displayName,
    })
    .from(a)
    .leftJoin(schema.appUser, and(eq(schema.appUser.tenantId, a.tenantId), eq(schema.appUser.id, a.actorUserId)))
    .where(
      or(
        and(eq(a.entity, entity), eq(a.entityId, id)),
        postIds.length ? and(eq(a.entity, 'post'), inArray(a.entityId, postIds)) : undefined,
      ),
    )
    .orderBy(desc(a.id))
    .limit(200);
}
