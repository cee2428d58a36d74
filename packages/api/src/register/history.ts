import { schema, type Transaction } from '@tongxing/db';
import type { Locale } from '@tongxing/domain';
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { auditColumns, describedEvents, withActor, type DescribedEvent } from '../audit/named';

const a = schema.auditEvent;
const HISTORY_LIMIT = 200;

/**
 * The change history of one record (and, for a teacher, of their posts and post requests), newest
 * first, each event as the same sentence the audit log shows. The caller has checked the user may see the record.
 */
export async function historyOf(tx: Transaction, locale: Locale, entity: 'school' | 'teacher', id: string): Promise<DescribedEvent[]> {
  const related =
    entity === 'teacher'
      ? await tx
          .select({ id: schema.post.id })
          .from(schema.post)
          .where(eq(schema.post.teacherId, id))
          .union(tx.select({ id: schema.postRequest.id }).from(schema.postRequest).where(eq(schema.postRequest.teacherId, id)))
      : [];
  const rows = await tx
    .select(auditColumns)
    .from(a)
    .leftJoin(schema.appUser, withActor)
    .where(
      or(
        and(eq(a.entity, entity), eq(a.entityId, id)),
        related.length
          ? and(
              inArray(a.entity, ['post', 'post_request']),
              inArray(
                a.entityId,
                related.map((r) => r.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(a.id))
    .limit(HISTORY_LIMIT);
  return describedEvents(tx, rows, locale);
}
