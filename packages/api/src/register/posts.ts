import { and, asc, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { badInput } from '../problems';
import { splitPosts } from './split-posts';

const p = schema.post;
export type Post = typeof p.$inferSelect;
export type PostChanges = Partial<Pick<Post, 'schoolId' | 'employmentType' | 'status' | 'roles'>>;

/** The primary post covering a day, locked for the change that follows. */
export async function postOn(tx: Transaction, teacherId: string, day: string): Promise<Post | undefined> {
  const [row] = await tx
    .select()
    .from(p)
    .where(and(eq(p.teacherId, teacherId), eq(p.isPrimary, true), lte(p.startDate, day), or(isNull(p.endDate), gt(p.endDate, day))))
    .for('update');
  return row;
}

/**
 * A transfer, leave or role change from `day`: the post covering `day` ends there and a successor
 * with the changes runs from `day` to where the old one ended. History is split, never rewritten.
 */
export async function changePost(tx: Transaction, teacherId: string, day: string, changes: PostChanges): Promise<Post> {
  const current = await postOn(tx, teacherId, day);
  if (!current) throw badInput('date', 'no_post_on_date');
  if (current.startDate >= day) throw badInput('date', 'date_not_after_start', { start: current.startDate });
  await splitPosts(tx, current.tenantId, [
    {
      teacherId,
      postId: current.id,
      postEnd: current.endDate,
      day,
      schoolId: changes.schoolId ?? current.schoolId,
      employmentType: changes.employmentType ?? current.employmentType,
      status: changes.status ?? current.status,
      roles: changes.roles ?? current.roles,
    },
  ]);
  const successor = await postOn(tx, teacherId, day);
  return successor!;
}

/** The teacher leaves the register's schools on `day` (retirement, leaving the city). */
export async function endPost(tx: Transaction, teacherId: string, day: string): Promise<Post> {
  const current = await postOn(tx, teacherId, day);
  if (!current || current.endDate !== null) throw badInput('date', 'no_post_on_date');
  if (current.startDate >= day) throw badInput('date', 'date_not_after_start', { start: current.startDate });
  const [ended] = await tx
    .update(p)
    .set({ endDate: day })
    .where(and(eq(p.tenantId, current.tenantId), eq(p.id, current.id)))
    .returning();
  return ended!;
}

/** All posts of a teacher, oldest first: the timeline. */
export function postsOf(tx: Transaction, teacherId: string) {
  return tx
    .select({ post: p, schoolName: schema.school.name, locationClass: schema.school.locationClass })
    .from(p)
    .innerJoin(schema.school, and(eq(schema.school.tenantId, p.tenantId), eq(schema.school.id, p.schoolId)))
    .where(eq(p.teacherId, teacherId))
    .orderBy(asc(p.startDate), desc(p.isPrimary));
}
