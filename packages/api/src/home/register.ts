import { schema } from '@tongxing/db';
import { can } from '@tongxing/domain';
import { and, eq, gt, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { visible } from '../scope';
import type { HomeContext, HomeItem, HomeProvider } from './types';

/** How far back a finished import still shows on the home page. */
export const RECENT_IMPORT_DAYS = 7;

const r = schema.postRequest;
const t = schema.teacher;
const from = alias(schema.school, 'from_school');
const to = alias(schema.school, 'to_school');
const n = sql<number>`count(*)`.mapWith(Number);

/** Pending post requests the user sees, and of those the moves across counties (only the city decides them). */
async function pendingRequests({ tx, user }: HomeContext) {
  const [row] = await tx
    .select({ pending: n, crossCounty: sql<number>`count(*) filter (where ${to.countyId} <> ${from.countyId})`.mapWith(Number) })
    .from(r)
    .innerJoin(t, and(eq(t.tenantId, r.tenantId), eq(t.id, r.teacherId)))
    .innerJoin(from, and(eq(from.tenantId, t.tenantId), eq(from.id, t.schoolId)))
    .leftJoin(to, and(eq(to.tenantId, r.tenantId), eq(to.id, r.toSchoolId)))
    .where(and(visible.requests(user, from, to), eq(r.state, 'pending')));
  return { pending: row?.pending ?? 0, crossCounty: row?.crossCounty ?? 0 };
}

/** The user's own imports: validated and waiting for them to import or cancel, and finished lately. */
async function ownImports({ tx, user }: HomeContext) {
  const j = schema.importJob;
  const [row] = await tx
    .select({
      toConfirm: sql<number>`count(*) filter (where ${j.status} = 'validated')`.mapWith(Number),
      finished: sql<number>`count(*) filter (where ${j.status} in ('done', 'failed')
        and ${j.finishedAt} > now() - make_interval(days => ${RECENT_IMPORT_DAYS}))`.mapWith(Number),
    })
    .from(j)
    .where(eq(j.createdBy, user.id));
  return { toConfirm: row?.toConfirm ?? 0, finished: row?.finished ?? 0 };
}

/** Staff of the user's scope with no primary post covering today. */
async function withoutCurrentPost({ tx, user, today }: HomeContext): Promise<number> {
  const p = schema.post;
  const [row] = await tx
    .select({ n })
    .from(t)
    .innerJoin(schema.school, and(eq(schema.school.tenantId, t.tenantId), eq(schema.school.id, t.schoolId)))
    .where(
      and(
        visible.teachers(user),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(p)
            .where(
              and(
                eq(p.tenantId, t.tenantId),
                eq(p.teacherId, t.id),
                eq(p.isPrimary, true),
                lte(p.startDate, today),
                or(isNull(p.endDate), gt(p.endDate, today)),
              ),
            ),
        ),
      ),
    );
  return row?.n ?? 0;
}

/** How many teachers and schools the user's scope holds. */
async function figures({ tx, user }: HomeContext): Promise<HomeItem[]> {
  const [[teachers], [schools]] = await Promise.all([
    tx
      .select({ n })
      .from(t)
      .innerJoin(schema.school, and(eq(schema.school.tenantId, t.tenantId), eq(schema.school.id, t.schoolId)))
      .where(visible.teachers(user)),
    tx.select({ n }).from(schema.school).where(visible.schools(user)),
  ]);
  return [
    { kind: 'figure', key: 'teachers', value: teachers?.n ?? 0, href: '/teachers' },
    {
      kind: 'figure',
      key: 'schools',
      value: schools?.n ?? 0,
      href: user.role === 'school_admin' ? `/schools/${user.schoolId}` : '/schools',
    },
  ];
}

/** Requests to decide (or, for a school, waiting to be decided), imports to confirm or just finished, staff without a post. */
export const registerItems: HomeProvider = async (ctx) => {
  const { user } = ctx;
  if (!can(user.role, 'request.read')) return [];
  const items: HomeItem[] = [];
  const requests = await pendingRequests(ctx);
  const requestsHref = '/requests?state=pending';
  if (can(user.role, 'teacher.move')) {
    items.push({
      kind: 'waiting',
      key: 'requestsToDecide',
      count: requests.pending,
      href: requestsHref,
      ...(user.role === 'city_admin' && requests.crossCounty > 0
        ? { detail: { key: 'crossCounty', params: { count: requests.crossCounty } } }
        : {}),
    });
  } else {
    items.push({ kind: 'waiting', key: 'requestsPending', count: requests.pending, href: requestsHref });
  }
  if (can(user.role, 'register.import')) {
    const imports = await ownImports(ctx);
    items.push(
      { kind: 'waiting', key: 'importsToConfirm', count: imports.toConfirm, href: '/register/import' },
      { kind: 'waiting', key: 'importsFinished', count: imports.finished, params: { days: RECENT_IMPORT_DAYS }, href: '/register/import' },
    );
  }
  if (user.role === 'school_admin') {
    items.push({ kind: 'waiting', key: 'staffWithoutPost', count: await withoutCurrentPost(ctx), href: `/schools/${user.schoolId}` });
  }
  return [...items, ...(await figures(ctx))];
};
