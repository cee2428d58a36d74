import { isRuralClass, nationalPolicy, planningYear, type RotationPolicy, type SUBJECTS } from '@tongxing/domain';

type Subject = (typeof SUBJECTS)[number];
import type { Database } from '@tongxing/db';
import { asDemoUser } from './act-as';

/**
 * 兰州 (source 002): the city's policy for the planning year (2% a year, a fifth of a school's staff at most) with its own target (at least 100 urban teachers
 * a year to schools of poverty counties); 榆中县 has declared its rural schools' needs — one of them at
 * 甘草店镇中心小学 — and a plan the planner proposed, submitted to the schools: 甘草店镇中心小学
 * (`lz.gancaodian`) has a move to answer. The needs are drawn from the county's own eligible teachers so the
 * plan meets the quota, the 骨干 share and every staffing floor.
 */
export async function seedRotationDemo(db: Database, today: string) {
  const year = planningYear(today);
  const policy = await asDemoUser(db, 'lanzhou', 'lz.admin', async (city) => {
    const { policy: national } = await city.rotationPolicy.get({ year });
    // The demo register's county-town schools are small: 兰州's variant rotates 2% a year, and a school may send a fifth of its staff.
    const chosen: RotationPolicy = {
      ...nationalPolicy(year, national.classOrder),
      quota: { percent: 2, rounding: 'ceil' },
      staffingFloor: { percent: 20, rounding: 'ceil', keepOnlyTeacherOfSubject: true },
      cityTarget: { minTeachers: 100, toPovertyCounties: true },
    };
    await city.rotationPolicy.set(chosen);
    return chosen;
  });
  await asDemoUser(db, 'lanzhou', 'lz.yuzhong', async (county) => {
    const countyId = (await county.county.list({}))[0]!.id;
    const view = await county.rotationPlan.get({ countyId, year });
    const schools = new Map(view.schools.map((s) => [s.id, s]));
    const receivers = view.schools.filter((s) => isRuralClass(policy, s.locationClass));
    const gancaodian = receivers.find((s) => s.name === '榆中县甘草店镇中心小学');
    const { rows } = await county.rotationEligibility.export({ year, countyId, show: 'eligible', sort: 'school', dir: 'asc' });
    const senders = rows.filter((r) => r.schoolId && !isRuralClass(policy, schools.get(r.schoolId)?.locationClass ?? ''));
    // Key teachers first, so the 骨干 share holds; no school sends more than its floor or all its teachers of a subject.
    senders.sort((a, b) => Number(b.keyTeacher) - Number(a.keyTeacher));
    const quota = view.report.quota.required;
    const leaving = new Map<string, number>();
    const leavingSubject = new Map<string, number>();
    const needs = new Map<string, { schoolId: string; subject: Subject; count: number }>();
    let placed = 0;
    for (const teacher of senders) {
      if (placed >= Math.max(quota, 1)) break;
      const from = schools.get(teacher.schoolId!)!;
      if ((leaving.get(from.id) ?? 0) + 1 > Math.ceil(from.staff / 5) || teacher.subjects.length === 0) continue;
      const subject = teacher.subjects[0] as Subject;
      const fromSubject = `${from.id}\n${subject}`;
      if ((leavingSubject.get(fromSubject) ?? 0) + 1 >= (from.staffBySubject[subject] ?? 0)) continue;
      const to = placed === 0 && gancaodian ? gancaodian : receivers[placed % receivers.length];
      if (!to) break;
      const key = `${to.id}\n${subject}`;
      needs.set(key, { schoolId: to.id, subject, count: (needs.get(key)?.count ?? 0) + 1 });
      leaving.set(from.id, (leaving.get(from.id) ?? 0) + 1);
      leavingSubject.set(fromSubject, (leavingSubject.get(fromSubject) ?? 0) + 1);
      placed++;
    }
    for (const need of needs.values()) await county.rotationNeed.set({ year, ...need, term: 'autumn', note: '' });
    const run = await county.rotationPlan.propose({
      countyId,
      year,
      form: '支教',
      startDate: `${year}-09-01`,
      endDate: `${year + 1}-07-01`,
    });
    const plan = await county.rotationPlan.get({ countyId, year });
    if (run.status === 'planned' && plan.report.ok) await county.rotationPlan.submit({ planId: plan.plan!.id });
  });
}
