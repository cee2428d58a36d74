import { addDays } from '@tongxing/domain';
import type { Database } from '@tongxing/db';
import { asDemoUser, type DemoApi } from './act-as';
import { demoCertificatePdf } from './evidence';

async function accountIdOf(api: DemoApi, username: string): Promise<string> {
  const { rows } = await api.account.list({ page: 1, search: username, sort: 'username', dir: 'asc' });
  const found = rows.find((a) => a.username === username);
  if (!found) throw new Error(`demo account ${username} not found`);
  return found.id;
}

/**
 * 张家口 (source 000: an audit campaign found people paid who were not in post, and data refreshed only
 * twice a year): the city's visit to 张北县 and 油篓沟乡中心学校 three weeks ago, with three problems —
 * the school's allowance roster, open and owned by its administrator (`zjk.youlougou`); its sign-off
 * sheets, rectified with a document and waiting for 销号; and the county's own data refresh, owned by
 * 张北县's officer (`zjk.zhangbei`).
 */
export async function seedInspectionDemo(db: Database, today: string) {
  const problems = await asDemoUser(db, 'zhangjiakou', 'zjk.admin', async (city) => {
    const countyId = (await city.county.list({ search: '张北县' })).find((c) => c.name === '张北县')!.id;
    const { rows: schools } = await city.school.list({ page: 1, search: '油篓沟' });
    const schoolId = schools.find((s) => s.name === '张北县油篓沟乡中心学校')!.id;
    const [schoolOwner, countyOwner] = await Promise.all([accountIdOf(city, 'zjk.youlougou'), accountIdOf(city, 'zjk.zhangbei')]);
    const visit = await city.inspection.create({
      visitedOn: addDays(today, -21),
      title: '乡村教师生活补助专项督查',
      inspectors: '市教育局督导室 刘建国、孙悦',
      notes: '抽查张北县补助发放名册与在岗情况，走访油篓沟乡中心学校',
      sites: [
        { countyId, schoolId },
        { countyId, schoolId: null },
      ],
    });
    const found = (description: string, extra: { category: '补助发放' | '台账数据'; owner: string; school: boolean; days: number }) =>
      city.inspectionProblem.create({
        visitId: visit.id,
        description,
        category: extra.category,
        countyId,
        ...(extra.school ? { schoolId, record: { kind: 'school' as const, id: schoolId } } : {}),
        ownerId: extra.owner,
        deadline: addDays(today, extra.days),
      });
    return Promise.all([
      found('补助名册中 2 人已调离仍在领取（有证无人）', { category: '补助发放', owner: schoolOwner, school: true, days: 9 }),
      found('9 月补助发放签收表缺本人签字', { category: '补助发放', owner: schoolOwner, school: true, days: 2 }),
      found('补助名册每年只更新两次，未随人员变动及时调整', { category: '台账数据', owner: countyOwner, school: false, days: 30 }),
    ]);
  });
  const signOff = await demoCertificatePdf(['9 月乡村教师生活补助签收表', '张北县油篓沟乡中心学校', '（补签）']);
  await asDemoUser(db, 'zhangjiakou', 'zjk.youlougou', (school) =>
    school.inspectionProblem.rectify({
      problemId: problems[1]!.id,
      note: '已补齐 9 月签收表，本人签字并由校长复核',
      files: [{ name: '9月签收表.pdf', bytes: signOff }],
    }),
  );
}
