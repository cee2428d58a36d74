import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { isIdle, targetProgress, type PairingTargets, type Term } from '@tongxing/domain';
import { TRPCError } from '@trpc/server';
import { and, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import { likePattern, PAGE_SIZE, toPage } from '../inputs';
import { badInput } from '../problems';
import { pairingSettingsOf } from './settings';
import { visiblePairs } from './visible';

const p = schema.pairingPair;
const m = schema.pairingMember;
const s = schema.school;

export interface PairInput {
  name: string;
  kind: 'pair' | 'community';
  leadSchoolId: string;
  memberSchoolIds: string[];
  startDate: string;
  endDate: string | null;
  goals: string;
  targets: PairingTargets;
  budgetFen: number;
}

/** A pair (one member school) or a community (two or more), led by a school that is not among its members. */
export async function createPair(tx: Transaction, user: SessionUser, input: PairInput) {
  const members = [...new Set(input.memberSchoolIds)];
  if (members.length !== input.memberSchoolIds.length) throw badInput('memberSchoolIds', 'duplicate_school');
  if (members.includes(input.leadSchoolId)) throw badInput('memberSchoolIds', 'lead_is_member');
  if (input.kind === 'pair' ? members.length !== 1 : members.length < 2) throw badInput('memberSchoolIds', `members_${input.kind}`);
  if (input.endDate && input.endDate < input.startDate) throw badInput('endDate', 'end_before_start');
  const { kinds } = await pairingSettingsOf(tx);
  const unknown = Object.keys(input.targets).find((kind) => !kinds.includes(kind));
  if (unknown) throw badInput('targets', 'unknown_kind', { kind: unknown });
  const found = await tx
    .select({ n: count() })
    .from(s)
    .where(inArray(s.id, [input.leadSchoolId, ...members]));
  if (found[0]!.n !== members.length + 1) throw new TRPCError({ code: 'NOT_FOUND' });
  const [row] = await tx
    .insert(p)
    .values({
      tenantId: user.tenantId,
      name: input.name,
      kind: input.kind,
      leadSchoolId: input.leadSchoolId,
      startDate: input.startDate,
      endDate: input.endDate,
      goals: input.goals,
      targets: input.targets,
      budgetFen: input.budgetFen,
      createdBy: user.id,
    })
    .returning();
  await tx.insert(m).values(members.map((schoolId) => ({ tenantId: user.tenantId, pairId: row!.id, schoolId })));
  return row!;
}

/** An activity counts once it has receipts and every one of them is confirmed (the SQL of `activityState`). */
export const CONFIRMED = sql`(exists (select 1 from pairing_receipt r where r.tenant_id = a.tenant_id and r.activity_id = a.id)
  and not exists (select 1 from pairing_receipt r where r.tenant_id = a.tenant_id and r.activity_id = a.id and r.state <> 'confirmed'))`;

/** The last day of a pair's confirmed activities (null when none). */
const lastConfirmedOf = sql`(select max(a.end_date) from pairing_activity a where a.tenant_id = ${p.tenantId} and a.pair_id = ${p.id} and ${CONFIRMED})`;

export interface PairFilter {
  search?: string;
  countyId?: string;
  idle?: boolean;
}

/** Which pairs of the user's scope a filter keeps; idle by the rule of `isIdle` with the city's idle weeks. */
function pairWhere(user: SessionUser, input: PairFilter, asOf: string, idleWeeks: number) {
  const idle = idleOn(asOf, idleWeeks);
  return and(
    visiblePairs(user),
    input.search ? ilike(p.name, likePattern(input.search)) : undefined,
    input.countyId
      ? sql`exists (select 1 from school ls where ls.tenant_id = ${p.tenantId} and ls.id = ${p.leadSchoolId} and ls.county_id = ${input.countyId})`
      : undefined,
    input.idle === undefined ? undefined : input.idle ? idle : sql`not (${idle})`,
  );
}

/** The rule of `isIdle`: more than the weeks since the last confirmed activity, or the start when later. */
const idleOn = (asOf: string, idleWeeks: number) =>
  sql`${asOf}::date - greatest(${lastConfirmedOf}, ${p.startDate}) > ${idleWeeks * 7}::int`;

/** How many pairs a filter of the pairs list keeps, active and idle (the list's idle filter, counted). */
export async function pairCounts(tx: Transaction, user: SessionUser, input: Omit<PairFilter, 'idle'>, asOf: string) {
  const { idleWeeks } = await pairingSettingsOf(tx);
  const idle = idleOn(asOf, idleWeeks);
  const [row] = await tx
    .select({
      pairs: sql<number>`count(*)`.mapWith(Number),
      idle: sql<number>`count(*) filter (where ${idle})`.mapWith(Number),
    })
    .from(p)
    .where(pairWhere(user, input, asOf, idleWeeks));
  return { pairs: row?.pairs ?? 0, idle: row?.idle ?? 0, active: (row?.pairs ?? 0) - (row?.idle ?? 0) };
}

/**
 * The pairs the user sees, one page, with their schools and their confirmed activities (the last one's
 * date, idle or not); narrowed to a search, the lead school's county, idle (or active) pairs.
 */
export async function pairList(tx: Transaction, user: SessionUser, input: PairFilter & { page: number }, asOf: string) {
  const { idleWeeks } = await pairingSettingsOf(tx);
  const where = pairWhere(user, input, asOf, idleWeeks);
  const [rows, [total]] = await Promise.all([
    tx
      .select({
        id: p.id,
        name: p.name,
        kind: p.kind,
        startDate: p.startDate,
        endDate: p.endDate,
        budgetFen: p.budgetFen,
        leadName: s.name,
        members: sql<string[]>`(select array_agg(ms.name order by ms.code) from pairing_member pm
          join school ms on ms.tenant_id = pm.tenant_id and ms.id = pm.school_id
          where pm.tenant_id = ${p.tenantId} and pm.pair_id = ${p.id})`,
        confirmed:
          sql<number>`(select count(*) from pairing_activity a where a.tenant_id = ${p.tenantId} and a.pair_id = ${p.id} and ${CONFIRMED})`.mapWith(
            Number,
          ),
        lastConfirmed: sql<string | null>`${lastConfirmedOf}::text`,
      })
      .from(p)
      .innerJoin(s, and(eq(s.tenantId, p.tenantId), eq(s.id, p.leadSchoolId)))
      .where(where)
      .orderBy(p.name, p.id)
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    tx.select({ n: count() }).from(p).where(where),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, idle: isIdle(r.lastConfirmed, r.startDate, asOf, idleWeeks) })),
    total?.n ?? 0,
    input.page,
  );
}

/** A pair with its schools, and a term's confirmed activities by kind against its targets, money and goods given. */
export async function pairDetail(tx: Transaction, pairId: string, term: Term, asOf: string) {
  const [pair] = await tx.select().from(p).where(eq(p.id, pairId));
  if (!pair) throw new TRPCError({ code: 'NOT_FOUND' });
  const [schools, kinds, [given], { idleWeeks }] = await Promise.all([
    tx.execute<{ id: string; name: string; county_name: string; lead: boolean }>(sql`
      select s.id, s.name, c.name as county_name, s.id = ${pair.leadSchoolId} as lead from school s
      join county c on c.tenant_id = s.tenant_id and c.id = s.county_id
      where s.id = ${pair.leadSchoolId} or s.id in (select school_id from pairing_member where pair_id = ${pairId})
      order by lead desc, s.code`),
    tx.execute<{ kind: string; n: number }>(sql`
      select a.kind, count(*)::int as n from pairing_activity a
      where a.pair_id = ${pairId} and a.start_date between ${term.start}::date and ${term.end}::date and ${CONFIRMED}
      group by a.kind`),
    tx.execute<{ money: number; goods: number; last: string | null }>(sql`
      select coalesce(sum(a.money_fen), 0)::bigint::float8 as money,
        coalesce(sum((select coalesce(sum((g->>'valueFen')::bigint), 0) from jsonb_array_elements(a.goods) g)), 0)::float8 as goods,
        max(a.end_date)::text as last
      from pairing_activity a where a.pair_id = ${pairId} and ${CONFIRMED}`),
    pairingSettingsOf(tx),
  ]);
  const confirmed = Object.fromEntries([...kinds].map((k) => [k.kind, k.n]));
  return {
    pair,
    schools: [...schools].map((row) => ({ id: row.id, name: row.name, countyName: row.county_name, lead: row.lead })),
    term,
    progress: targetProgress(pair.targets, confirmed),
    givenFen: { money: given!.money, goods: given!.goods },
    lastConfirmed: given!.last,
    idle: isIdle(given!.last, pair.startDate, asOf, idleWeeks),
  };
}
