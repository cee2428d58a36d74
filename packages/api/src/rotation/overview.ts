import { sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import {
  isRuralClass,
  keyTeacherMinimum,
  referenceDate,
  rotationQuota,
  ROTATION_FORMS,
  type RotationForm,
  type RotationPolicy,
} from '@tongxing/domain';
import { eligibleTally } from './eligible-tally';
import { policyFor } from './policy';
import { countyOfScope } from '../scope';
import { textArray } from '../sql-arrays';

type PlanRow = {
  county_id: string;
  county_name: string;
  plan_id: string | null;
  state: string | null;
  moves: number;
  key_moves: number;
  forms: Partial<Record<RotationForm, number>> | null;
};

/**
 * The year per county of the scope (a school administrator's is its county's) or of the county asked for:
 * teachers in post and eligible on the reference date, the quota and the 骨干 minimum, what the plan holds
 * (planned) and, once approved, what was rotated, by form; met or short by n.
 */
export async function yearOverview(tx: Transaction, user: SessionUser, year: number, countyId?: string) {
  const { policy, configured } = await policyFor(tx, year);
  const county = countyId ?? (await countyOfScope(tx, user));
  const tally = await eligibleTally(tx, user.tenantId, county, policy);
  const plans = await tx.execute<PlanRow>(sql`
      select c.id as county_id, c.name as county_name, p.id as plan_id, p.state,
        count(m.id)::int as moves, count(m.id) filter (where t.key_teacher_level is not null)::int as key_moves,
        (select jsonb_object_agg(form, n) from (select form, count(*)::int as n from rotation_move where plan_id = p.id group by form) f) as forms
      from county c
      left join rotation_plan p on p.tenant_id = c.tenant_id and p.county_id = c.id and p.year = ${year}
      left join rotation_move m on m.tenant_id = p.tenant_id and m.plan_id = p.id
      left join teacher t on t.tenant_id = m.tenant_id and t.id = m.teacher_id
      where ${county === null ? sql`true` : sql`c.id = ${county}`}
      group by c.id, c.code, c.name, p.id, p.state order by c.code`);
  const counties = plans.map((p) => {
    const t = tally.get(p.county_id) ?? { inPost: 0, eligible: 0, keyEligible: 0 };
    const quota = rotationQuota(policy, t.eligible);
    const keyMinimum = keyTeacherMinimum(policy, { eligible: t.eligible, rotated: p.moves });
    const rotated = p.state === 'approved' ? p.moves : 0;
    const forms = Object.fromEntries(ROTATION_FORMS.map((f) => [f, p.forms?.[f] ?? 0])) as Record<RotationForm, number>;
    return {
      countyId: p.county_id,
      countyName: p.county_name,
      planId: p.plan_id,
      state: p.state,
      ...t,
      quota,
      keyMinimum,
      planned: p.moves,
      plannedKey: p.key_moves,
      rotated,
      share: t.eligible > 0 ? p.moves / t.eligible : null,
      keyShare: p.moves > 0 ? p.key_moves / p.moves : null,
      forms,
      short: Math.max(0, quota - p.moves),
      keyShort: Math.max(0, keyMinimum - p.key_moves),
    };
  });
  return {
    policy,
    configured,
    day: referenceDate(policy),
    counties,
    cityTarget: county === null ? await cityTarget(tx, policy, year) : null,
  };
}

/**
 * The city's own target (兰州: at least 100 urban teachers a year to schools of poverty counties): moves of
 * the year from a school that is not rural to a rural school (of a poverty county when the target says so).
 */
async function cityTarget(tx: Transaction, policy: RotationPolicy, year: number) {
  if (!policy.cityTarget) return null;
  const rural = policy.classOrder.filter((c) => isRuralClass(policy, c));
  const [row] = await tx.execute<{ planned: number; approved: number }>(sql`
    select count(*)::int as planned, count(*) filter (where p.state = 'approved')::int as approved
    from rotation_move m join rotation_plan p on p.tenant_id = m.tenant_id and p.id = m.plan_id
    join school fs on fs.tenant_id = m.tenant_id and fs.id = m.from_school_id
    join school ts on ts.tenant_id = m.tenant_id and ts.id = m.to_school_id
    join county tc on tc.tenant_id = ts.tenant_id and tc.id = ts.county_id
    where m.year = ${year} and fs.location_class <> all(${textArray(rural)})
      and ts.location_class = any(${textArray(rural)})
      and (${!policy.cityTarget.toPovertyCounties} or tc.is_poverty_county)`);
  const { minTeachers, toPovertyCounties } = policy.cityTarget;
  return { minTeachers, toPovertyCounties, planned: row!.planned, approved: row!.approved, short: Math.max(0, minTeachers - row!.planned) };
}
