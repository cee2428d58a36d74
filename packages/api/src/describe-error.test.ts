import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError } from './describe-error';
import { InputProblems } from './problems';

/** The error a procedure raises when its input fails the schema. */
function refusal(schema: z.ZodType, input: unknown): TRPCError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was expected to fail');
  return new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
}

const fen = () => z.number().int().max(100_000_000);

describe('describeError', () => {
  it('names a number below its minimum as such, not as a count of characters', () => {
    const error = refusal(z.object({ year: z.number().int().min(2000) }), { year: 1999 });
    expect(describeError(error, 'zh')).toEqual({ message: '年度：不能小于 2000', fieldErrors: { year: '不能小于 2000' } });
    expect(describeError(error, 'en')).toEqual({
      message: 'Year: must not be less than 2000',
      fieldErrors: { year: 'must not be less than 2000' },
    });
  });

  it('shows amounts in 分 as 元', () => {
    const negative = refusal(z.object({ annualFen: fen().min(0) }), { annualFen: -100 });
    expect(describeError(negative, 'zh').message).toBe('年度基数：不能小于 0.00 元');
    expect(describeError(negative, 'en').message).toBe('Annual base: must not be less than 0.00 yuan');
    const huge = refusal(z.object({ annualFen: fen() }), { annualFen: 100_000_001 });
    expect(describeError(huge, 'zh').message).toBe('年度基数：不能大于 1,000,000.00 元');
  });

  it('asks to choose at least one item of an empty list, naming the items once', () => {
    const error = refusal(z.object({ countyIds: z.array(z.uuid()).min(1) }), { countyIds: [] });
    expect(describeError(error, 'zh')).toEqual({ message: '请至少选择 1 个县区', fieldErrors: { countyIds: '请至少选择 1 个县区' } });
    expect(describeError(error, 'en').message).toBe('choose at least 1 (Counties)');
  });

  it('keeps string lengths as characters and empty strings as required', () => {
    const error = refusal(z.object({ name: z.string().min(1), note: z.string().max(3) }), { name: '', note: 'abcd' });
    expect(describeError(error, 'zh').message).toBe('名称：必填；说明：最多 3 个字符');
    expect(describeError(error, 'en').message).toBe('Name: required；Note: at most 3 characters');
  });

  it('says which format a code must have', () => {
    const error = refusal(z.object({ code: z.string().regex(/^[A-Za-z0-9_-]+$/) }), { code: 'bad code!' });
    expect(describeError(error, 'zh').fieldErrors).toEqual({ code: '格式不正确：只能用字母、数字、“_”和“-”，如 C01' });
    expect(describeError(error, 'en').fieldErrors).toEqual({ code: 'wrong format: letters, digits, “_” and “-” only, e.g. C01' });
  });

  it('lists the allowed values of a short enum', () => {
    const error = refusal(z.object({ sex: z.enum(['男', '女']) }), { sex: '?' });
    expect(describeError(error, 'zh').message).toBe('性别：须为以下之一：男、女');
    expect(describeError(error, 'en').message).toBe('Sex: must be one of: 男, 女');
  });

  it('names the object a part belongs to when several have parts of the same name (the rotation policy)', () => {
    const share = () => z.object({ percent: z.number().max(100) });
    const error = refusal(z.object({ quota: share(), staffingFloor: share() }), {
      quota: { percent: 10 },
      staffingFloor: { percent: 500 },
    });
    expect(describeError(error, 'zh')).toEqual({
      message: '派出学校底线（百分比）：不能大于 100',
      fieldErrors: { 'staffingFloor.percent': '不能大于 100' },
    });
    expect(describeError(error, 'en').message).toBe('Staffing floor (percentage): must not be more than 100');
  });

  it('names the tier of a tier table and the row of a list', () => {
    const tiers = refusal(z.object({ amount: z.object({ monthlyFenByClass: z.record(z.string(), fen().min(0)) }) }), {
      amount: { monthlyFenByClass: { 村小: 300_00, 教学点: -1 } },
    });
    expect(describeError(tiers, 'zh').message).toBe('“教学点”档：不能小于 0.00 元');
    expect(describeError(tiers, 'en').message).toBe('tier “教学点”: must not be less than 0.00 yuan');
    const rows = refusal(z.object({ countyIds: z.array(z.uuid()) }), { countyIds: ['7d7f7a4e-4b6a-4d55-9a5b-2f3d1c0e9b11', 'x'] });
    expect(describeError(rows, 'zh').message).toBe('县区第 2 项：不是有效的记录（请从列表中选择）');
    expect(describeError(rows, 'en').message).toBe('Counties no. 2: not a valid record (choose one from the list)');
  });

  it('says what amount format is expected, naming the tier by number and class', () => {
    const error = new InputProblems([{ field: 'amount', key: 'yuan_format', place: { tier: '村小', tierNo: 2 } }]);
    expect(describeError(error, 'zh')).toEqual({
      message: '第 2 档（村小）：金额格式：最多两位小数的元，如 300 或 300.50',
      fieldErrors: { amount: '第 2 档（村小）：金额格式：最多两位小数的元，如 300 或 300.50' },
    });
    expect(describeError(error, 'en').message).toBe('tier 2 (村小): amount format: yuan with at most two decimals, e.g. 300 or 300.50');
  });

  it('reports two tiers with problems both, and the field once', () => {
    const error = new InputProblems([
      { field: 'amount', key: 'yuan_format', place: { tier: '村小', tierNo: 1 } },
      { field: 'amount', key: 'yuan_format', place: { tier: '教学点', tierNo: 3 } },
    ]);
    const { message, fieldErrors } = describeError(error, 'zh');
    expect(message.split('；')).toHaveLength(2);
    expect(message).toContain('第 3 档（教学点）');
    expect(Object.keys(fieldErrors)).toEqual(['amount']);
  });

  it('gives a not-a-number message when a number is expected', () => {
    const error = refusal(z.object({ year: z.number() }), { year: 'abc' });
    expect(describeError(error, 'zh').message).toBe('年度：须为数字');
    expect(describeError(error, 'en').message).toBe('Year: must be a number');
  });
});
