import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { isOverdue, mayOwnProblem, todayInChina, type ProblemCategory, type ProblemRecordKind, type ProblemState } from '@tongxing/domain';
import { likePattern, PAGE_SIZE, toPage } from '../inputs';
import { badInput, notFound } from '../problems';
import { namesOf } from '../audit/named';
import { covers, placementOf } from '../scope';

const p = schema.inspectionProblem;
const owner = alias(schema.appUser, 'owner');

export interface ProblemInput {
  visitId?: string;
  description: string;
  category: ProblemCategory;
  record?: { kind: ProblemRecordKind; id: string };
  countyId: string;
  schoolId?: string;
  ownerId: string;
  deadline: string;
}

/**
 * A problem found, for a responsible unit (a school of the county, or the county itself) and an owner
 * account of that unit, with a deadline not before today. The record it concerns must be one the
 * inspector sees.
 */
export async function createProblem(tx: Transaction, user: SessionUser, input: ProblemInput, today = todayInChina()) {
  if (input.deadline < today) throw badInput('deadline', 'deadline_past', { today });
  if (input.schoolId) {
    const [school] = await tx.select({ countyId: schema.school.countyId }).from(schema.school).where(eq(schema.school.id, input.schoolId));
    if (school?.countyId !== input.countyId) throw badInput('schoolId', 'school_not_in_county');
  }
  const [account] = await tx
    .select({
      role: schema.appUser.role,
      countyId: schema.appUser.countyId,
      schoolId: schema.appUser.schoolId,
      disabledAt: schema.appUser.disabledAt,
    })
    .from(schema.appUser)
    .where(eq(schema.appUser.id, input.ownerId));
  if (!account || account.disabledAt !== null || !mayOwnProblem(account, { countyId: input.countyId, schoolId: input.schoolId ?? null }))
    throw badInput('ownerId', input.schoolId ? 'owner_not_of_school' : 'owner_not_of_county');
  if (input.record) {
    const placement = await placementOf(tx, input.record.kind, input.record.id);
    if (!placement || !covers(user, placement)) throw badInput('record', 'record_not_found');
  }
  const [row] = await tx
    .insert(p)
    .values({
      tenantId: user.tenantId,
      visitId: input.visitId ?? null,
      description: input.description,
      category: input.category,
      recordKind: input.record?.kind ?? null,
      recordId: input.record?.id ?? null,
      countyId: input.countyId,
      schoolId: input.schoolId ?? null,
      ownerId: input.ownerId,
      deadline: input.deadline,
      foundBy: user.id,
    })
    .returning({ id: p.id });
  return row!;
}

/** `isOverdue` in SQL, on `day`: not closed and past its deadline. */
export const overdueOn = (day: string): SQL => sql`(${p.state} <> 'closed' and ${p.deadline} < ${day}::date)`;

/** The problems a user sees: the city's all, a county's in it, a school's own. */
export function visibleProblems(user: SessionUser): SQL | undefined {
  if (user.role === 'county_officer') return eq(p.countyId, user.countyId!);
  if (user.role === 'school_admin') return eq(p.schoolId, user.schoolId!);
  if (user.role === 'city_admin') return undefined;
  return sql`false`;
}

export interface ProblemListInput {
  page: number;
  search?: string;
  state?: ProblemState;
  overdue?: boolean;
  mine?: boolean;
  countyId?: string;
  category?: ProblemCategory;
  visitId?: string;
  sort: 'deadline' | 'found' | 'county';
  dir: 'asc' | 'desc';
}

const ORDER = { deadline: p.deadline, found: p.createdAt, county: schema.county.code } as const;

export type ProblemFilter = Omit<ProblemListInput, 'page' | 'sort' | 'dir'>;

/** Which problems of the user's scope a filter of the list keeps (overdue on `today`). */
function problemWhere(user: SessionUser, input: ProblemFilter, today: string) {
  const overdue = overdueOn(today);
  return and(
    visibleProblems(user),
    input.state ? eq(p.state, input.state) : undefined,
    input.overdue === undefined ? undefined : input.overdue ? overdue : sql`not ${overdue}`,
    input.mine ? eq(p.ownerId, user.id) : undefined,
    input.countyId ? eq(p.countyId, input.countyId) : undefined,
    input.category ? eq(p.category, input.category) : undefined,
    input.visitId ? eq(p.visitId, input.visitId) : undefined,
    input.search
      ? sql`(${p.description} ilike ${likePattern(input.search)} or ${schema.school.name} ilike ${likePattern(input.search)})`
      : undefined,
  );
}

/** The filtered problems counted by state and overdue: the list's counts, and the overview's. */
export async function problemCounts(tx: Transaction, user: SessionUser, input: ProblemFilter, today = todayInChina()) {
  const overdue = overdueOn(today);
  const [counts] = await tx
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      open: sql<number>`count(*) filter (where ${p.state} = 'open')`.mapWith(Number),
      submitted: sql<number>`count(*) filter (where ${p.state} = 'submitted')`.mapWith(Number),
      closed: sql<number>`count(*) filter (where ${p.state} = 'closed')`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${overdue})`.mapWith(Number),
    })
    .from(p)
    .innerJoin(schema.county, and(eq(schema.county.tenantId, p.tenantId), eq(schema.county.id, p.countyId)))
    .leftJoin(schema.school, and(eq(schema.school.tenantId, p.tenantId), eq(schema.school.id, p.schoolId)))
    .where(problemWhere(user, input, today));
  return counts!;
}

/** One page of the scope's problems, filtered, with the filtered set's count by state and overdue. */
export async function problemList(tx: Transaction, user: SessionUser, input: ProblemListInput, today = todayInChina()) {
  const where = problemWhere(user, input, today);
  const dir = input.dir === 'desc' ? desc : asc;
  const base = () =>
    tx
      .select({
        id: p.id,
        description: p.description,
        category: p.category,
        state: p.state,
        deadline: p.deadline,
        countyId: p.countyId,
        countyName: schema.county.name,
        schoolId: p.schoolId,
        schoolName: schema.school.name,
        ownerId: p.ownerId,
        ownerName: owner.displayName,
        foundAt: p.createdAt,
      })
      .from(p)
      .innerJoin(schema.county, and(eq(schema.county.tenantId, p.tenantId), eq(schema.county.id, p.countyId)))
      .leftJoin(schema.school, and(eq(schema.school.tenantId, p.tenantId), eq(schema.school.id, p.schoolId)))
      .innerJoin(owner, and(eq(owner.tenantId, p.tenantId), eq(owner.id, p.ownerId)));
  const [rows, counts] = await Promise.all([
    base()
      .where(where)
      .orderBy(dir(ORDER[input.sort]), dir(p.createdAt), dir(p.id))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    problemCounts(tx, user, input, today),
  ]);
  const page = toPage(
    rows.map((row) => ({ ...row, overdue: isOverdue(row, today) })),
    counts.total,
    input.page,
  );
  return { ...page, counts };
}

/**
 * One problem with its unit, owner, the name of the record it concerns (where the audit log can name it),
 * and every rectification (oldest first) with its evidence files.
 */
export async function problemDetail(tx: Transaction, problemId: string, today = todayInChina()) {
  const [row] = await tx
    .select({ problem: p, countyName: schema.county.name, schoolName: schema.school.name, ownerName: owner.displayName })
    .from(p)
    .innerJoin(schema.county, and(eq(schema.county.tenantId, p.tenantId), eq(schema.county.id, p.countyId)))
    .leftJoin(schema.school, and(eq(schema.school.tenantId, p.tenantId), eq(schema.school.id, p.schoolId)))
    .innerJoin(owner, and(eq(owner.tenantId, p.tenantId), eq(owner.id, p.ownerId)))
    .where(eq(p.id, problemId));
  if (!row) throw notFound();
  const r = schema.inspectionRectification;
  const rectifications = await tx
    .select({
      id: r.id,
      note: r.note,
      submittedAt: r.submittedAt,
      decision: r.decision,
      comment: r.comment,
      decidedAt: r.decidedAt,
      files: sql<
        { id: string; fileName: string; kind: 'photo' | 'document'; size: number; hasThumbnail: boolean; takenAt: string | null }[]
      >`(select coalesce(jsonb_agg(jsonb_build_object('id', f.id, 'fileName', f.file_name, 'kind', f.kind, 'size', f.size,
          'hasThumbnail', f.thumbnail_key is not null, 'takenAt', f.taken_at) order by f.uploaded_at, f.id), '[]') from inspection_evidence e join evidence_file f on f.tenant_id = e.tenant_id and f.id = e.file_id
        where e.tenant_id = inspection_rectification.tenant_id and e.rectification_id = inspection_rectification.id)`,
    })
    .from(r)
    .where(eq(r.problemId, problemId))
    .orderBy(asc(r.submittedAt), asc(r.id));
  const recordName = row.problem.recordId ? ((await namesOf(tx, [row.problem.recordId])).get(row.problem.recordId) ?? null) : null;
  return { ...row, recordName, overdue: isOverdue(row.problem, today), rectifications };
}
