import { schema, type Transaction } from '@tongxing/db';
import { translator, type Locale } from '@tongxing/domain';
import { and, eq, sql } from 'drizzle-orm';
import { describeEvent, recordOf, referencedIds, type AuditChange } from './describe';
import { localDateTime } from './local-time';
import { uuidArray } from '../sql-arrays';

const a = schema.auditEvent;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The columns of an audit row the describer reads, with the actor's name joined in. */
export const auditColumns = {
  id: a.id,
  at: a.at,
  action: a.action,
  entity: a.entity,
  entityId: a.entityId,
  actorUserId: a.actorUserId,
  actorName: schema.appUser.displayName,
  before: a.before,
  after: a.after,
  ip: a.ip,
};
export const withActor = and(eq(schema.appUser.tenantId, a.tenantId), eq(schema.appUser.id, a.actorUserId));

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** One audit event as pages and exports show it: a sentence, the other fields it changed, the local time. */
export interface DescribedEvent {
  id: number;
  at: Date;
  /** "YYYY-MM-DD HH:mm", China time. */
  atText: string;
  action: string;
  entity: string;
  entityId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  ip: string | null;
  text: string;
  changes: AuditChange[];
}

/**
 * The names of every record a page of events refers to, in one statement (never one per event).
 * Row-level security keeps it to the user's city.
 */
export async function namesOf(tx: Transaction, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id) => UUID.test(id)))];
  if (!wanted.length) return new Map();
  const list = uuidArray(wanted);
  const rows = await tx.execute<{ id: string; name: string }>(sql`
    select id::text as id, name from county where id = any(${list})
    union all select id::text, name from school where id = any(${list})
    union all select id::text, name from teacher where id = any(${list})
    union all select id::text, display_name from app_user where id = any(${list})
    union all select id::text, name from allowance_type where id = any(${list})
    union all select id::text, name from training_programme where id = any(${list})
    union all select id::text, name from training_provider where id = any(${list})
    union all select id::text, name from pairing_pair where id = any(${list})
    union all select id::text, trim(session_date::text || ' ' || name) from training_session where id = any(${list})
    union all select e.id::text, t.name from training_enrolment e
      join teacher t on t.tenant_id = e.tenant_id and t.id = e.teacher_id where e.id = any(${list})
    union all select c.id::text, p.name || '（' || c.name || '）' from training_cohort c
      join training_programme p on p.tenant_id = c.tenant_id and p.id = c.programme_id where c.id = any(${list})`);
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function describedEvents(tx: Transaction, rows: readonly AuditRow[], locale: Locale): Promise<DescribedEvent[]> {
  const names = await namesOf(tx, rows.flatMap(referencedIds));
  const t = translator(locale);
  return rows.map((row) => {
    const { text, changes } = describeEvent(row, names, t);
    const { before: _b, after: _a, ...rest } = row;
    return { ...rest, atText: localDateTime(row.at), text, changes };
  });
}

/** The name of a record from its latest audit event (a teacher's name, "洮北区 2026-10 发放表"), or null if it has none. */
export async function recordNameOf(tx: Transaction, id: string, locale: Locale): Promise<string | null> {
  const [latest] = await tx
    .select(auditColumns)
    .from(a)
    .leftJoin(schema.appUser, withActor)
    .where(eq(a.entityId, id))
    .orderBy(sql`${a.id} desc`)
    .limit(1);
  if (!latest) return null;
  return recordOf(latest, await namesOf(tx, referencedIds(latest)), translator(locale));
}
