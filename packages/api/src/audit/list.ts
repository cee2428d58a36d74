import { schema, type Transaction } from '@tongxing/db';
import type { Locale } from '@tongxing/domain';
import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, likePattern } from '../inputs';
import { isoDate } from '../register/fields';
import { AUDIT_ACTIONS, AUDITED_TABLES } from './describe';
import { auditColumns, describedEvents, namesOf, recordNameOf, withActor } from './named';

const a = schema.auditEvent;
const u = schema.appUser;
export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many events (the newest first); a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 20_000;

/** The audit log's filters: who (an account, or a search on name and username), what, which record, which days. */
export const auditFilterInput = z.object({
  accountId: entityId().optional(),
  actor: z.string().trim().max(50).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entity: z.enum(AUDITED_TABLES).optional(),
  /** A record of any kind by its id; for a teacher also their posts, requests and account. */
  record: z.uuid().optional(),
  dateFrom: isoDate().optional(),
  dateTo: isoDate().optional(),
});
export const listAuditInput = auditFilterInput.extend({ page: z.number().int().min(1).max(100_000).default(1) }).default({ page: 1 });
export type AuditFilter = z.infer<typeof auditFilterInput>;

/** The events of one record: its own, and those of rows that name it as their teacher (posts, requests). */
export function aboutRecord(id: string, entities?: readonly string[]): SQL {
  const namesIt = or(sql`${a.before} ->> 'teacher_id' = ${id}`, sql`${a.after} ->> 'teacher_id' = ${id}`)!;
  return or(eq(a.entityId, id), entities ? and(sql`${a.entity} in ${entities}`, namesIt) : namesIt)!;
}

function conditions(filter: AuditFilter): SQL | undefined {
  return and(
    filter.accountId ? eq(a.actorUserId, filter.accountId) : undefined,
    filter.actor ? or(ilike(u.username, likePattern(filter.actor)), ilike(u.displayName, likePattern(filter.actor))) : undefined,
    filter.action ? eq(a.action, filter.action) : undefined,
    filter.entity ? eq(a.entity, filter.entity) : undefined,
    filter.record ? aboutRecord(filter.record) : undefined,
    // Days are China's: from its midnight to the midnight after `dateTo`.
    filter.dateFrom ? sql`${a.at} >= (${filter.dateFrom}::date)::timestamp at time zone 'Asia/Shanghai'` : undefined,
    filter.dateTo ? sql`${a.at} < (${filter.dateTo}::date + 1)::timestamp at time zone 'Asia/Shanghai'` : undefined,
  );
}

export async function listAudit(tx: Transaction, locale: Locale, input: z.infer<typeof listAuditInput>) {
  const where = conditions(input);
  const [rows, [total]] = await Promise.all([
    tx
      .select(auditColumns)
      .from(a)
      .leftJoin(u, withActor)
      .where(where)
      .orderBy(desc(a.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((input.page - 1) * AUDIT_PAGE_SIZE),
    tx.select({ n: count() }).from(a).leftJoin(u, withActor).where(where),
  ]);
  const n = total?.n ?? 0;
  return {
    rows: await describedEvents(tx, rows, locale),
    total: n,
    page: input.page,
    pages: Math.max(1, Math.ceil(n / AUDIT_PAGE_SIZE)),
    recordName: input.record ? await recordNameOf(tx, input.record, locale) : null,
    accountName: input.accountId ? ((await namesOf(tx, [input.accountId])).get(input.accountId) ?? null) : null,
  };
}

/** Every event the filter finds (up to the export limit), described, for the Excel export. */
export async function exportAudit(tx: Transaction, locale: Locale, filter: AuditFilter) {
  const rows = await tx
    .select(auditColumns)
    .from(a)
    .leftJoin(u, withActor)
    .where(conditions(filter))
    .orderBy(desc(a.id))
    .limit(AUDIT_EXPORT_LIMIT);
  return describedEvents(tx, rows, locale);
}
