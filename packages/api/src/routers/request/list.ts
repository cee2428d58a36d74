import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, desc, eq, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { likePattern } from '../../inputs';
import { visible } from '../../scope';
import type { listRequestsInput } from './schemas';

const r = schema.postRequest;
const t = schema.teacher;
const from = alias(schema.school, 'from_school');
const to = alias(schema.school, 'to_school');

/** The requests the user may see, newest first, as the list and its Excel export show them (`limit` for the page). */
export function requestRows(tx: Transaction, user: SessionUser, input: z.infer<typeof listRequestsInput>, limit?: number) {
  const term = input.search ? likePattern(input.search) : undefined;
  const query = tx
    .select({
      id: r.id,
      state: r.state,
      effectiveDate: r.effectiveDate,
      status: r.status,
      roles: r.roles,
      endService: r.endService,
      note: r.note,
      decisionComment: r.decisionComment,
      createdAt: r.createdAt,
      teacherId: t.id,
      teacherName: t.name,
      fromSchool: from.name,
      toSchoolId: r.toSchoolId,
      toSchool: to.name,
      requestedBy: schema.appUser.displayName,
      requestedById: r.requestedBy,
    })
    .from(r)
    .innerJoin(t, and(eq(t.tenantId, r.tenantId), eq(t.id, r.teacherId)))
    .innerJoin(from, and(eq(from.tenantId, t.tenantId), eq(from.id, t.schoolId)))
    .leftJoin(to, and(eq(to.tenantId, r.tenantId), eq(to.id, r.toSchoolId)))
    .innerJoin(schema.appUser, and(eq(schema.appUser.tenantId, r.tenantId), eq(schema.appUser.id, r.requestedBy)))
    .where(
      and(
        visible.requests(user, from, to),
        input.state ? eq(r.state, input.state) : undefined,
        term ? or(like(t.name, term), like(from.name, term), like(to.name, term)) : undefined,
      ),
    )
    .orderBy(desc(r.createdAt), desc(r.id));
  return limit ? query.limit(limit) : query;
}
