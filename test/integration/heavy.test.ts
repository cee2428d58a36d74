import { describeError } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;
let draftId: string;

beforeAll(async () => {
  city = await makeCity('heavy');
  const type = await city.admin.caller.allowance.createType({ name: '乡村教师生活补助' });
  draftId = (
    await city.admin.caller.allowance.createDraft({
      allowanceTypeId: type.id,
      documentNo: '〔2026〕9号',
      documentTitle: '测试',
      effectiveFrom: '2026-01-01',
      conditions: { inPostRequired: true },
      amount: { kind: 'fixed', monthlyFen: 30_000 },
      proration: { kind: 'calendarDays' },
    })
  ).id;
});

describe('heavy procedures', () => {
  it('run one at a time per user: a second while the first runs gets a readable refusal, and the next one runs', async () => {
    const simulate = () => city.admin.caller.allowance.simulate({ draftIds: [draftId], from: '2026-01', to: '2026-12' });
    const [first, second] = await Promise.allSettled([simulate(), simulate()]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refusal = (first.status === 'rejected' ? first.reason : (second as PromiseRejectedResult).reason) as Error;
    expect(refusal).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(describeError(refusal, 'zh').message).toContain('耗时操作');
    await expect(simulate()).resolves.toMatchObject({ months: expect.any(Array) });
  });

  it('do not hold back another user of the same city', async () => {
    const [admin, officer] = await Promise.all([
      city.admin.caller.allowance.simulate({ draftIds: [draftId], from: '2026-01', to: '2026-12' }),
      city.county1Officer.caller.export.teachers({}),
    ]);
    expect(admin.months).toHaveLength(12);
    expect(officer).toBeDefined();
  });
});
