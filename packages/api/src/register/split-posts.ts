import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { jsonb } from './import/jsonb';

/** A teacher's move to another school from `day`, with the post they hold as they move. */
export interface Move {
  teacherId: string;
  /** The teacher's latest primary post, which the move splits; null for a teacher with no post yet. */
  postId: string | null;
  postEnd: string | null;
  day: string;
  schoolId: string;
  employmentType: string;
  status: string;
  roles: string[];
}

/**
 * Many moves at once, the one rule of a post change (used by `changePost` in ./posts.ts too): the post covering `day` ends there and
 * its successor runs from `day` to where the old one ended (open if it was open); a post that had ended
 * before `day` stays as it was and the successor is open. Two statements for any number of moves; the
 * old post is closed first so the new one never overlaps it (the exclusion constraint checks each row).
 */
export async function splitPosts(tx: Transaction, tenantId: string, moves: Move[]): Promise<void> {
  if (moves.length === 0) return;
  await tx.execute(sql`update post p set end_date = m.day
    from jsonb_to_recordset(${jsonb(moves)}) as m("postId" uuid, day date)
    where p.id = m."postId" and (p.end_date is null or p.end_date > m.day)`);
  await tx.execute(sql`insert into post (tenant_id, teacher_id, school_id, start_date, end_date, employment_type, status, roles)
    select ${tenantId}, m."teacherId", m."schoolId", m.day, case when m."postEnd" > m.day then m."postEnd" end, m."employmentType", m.status, m.roles
    from jsonb_to_recordset(${jsonb(moves)}) as m("teacherId" uuid, "postEnd" date, day date, "schoolId" uuid, "employmentType" text, status text, roles text[])`);
}
