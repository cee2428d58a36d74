import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;
let typeId: string;
const tiers = (village: number) => ({ kind: 'tier' as const, monthlyFenByClass: { 乡镇: 30_000, 村小: village, 教学点: village } });
const rule = (effectiveFrom: string, village: number, documentNo: string) => ({
  allowanceTypeId: typeId,
  documentNo,
  documentTitle: '白城市乡村教师生活补助标准',
  effectiveFrom,
  conditions: { locationClasses: ['乡镇', '村小', '教学点'], employmentTypes: ['在编' as const], inPostRequired: true },
  amount: tiers(village),
  proration: { kind: 'calendarDays' as const },
});

beforeAll(async () => {
  city = await makeCity('adjust');
  typeId = (await city.admin.caller.allowance.createType({ name: '乡村教师生活补助' })).id;
  const first = await city.admin.caller.allowance.createDraft(rule('2016-01-01', 50_000, '白政办发〔2016〕×号'));
  await city.admin.caller.allowance.publish({ ruleVersionId: first.id });
});

describe('worked example 6, end to end', () => {
  it('a version raising 村小 to 600 from 16 April, published after April was approved at 500, adds +50.00 for April to May’s sheet', async () => {
    const officer = city.county1Officer.caller;
    const april = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-04' });
    await officer.sheet.submit({ sheetId: april.sheet.id });
    await city.admin.caller.sheet.approve({ sheetId: april.sheet.id });

    const raise = await city.admin.caller.allowance.createDraft(rule('2026-04-16', 60_000, '白政办发〔2026〕×号'));
    await city.admin.caller.allowance.publish({ ruleVersionId: raise.id });

    const may = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-05' });
    expect(may).toMatchObject({ regular: 1, adjustments: 1 });
    const lines = await city.teacher1.caller.sheet.teacherLines({ teacherId: city.ids.teacher1, month: '2026-05' });
    expect(lines.map((l) => [l.kind, l.month, l.amountFen, l.approvedFen, l.recomputedFen])).toEqual([
      ['adjustment', '2026-04', 5_000, 50_000, 55_000],
      ['regular', '2026-05', 60_000, null, null],
    ]);
    const adjustment = lines[0]!.segments as { start: string; end: string; monthlyYuan: number; documentNo: string }[];
    expect(adjustment.map((s) => [s.start, s.end, s.monthlyYuan, s.documentNo])).toEqual([
      ['2026-04-01', '2026-04-16', 500, '白政办发〔2016〕×号'],
      ['2026-04-16', '2026-05-01', 600, '白政办发〔2026〕×号'],
    ]);
    // running May again changes nothing
    const again = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-05' });
    expect(again).toMatchObject({ regular: 1, adjustments: 1 });
  });
});
