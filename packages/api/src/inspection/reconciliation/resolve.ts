import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { categoryOfDifference, translator, type Locale } from '@tongxing/domain';
import { and, eq, sql } from 'drizzle-orm';
import { badInput, notFound } from '../../problems';
import { createProblem } from '../problems';

const d = schema.rosterDifference;

/** The difference, open, with what a problem raised from it needs (its check, the units it sits at). */
async function openDifference(tx: Transaction, differenceId: string) {
  const [row] = await tx
    .select({
      difference: d,
      title: schema.rosterCheck.title,
      asOf: schema.rosterCheck.asOf,
      month: schema.rosterCheck.month,
      countyId: schema.school.countyId,
    })
    .from(d)
    .innerJoin(schema.rosterCheck, and(eq(schema.rosterCheck.tenantId, d.tenantId), eq(schema.rosterCheck.id, d.checkId)))
    .innerJoin(
      schema.school,
      and(eq(schema.school.tenantId, d.tenantId), eq(schema.school.id, sql`coalesce(${d.schoolId}, ${d.rosterSchoolId})`)),
    )
    .where(eq(d.id, differenceId));
  if (!row) throw notFound();
  if (row.difference.resolution !== 'open') throw badInput('differenceId', 'already_resolved');
  return row;
}

/** Marks an open difference explained with a reason (a teacher on secondment, a roster not yet updated). */
export async function explainDifference(tx: Transaction, user: SessionUser, input: { differenceId: string; reason: string }) {
  await openDifference(tx, input.differenceId);
  await tx
    .update(d)
    .set({ resolution: 'explained', reason: input.reason, resolvedBy: user.id, resolvedAt: new Date() })
    .where(and(eq(d.id, input.differenceId), eq(d.resolution, 'open')));
  return { differenceId: input.differenceId };
}

export interface RaiseInput {
  differenceId: string;
  ownerId: string;
  deadline: string;
}

/**
 * Raises an open difference as a problem (of `categoryOfDifference`), about the teacher when
 * the register has one, else the roster's school. The owner says the unit: a county officer's is the
 * school's county, a school administrator's the school.
 */
export async function raiseDifference(tx: Transaction, user: SessionUser, locale: Locale, input: RaiseInput) {
  const { difference, title, asOf, month, countyId } = await openDifference(tx, input.differenceId);
  const schoolId = difference.schoolId ?? difference.rosterSchoolId!;
  const [owner] = await tx.select({ role: schema.appUser.role }).from(schema.appUser).where(eq(schema.appUser.id, input.ownerId));
  const description = translator(locale)(`inspection.reconciliation.descriptions.${difference.kind}`, {
    name: difference.name,
    title,
    asOf,
    month,
  });
  const problem = await createProblem(tx, user, {
    description,
    category: categoryOfDifference(difference.kind),
    record: difference.teacherId ? { kind: 'teacher', id: difference.teacherId } : { kind: 'school', id: schoolId },
    countyId,
    ...(owner?.role === 'county_officer' ? {} : { schoolId }),
    ownerId: input.ownerId,
    deadline: input.deadline,
  });
  await tx
    .update(d)
    .set({ resolution: 'problem', problemId: problem.id, resolvedBy: user.id, resolvedAt: new Date() })
    .where(eq(d.id, input.differenceId));
  return { problemId: problem.id };
}
