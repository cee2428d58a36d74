import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';
import type { EligibilityFacts, Exemption, Interval, PostInterval, RotationSchool } from '@tongxing/domain';
import { textArray } from '../sql-arrays';

/** A teacher in post on the day, with what eligibility and the planner need to know of them. */
export interface TeacherFacts extends EligibilityFacts {
  teacherId: string;
  name: string;
  schoolId: string;
  subjects: string[];
  /** The location class of each post's school, in the order of `posts`. */
  postClasses: string[];
  /** Applied rotation stints (支教, 援教, 走教), wherever they were. */
  stints: Interval[];
}

export interface CountyFacts {
  schools: RotationSchool[];
  teachers: TeacherFacts[];
}

/** Principals are counted after their terms: 校长 and 副校长. */
export const PRINCIPAL_ROLES = ['校长', '副校长'];

type TeacherRow = { id: string; name: string; id_number: string; subjects: string[]; key: boolean; school_id: string; principal: boolean };
type PostRow = {
  teacher_id: string;
  school_id: string;
  primary: boolean;
  start_date: string;
  end_date: string | null;
  location_class: string;
};
type StintRow = { teacher_id: string; start_date: string; end_date: string };
type ExemptionRow = { teacher_id: string; reason: string; start_date: string; end_date: string | null };
type SchoolRow = { id: string; name: string; location_class: string; strong: boolean; latitude: number | null; longitude: number | null };

/**
 * The schools of a county (or of the whole city when `countyId` is null) and every teacher with a primary
 * post at one of them on `day`, with all their posts, exemptions and applied stints: five set-based statements.
 */
export async function countyFacts(tx: Transaction, countyId: string | null, day: string): Promise<CountyFacts> {
  const inCounty = countyId === null ? sql`true` : sql`s.county_id = ${countyId}`;
  const inPost = sql`
    select p.teacher_id, p.school_id, p.roles from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
    where p.is_primary and p.start_date <= ${day} and (p.end_date is null or p.end_date > ${day}) and ${inCounty}`;
  const [teachers, posts, exemptions, schools, stints] = await Promise.all([
    tx.execute<TeacherRow>(sql`
      select t.id, t.name, t.id_number, t.subjects, t.key_teacher_level is not null as key, c.school_id,
        c.roles && ${textArray(PRINCIPAL_ROLES)} as principal
      from (${inPost}) c join teacher t on t.id = c.teacher_id order by t.name, t.id`),
    tx.execute<PostRow>(sql`
      select p.teacher_id, p.school_id, p.is_primary as primary, p.start_date::text, p.end_date::text, ps.location_class from post p
      join school ps on ps.tenant_id = p.tenant_id and ps.id = p.school_id
      where p.teacher_id in (select teacher_id from (${inPost}) c) order by p.teacher_id, p.start_date`),
    tx.execute<ExemptionRow>(sql`
      select e.teacher_id, e.reason, e.start_date::text, e.end_date::text from rotation_exemption e
      where e.teacher_id in (select teacher_id from (${inPost}) c)`),
    tx.execute<SchoolRow>(sql`
      select s.id, s.name, s.location_class, s.strong, s.latitude, s.longitude from school s
      where ${inCounty} and (s.closed_on is null or s.closed_on > ${day}) order by s.name`),
    tx.execute<StintRow>(sql`
      select m.teacher_id, m.start_date::text, m.end_date::text from rotation_move m
      where m.applied_at is not null and m.end_date is not null and m.teacher_id in (select teacher_id from (${inPost}) c)`),
  ]);

  const postsOf = new Map<string, { posts: PostInterval[]; classes: string[] }>();
  for (const p of posts) {
    const list = postsOf.get(p.teacher_id) ?? { posts: [], classes: [] };
    list.posts.push({ schoolId: p.school_id, role: p.primary ? 'primary' : 'secondary', startDate: p.start_date, endDate: p.end_date });
    list.classes.push(p.location_class);
    postsOf.set(p.teacher_id, list);
  }
  const stintsOf = new Map<string, Interval[]>();
  for (const st of stints)
    stintsOf.set(st.teacher_id, [...(stintsOf.get(st.teacher_id) ?? []), { start: st.start_date, end: st.end_date }]);
  const exemptionsOf = new Map<string, Exemption[]>();
  for (const e of exemptions) {
    const list = exemptionsOf.get(e.teacher_id) ?? [];
    list.push({ reason: e.reason, startDate: e.start_date, endDate: e.end_date });
    exemptionsOf.set(e.teacher_id, list);
  }

  const staff = new Map<string, { staff: number; bySubject: Record<string, number> }>();
  const facts = teachers.map((t): TeacherFacts => {
    const counts = staff.get(t.school_id) ?? { staff: 0, bySubject: {} };
    counts.staff += 1;
    for (const subject of new Set(t.subjects)) counts.bySubject[subject] = (counts.bySubject[subject] ?? 0) + 1;
    staff.set(t.school_id, counts);
    return {
      teacherId: t.id,
      name: t.name,
      schoolId: t.school_id,
      subjects: t.subjects,
      idNumber: t.id_number,
      posts: postsOf.get(t.id)?.posts ?? [],
      postClasses: postsOf.get(t.id)?.classes ?? [],
      stints: stintsOf.get(t.id) ?? [],
      principal: t.principal,
      keyTeacher: t.key,
      exemptions: exemptionsOf.get(t.id) ?? [],
    };
  });

  return {
    schools: schools.map((s) => ({
      id: s.id,
      name: s.name,
      locationClass: s.location_class,
      strong: s.strong,
      staff: staff.get(s.id)?.staff ?? 0,
      staffBySubject: staff.get(s.id)?.bySubject ?? {},
      coordinates: s.latitude !== null && s.longitude !== null ? { latitude: s.latitude, longitude: s.longitude } : null,
    })),
    teachers: facts,
  };
}
