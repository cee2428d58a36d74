import type { Database } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { sql } from 'drizzle-orm';

/**
 * Moves every teacher whose scheduled post has started by `day` to that post's school (and back, for a
 * day before it): teacher.school_id is the school as of today, kept by a trigger when posts change and
 * by this when a date falls due with no write. One set-based statement over all cities (see the
 * migration 0012 for why it is a SECURITY DEFINER function). Returns how many teachers moved.
 */
export async function refreshCurrentSchools(db: Database, day: string = todayInChina()): Promise<number> {
  const rows = await db.execute<{ moved: number }>(sql`select tongxing_refresh_teacher_schools(${day}::date) as moved`);
  return Number(rows[0]?.moved ?? 0);
}

let fresh: { day: string; done: Promise<void> } | undefined;

/**
 * Called before each procedure's transaction: the first request of the process and the first after the
 * China date changes wait for the refresh (concurrent ones share it); every other request costs one
 * comparison. A failed refresh is tried again by the next request.
 */
export function currentSchoolsFresh(db: Database): Promise<void> {
  const today = todayInChina();
  if (fresh?.day !== today) {
    const done = refreshCurrentSchools(db, today).then(() => undefined);
    fresh = { day: today, done };
    done.catch(() => {
      if (fresh?.done === done) fresh = undefined;
    });
  }
  return fresh.done;
}
