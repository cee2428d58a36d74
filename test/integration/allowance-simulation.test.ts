import { describeError } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { BAICHENG_RULE } from '../support/rules';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

const baicheng = BAICHENG_RULE;

let city: City;
let typeId: string;
let publishedId: string;
let raiseId: string;

beforeAll(async () => {
  city = await makeCity('sim');
  const api = city.admin.caller;
  typeId = (await api.allowance.createType({ name: '乡村教师生活补助' })).id;
  publishedId = (await api.allowance.createDraft({ allowanceTypeId: typeId, ...baicheng })).id;
  await api.allowance.publish({ ruleVersionId: publishedId });
  // the draft: 村小 and 教学点 raised to 600 元/月 from 16 April 2026
  raiseId = (
    await api.allowance.createDraft({
      allowanceTypeId: typeId,
      ...baicheng,
      documentNo: '白政办发〔2026〕×号',
      effectiveFrom: '2026-04-16',
      amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 60_000, 教学点: 60_000 } },
    })
  ).id;
});

describe('policy simulation', () => {
  it('costs a draft against the published rules per county, month and year, and counts who gains', async () => {
    // teacher 1: 在编 at 一县村小 all year; teacher 2: 特岗 at 二县中学 (县城), paid nothing either way
    const result = await city.admin.caller.allowance.simulate({ draftIds: [raiseId], from: '2026-01', to: '2026-12' });
    expect(result.months.map((m) => m.period)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    const county = (period: (typeof result.months)[number], countyId: string) => period.counties.find((c) => c.countyId === countyId)!;

    const march = result.months[2]!;
    expect(county(march, city.ids.county1)).toMatchObject({
      countyName: '一县',
      currentFen: 50_000,
      proposedFen: 50_000,
      gain: 0,
      lose: 0,
      same: 1,
    });
    // April: (500 × 15 + 600 × 15) ÷ 30 = 550.00
    const april = result.months[3]!;
    expect(county(april, city.ids.county1)).toMatchObject({ currentFen: 50_000, proposedFen: 55_000, gain: 1, lose: 0, same: 0 });
    expect(county(april, city.ids.county2)).toMatchObject({ countyName: '二县', currentFen: 0, proposedFen: 0, gain: 0, lose: 0, same: 1 });
    expect(april.total).toEqual({ currentFen: 50_000, proposedFen: 55_000, gain: 1, lose: 0, same: 1 });
    expect(county(result.months[4]!, city.ids.county1)).toMatchObject({ currentFen: 50_000, proposedFen: 60_000, gain: 1 });

    // the year: 12 × 500.00 = 6,000.00 now; 3 × 500 + 550 + 8 × 600 = 6,850.00 with the draft: +850.00
    const [year] = result.years;
    expect(year!.period).toBe('2026');
    expect(county(year!, city.ids.county1)).toMatchObject({ currentFen: 600_000, proposedFen: 685_000, gain: 1, lose: 0, same: 0 });
    expect(county(year!, city.ids.county2)).toMatchObject({ currentFen: 0, proposedFen: 0, gain: 0, lose: 0, same: 1 });
    expect(year!.total).toEqual({ currentFen: 600_000, proposedFen: 685_000, gain: 1, lose: 0, same: 1 });

    // nothing was published
    const versions = await city.admin.caller.allowance.versions({ allowanceTypeId: typeId });
    expect(versions.find((v) => v.id === raiseId)!.state).toBe('draft');
  });

  it('counts a teacher who loses, and splits the years of a range', async () => {
    const cut = await city.admin.caller.allowance.createDraft({
      allowanceTypeId: typeId,
      ...baicheng,
      documentNo: '白政办发〔2027〕×号',
      effectiveFrom: '2027-01-01',
      amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 40_000, 教学点: 40_000 } },
    });
    const result = await city.admin.caller.allowance.simulate({ draftIds: [raiseId, cut.id], from: '2026-12', to: '2027-01' });
    expect(result.years.map((y) => [y.period, y.total])).toEqual([
      ['2026', { currentFen: 50_000, proposedFen: 60_000, gain: 1, lose: 0, same: 1 }],
      ['2027', { currentFen: 50_000, proposedFen: 40_000, gain: 0, lose: 1, same: 1 }],
    ]);
  });

  it('takes only drafts of this city, checked as publishing would check them, from the city administrator', async () => {
    const published = await city.admin.caller.allowance
      .simulate({ draftIds: [publishedId], from: '2026-01', to: '2026-12' })
      .catch((e: unknown) => e);
    expect(describeError(published, 'zh').message).toBe('标准草稿：每一项都须是本市的标准草稿');
    const other = await makeCity('sim-other');
    const otherType = (await other.admin.caller.allowance.createType({ name: '乡村教师生活补助' })).id;
    const otherDraft = (await other.admin.caller.allowance.createDraft({ allowanceTypeId: otherType, ...baicheng })).id;
    const foreign = await city.admin.caller.allowance
      .simulate({ draftIds: [otherDraft], from: '2026-01', to: '2026-12' })
      .catch((e: unknown) => e);
    expect(describeError(foreign, 'zh').message).toBe('标准草稿：每一项都须是本市的标准草稿');

    const sameDay = (await city.admin.caller.allowance.createDraft({ allowanceTypeId: typeId, ...baicheng })).id;
    const overlap = await city.admin.caller.allowance
      .simulate({ draftIds: [sameDay], from: '2026-01', to: '2026-12' })
      .catch((e: unknown) => e);
    expect(describeError(overlap, 'zh').message).toBe('生效日期：同一补助类型已有从 2016-01-01 起的发布版本');
    const range = await city.admin.caller.allowance
      .simulate({ draftIds: [raiseId], from: '2026-01', to: '2028-01' })
      .catch((e: unknown) => e);
    expect(describeError(range, 'zh').message).toBe('截止月份：须不早于起始月份，且最多 24 个月');

    await expect(
      city.county1Officer.caller.allowance.simulate({ draftIds: [raiseId], from: '2026-01', to: '2026-12' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
