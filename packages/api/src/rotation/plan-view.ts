import { and, eq, sql } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { checkPlan, type RotationSchool } from '@tongxing/domain';
import { absencesOf } from './away';
import { countyEligibility } from './eligibility';
import { movesOfPlan } from './moves';
import { needsOf } from './needs';
import { policyFor } from './policy';
import { uuidArray } from '../sql-arrays';

/** Receiving schools outside the county that moves of the plan name (a move across counties, for the city to approve). */
async function schoolsOutside(tx: Transaction, ids: string[]): Promise<RotationSchool[]> {
  if (ids.length === 0) return [];
  const rows = await tx.execute<{ id: string; name: string; location_class: string; strong: boolean }>(sql`
    select id, name, location_class, strong from school where id = any(${uuidArray(ids)})`);
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    locationClass: s.location_class,
    strong: s.strong,
    staff: 0,
    staffBySubject: {},
    coordinates: null,
  }));
}

/** A county's year: the policy, its plan and moves with the live checks, the needs, and how many are eligible. */
export async function planView(tx: Transaction, countyId: string, year: number) {
  const { policy, configured } = await policyFor(tx, year);
  const [county, needs, [plan]] = await Promise.all([
    countyEligibility(tx, countyId, policy),
    needsOf(tx, countyId, year),
    tx
      .select()
      .from(schema.rotationPlan)
      .where(and(eq(schema.rotationPlan.countyId, countyId), eq(schema.rotationPlan.year, year))),
  ]);
  const moves = plan ? await movesOfPlan(tx, plan.id) : [];
  const known = new Set(county.schools.map((s) => s.id));
  const outsideIds = [...new Set(moves.map((m) => m.toSchoolId).filter((id) => !known.has(id)))];
  const [outside, outsideNeeds] = await Promise.all([
    schoolsOutside(tx, outsideIds),
    outsideIds.length ? needsOf(tx, null, year).then((all) => all.filter((n) => outsideIds.includes(n.schoolId))) : [],
  ]);
  const earliest = moves.reduce<string | null>((min, m) => (min === null || m.startDate < min ? m.startDate : min), null);
  const away = earliest
    ? await absencesOf(
        tx,
        moves.map((m) => m.teacherId),
        plan!.id,
        earliest,
        null,
      )
    : [];
  const report = checkPlan(
    policy,
    { schools: [...county.schools, ...outside], eligible: county.eligible, needs, outsideNeeds, away },
    moves,
  );
  const keyEligible = county.eligible.filter((t) => t.keyTeacher).length;
  return {
    policy,
    configured,
    day: county.day,
    plan: plan ?? null,
    moves,
    needs,
    report,
    counts: { inPost: county.rows.length, eligible: county.eligible.length, keyEligible },
    schools: county.schools.map((s) => ({
      id: s.id,
      name: s.name,
      locationClass: s.locationClass,
      strong: s.strong,
      staff: s.staff,
      staffBySubject: s.staffBySubject,
    })),
  };
}
