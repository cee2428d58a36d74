import { addDays } from '@tongxing/domain';
import type { Database } from '@tongxing/db';
import { asDemoUser, type DemoApi } from './act-as';
import { demoCertificatePdf } from './evidence';

async function schoolIdOf(api: DemoApi, name: string): Promise<string> {
  const { rows } = await api.school.list({ page: 1, search: name });
  const found = rows.find((s) => s.name === name);
  if (!found) throw new Error(`demo school ${name} not found`);
  return found.id;
}

async function teacherIdOf(api: DemoApi, name: string): Promise<string> {
  const { rows } = await api.teacher.list({ page: 1, search: name });
  const found = rows.find((t) => t.name === name);
  if (!found) throw new Error(`demo teacher ${name} not found`);
  return found.id;
}

/**
 * 岳阳 (source 001: about 100 pairs, city schools paired with rural ones, 100万元 a year): 东方红小学 paired
 * with 平江县长寿镇中心小学 — a 送教 the village school has confirmed, a 同步课堂 waiting for it — and a
 * community led by 岳阳市第一中学 with two 平江县 schools and no activity yet. The city credits 送教 to the
 * training ledger (校本), so the confirmed one gave its two participants (彭丽娟 who taught, 吴春香 who
 * received it, the demo teacher) 6 hours each.
 */
export async function seedPairingDemo(db: Database, today: string) {
  const pairId = await asDemoUser(db, 'yueyang', 'yy.admin', async (city) => {
    const [lead, member, first, county, village] = await Promise.all(
      ['岳阳楼区东方红小学', '平江县长寿镇中心小学', '岳阳市第一中学', '平江县第一中学', '平江县三墩乡新塘村小学'].map((name) =>
        schoolIdOf(city, name),
      ),
    );
    const pair = await city.pairing.create({
      name: '东方红小学—长寿镇中心小学',
      kind: 'pair',
      leadSchoolId: lead!,
      memberSchoolIds: [member!],
      startDate: addDays(today, -300),
      goals: '送教下乡与同步课堂，提升长寿镇中心小学语文、数学课堂教学',
      targets: { 送教: 2, 同步课堂: 4 },
      budgetFen: 5_000_000,
    });
    await city.pairing.create({
      name: '岳阳市第一中学城乡教育共同体',
      kind: 'community',
      leadSchoolId: first!,
      memberSchoolIds: [county!, village!],
      startDate: addDays(today, -200),
      targets: { 联合教研: 2 },
      budgetFen: 10_000_000,
    });
    await city.pairingSettings.set({ ownKinds: [], idleWeeks: 8, pendingDays: 14, credits: [{ kind: '送教', level: '校本' }] });
    const participantIds = await Promise.all(['彭丽娟', '吴春香'].map((name) => teacherIdOf(city, name)));
    return { pairId: pair.id, lead: lead!, member: member!, participantIds };
  });
  const evidence = async (title: string) => [
    { name: `${title}.pdf`, bytes: await demoCertificatePdf([title, 'Yueyang urban-rural school pairing']) },
  ];
  const [sent, lesson] = await asDemoUser(db, 'yueyang', 'yy.dongfanghong', async (school) => {
    const base = { pairId: pairId.pairId, givingSchoolId: pairId.lead, receivingSchoolIds: [pairId.member] };
    return Promise.all([
      school.pairingActivity.log({
        ...base,
        kind: '送教',
        startDate: addDays(today, -20),
        endDate: addDays(today, -20),
        description: '语文、数学骨干教师送教四节，课后集体评课',
        hours: 6,
        students: 120,
        teachers: 14,
        participantIds: pairId.participantIds,
        files: await evidence('Lesson record'),
      }),
      school.pairingActivity.log({
        ...base,
        kind: '同步课堂',
        startDate: addDays(today, -6),
        endDate: addDays(today, -6),
        description: '五年级数学同步课堂《分数的意义》',
        hours: 1,
        students: 48,
        files: await evidence('Shared lesson'),
      }),
    ]);
  });
  await asDemoUser(db, 'yueyang', 'yy.changshou', (school) => school.pairingActivity.confirm({ activityId: sent!.id }));
  return lesson!.id;
}
