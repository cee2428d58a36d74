import type { Database } from '@tongxing/db';
import type { Amount } from '@tongxing/domain';
import { asDemoUser, monthsFrom, teacherIdOf, type DemoApi } from './act-as';

const RURAL = ['乡镇', '村小', '教学点'];

/**
 * 白城 (source 003, 白城市教育精准扶贫实施意见 三(一)5): 在编在岗 rural teachers of the five counties,
 * 乡镇 300 元/人/月, 村小及教学点 500 元/人/月. The document carries no 文号, so its title is the
 * policy reference; it is undated, so the rule runs from the start of 十三五 (2016), as the tests' fixture does.
 */
export const BAICHENG_LIVING_RULE = {
  documentNo: '白城市教育精准扶贫实施意见',
  documentTitle: '白城市教育精准扶贫实施意见（认真落实乡村教师生活补助政策）',
  effectiveFrom: '2016-01-01',
  conditions: { locationClasses: RURAL, employmentTypes: ['在编' as const], inPostRequired: true },
  amount: { kind: 'tier' as const, monthlyFenByClass: { 乡镇: 30_000, 村小: 50_000, 教学点: 50_000 } },
  proration: { kind: 'calendarDays' as const },
};

/**
 * 兰州 (source 002, the city's 教育脱贫攻坚 implementation plan, which has neither title line nor 文号 in
 * the source: named here by what it is): rural teachers ≥ 300 元/月; 超工作量津贴 5% and 班主任津贴 10% of
 * the teachers' average annual pay (教师年均工资), whose yearly value is a wage base of the city.
 */
const LANZHOU_DOCUMENT = { documentNo: '兰州市教育脱贫攻坚实施方案', documentTitle: '兰州市教育脱贫攻坚实施方案（提高待遇留住师资）' };
export const LANZHOU_WAGE_BASE = '教师年均工资';
const lanzhouRule = (amount: Amount, rolesRequired?: '班主任'[]) => ({
  ...LANZHOU_DOCUMENT,
  effectiveFrom: '2018-01-01',
  conditions: { locationClasses: RURAL, employmentTypes: ['在编' as const, '特岗' as const], inPostRequired: true, rolesRequired },
  amount,
  proration: { kind: 'calendarDays' as const },
});
export const LANZHOU_RULES = [
  { type: '乡村教师生活补助', rule: lanzhouRule({ kind: 'fixed', monthlyFen: 30_000 }) },
  { type: '超工作量津贴', rule: lanzhouRule({ kind: 'percentage', baseName: LANZHOU_WAGE_BASE, rateBasisPoints: 500 }) },
  { type: '班主任津贴', rule: lanzhouRule({ kind: 'percentage', baseName: LANZHOU_WAGE_BASE, rateBasisPoints: 1_000 }, ['班主任']) },
];
/** Illustrative yearly values (the source gives none): this year 96,000 元, 3,600 元 less for each year before. */
export const lanzhouWageBaseFen = (year: number, thisYear: number) => 9_600_000 - 360_000 * (thisYear - year);

/** What the city sent back last month, and to whom. */
export const RETURN_COMMENT = '请核对平台镇中心学校本月新增班主任名单后重新计算并提交。';

/**
 * The months of the demo, relative to the month of `today`. 白城 approved 3 and 2 months back; a sick
 * leave of 陈宝山 from the 16th of 3 months back, reported after that month was approved, puts a 扣回 line
 * on 洮北区's sheet of 2 months back. Last month 洮北区 was returned with a comment, 洮南市 is submitted,
 * the others are drafts. 兰州 approved 2 months back; last month 榆中县 is submitted, the others are drafts.
 * Few months, because each run also recomputes the county's approved months (the first `pnpm dev` waits for this).
 */
export const demoMonths = (today: string) => {
  const m = (offset: number) => monthsFrom(today.slice(0, 7), offset);
  return { baichengApproved: [m(-3), m(-2)], lanzhouApproved: [m(-2)], lastMonth: m(-1), leaveMonth: m(-3) };
};

/** Runs each county's month (the county's own officer where it has a login, else the city) and submits the chosen ones. */
async function runCounties(city: DemoApi, officers: Map<string, DemoApi>, month: string, submit: (countyCode: string) => boolean) {
  const sheets = new Map<string, string>();
  // one after another: a person runs one month at a time (the `heavy` limit of the procedures)
  for (const county of await city.county.list()) {
    const api = officers.get(county.code) ?? city;
    const { sheet } = await api.sheet.run({ countyId: county.id, month });
    sheets.set(county.code, sheet.id);
    if (submit(county.code)) await api.sheet.submit({ sheetId: sheet.id });
  }
  return sheets;
}

async function approveMonth(city: DemoApi, officers: Map<string, DemoApi>, month: string) {
  await runCounties(city, officers, month, () => true);
  const counties = await city.county.list();
  await city.sheet.approveMany({ month, countyIds: counties.map((c) => c.id) });
}

async function baicheng(db: Database, today: string) {
  const months = demoMonths(today);
  await asDemoUser(db, 'baicheng', 'bc.admin', (city) =>
    asDemoUser(db, 'baicheng', 'bc.taobei', async (taobei) => {
      const typeId = (await city.allowance.createType({ name: '乡村教师生活补助' })).id;
      const draft = await city.allowance.createDraft({ allowanceTypeId: typeId, ...BAICHENG_LIVING_RULE });
      await city.allowance.publish({ ruleVersionId: draft.id });

      const officers = new Map([['220802', taobei]]);
      const [threeBack, twoBack] = months.baichengApproved as [string, string];
      await approveMonth(city, officers, threeBack);
      // reported late: sick from the 16th to the end of an approved month, so the next run takes it back
      const chen = await teacherIdOf(taobei, '陈宝山', '洮北区德顺乡永兴村小学');
      await taobei.teacher.changePost({ teacherId: chen, date: `${months.leaveMonth}-16`, status: '病假' });
      await taobei.teacher.changePost({ teacherId: chen, date: `${twoBack}-01`, status: '在岗' });
      await approveMonth(city, officers, twoBack);

      const last = await runCounties(city, officers, months.lastMonth, (code) => code === '220802' || code === '220881');
      await city.sheet.return({ sheetId: last.get('220802')!, comment: RETURN_COMMENT });
    }),
  );
}

async function lanzhou(db: Database, today: string) {
  const months = demoMonths(today);
  const thisYear = Number(today.slice(0, 4));
  await asDemoUser(db, 'lanzhou', 'lz.admin', (city) =>
    asDemoUser(db, 'lanzhou', 'lz.yuzhong', async (yuzhong) => {
      for (let year = thisYear - 2; year <= thisYear; year++) {
        await city.allowance.setBase({ name: LANZHOU_WAGE_BASE, year, annualFen: lanzhouWageBaseFen(year, thisYear) });
      }
      for (const [index, { type, rule }] of LANZHOU_RULES.entries()) {
        const typeId = (await city.allowance.createType({ name: type, sortOrder: 10 * (index + 1) })).id;
        const draft = await city.allowance.createDraft({ allowanceTypeId: typeId, ...rule });
        await city.allowance.publish({ ruleVersionId: draft.id });
      }
      const officers = new Map([['620123', yuzhong]]);
      for (const month of months.lanzhouApproved) await approveMonth(city, officers, month);
      await runCounties(city, officers, months.lastMonth, (code) => code === '620123');
    }),
  );
}

/** 白城's and 兰州's allowances, set up as their administrators and county officers would, relative to `today`. */
export async function seedAllowanceDemo(db: Database, today: string): Promise<void> {
  // two tenants, nothing shared: side by side (each on its own connections)
  await Promise.all([baicheng(db, today), lanzhou(db, today)]);
}
