import { describeError } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { BAICHENG_RULE } from '../support/rules';
import { closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
let livingId: string;
let firstVersionId: string;

const baicheng = BAICHENG_RULE;

beforeAll(async () => {
  city = await makeCity('allow');
  livingId = (await city.admin.caller.allowance.createType({ name: '乡村教师生活补助' })).id;
  firstVersionId = (await city.admin.caller.allowance.createDraft({ allowanceTypeId: livingId, ...baicheng })).id;
  await city.admin.caller.allowance.publish({ ruleVersionId: firstVersionId });
});

describe('allowance rules', () => {
  it('computes a teacher’s month from the register with the published rule, and explains it', async () => {
    // teacher 1: 在编 at 一县村小 (村小) since 2020-09-01
    const [line] = await city.teacher1.caller.allowance.preview({ teacherId: city.ids.teacher1, month: '2026-03' });
    expect(line).toMatchObject({ amountFen: 50_000, allowanceTypeName: '乡村教师生活补助' });
    expect(line!.segments).toEqual([
      expect.objectContaining({
        start: '2026-03-01',
        end: '2026-04-01',
        days: 31,
        schoolName: '一县村小',
        locationClass: '村小',
        monthlyYuan: 500,
        documentNo: '白政办发〔2016〕×号',
      }),
    ]);
    // teacher 2 is 特岗: no line
    expect(await city.admin.caller.allowance.preview({ teacherId: city.ids.teacher2, month: '2026-03' })).toEqual([]);
  });

  it('supersedes a published version with a later one, which then governs from its day', async () => {
    const raise = await city.admin.caller.allowance.createDraft({
      allowanceTypeId: livingId,
      ...baicheng,
      documentNo: '白政办发〔2026〕×号',
      effectiveFrom: '2026-04-16',
      amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 60_000, 教学点: 60_000 } },
    });
    await city.admin.caller.allowance.publish({ ruleVersionId: raise.id });
    const [april] = await city.admin.caller.allowance.preview({ teacherId: city.ids.teacher1, month: '2026-04' });
    expect(april!.amountFen).toBe(55_000);
    expect(april!.segments.map((s) => [s.start, s.end, s.monthlyYuan])).toEqual([
      ['2026-04-01', '2026-04-16', 500],
      ['2026-04-16', '2026-05-01', 600],
    ]);
  });

  it('refuses bad rules naming the problem, and changes nothing', async () => {
    const missing = await city.admin.caller.allowance
      .createDraft({
        allowanceTypeId: livingId,
        ...baicheng,
        effectiveFrom: '2027-01-01',
        amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 50_000 } },
      })
      .catch((e: unknown) => e);
    expect(describeError(missing, 'zh').message).toBe('标准：缺少地域类别“教学点”的标准');
    const negative = await city.admin.caller.allowance
      .createDraft({ allowanceTypeId: livingId, ...baicheng, effectiveFrom: '2027-01-01', amount: { kind: 'fixed', monthlyFen: -100 } })
      .catch((e: unknown) => e);
    expect(describeError(negative, 'zh').message).toBe('标准：金额不能为负数');
    const sameDay = await city.admin.caller.allowance.createDraft({ allowanceTypeId: livingId, ...baicheng });
    const overlap = await city.admin.caller.allowance.publish({ ruleVersionId: sameDay.id }).catch((e: unknown) => e);
    expect(describeError(overlap, 'zh').message).toBe('生效日期：同一补助类型已有从 2016-01-01 起的发布版本');
    const versions = await city.admin.caller.allowance.versions({ allowanceTypeId: livingId });
    expect(versions.filter((v) => v.state === 'published').map((v) => v.effectiveFrom)).toEqual(['2026-04-16', '2016-01-01']);
  });

  it('never edits a published version, through the API or directly', async () => {
    await expect(
      city.admin.caller.allowance.updateDraft({ ruleVersionId: firstVersionId, ...baicheng, documentNo: '改' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ownerDb().sql`update allowance_rule_version set document_no = '改' where id = ${firstVersionId}`).rejects.toThrow(
      /never edited/,
    );
  });

  it('computes a percentage of a wage base (兰州 班主任津贴 10% of 96,000 元)', async () => {
    const head = (await city.admin.caller.allowance.createType({ name: '班主任津贴' })).id;
    await city.admin.caller.allowance.setBase({ name: '教师年平均工资', year: 2026, annualFen: 9_600_000 });
    const draft = await city.admin.caller.allowance.createDraft({
      allowanceTypeId: head,
      documentNo: '兰政办发〔2019〕×号',
      documentTitle: '兰州市乡村教师支持计划实施办法',
      effectiveFrom: '2020-01-01',
      conditions: { inPostRequired: true, rolesRequired: ['班主任'] },
      amount: { kind: 'percentage', baseName: '教师年平均工资', rateBasisPoints: 1_000 },
      proration: { kind: 'calendarDays' },
    });
    await city.admin.caller.allowance.publish({ ruleVersionId: draft.id });
    expect(
      (await city.admin.caller.allowance.preview({ teacherId: city.ids.teacher2, month: '2026-09' })).map((l) => l.allowanceTypeName),
    ).toEqual([]);
    await city.admin.caller.teacher.changePost({ teacherId: city.ids.teacher2, date: '2026-09-01', roles: ['班主任'] });
    expect(await city.admin.caller.allowance.preview({ teacherId: city.ids.teacher2, month: '2026-08' })).toEqual([]);
    const [september] = await city.admin.caller.allowance.preview({ teacherId: city.ids.teacher2, month: '2026-09' });
    expect(september).toMatchObject({ allowanceTypeName: '班主任津贴', amountFen: 80_000 });
  });

  it('lets county officers read the rules but only the city change them', async () => {
    expect((await city.county1Officer.caller.allowance.types()).map((t) => t.name)).toContain('乡村教师生活补助');
    await expect(city.county1Officer.caller.allowance.publish({ ruleVersionId: firstVersionId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(city.teacher1.caller.allowance.preview({ teacherId: city.ids.teacher2, month: '2026-03' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('renames a type; deletes one with no published version and no lines, refusing otherwise with the reason', async () => {
    const api = city.admin.caller;
    const typo = await api.allowance.createType({ name: '乡村教师生活不住' });
    await api.allowance.createDraft({ allowanceTypeId: typo.id, ...baicheng, effectiveFrom: '2030-01-01' });
    expect(await api.allowance.renameType({ allowanceTypeId: typo.id, name: '误建类型' })).toMatchObject({ name: '误建类型' });
    const taken = await api.allowance.renameType({ allowanceTypeId: typo.id, name: '乡村教师生活补助' }).catch((e: unknown) => e);
    expect(taken).toMatchObject({ code: 'CONFLICT' });
    await expect(city.county1Officer.caller.allowance.deleteType({ allowanceTypeId: typo.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await api.allowance.deleteType({ allowanceTypeId: typo.id })).toEqual({ id: typo.id, name: '误建类型' });
    expect((await api.allowance.types()).map((t) => t.name)).not.toContain('误建类型');
    expect((await api.allowance.versions({})).filter((v) => v.allowanceTypeId === typo.id)).toEqual([]);

    const published = await api.allowance.deleteType({ allowanceTypeId: livingId }).catch((e: unknown) => e);
    expect(describeError(published, 'zh').message).toBe('补助类型：该补助类型已有发布的标准版本，不能删除（可以改名）');
    expect(describeError(published, 'en').message).toBe(
      'Allowance type: this allowance type has a published rule version and cannot be deleted (it can be renamed)',
    );
    expect((await api.allowance.types()).map((t) => t.id)).toContain(livingId);
  });
});
