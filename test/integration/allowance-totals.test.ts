import { describeError } from '@tongxing/api';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;

beforeAll(async () => {
  city = await makeCity('totals');
  const api = city.admin.caller;
  await publishBaichengRule(api);
  const officer = city.county1Officer.caller;
  const march = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-03' });
  await officer.sheet.run({ countyId: city.ids.county1, month: '2026-04' });
  await officer.sheet.submit({ sheetId: march.sheet.id });
  await api.sheet.approve({ sheetId: march.sheet.id });
});

const shape = (rows: { month: string; countyName: string; state: string; allowanceType: string; lines: number; totalFen: number }[]) =>
  rows.map((r) => [r.month, r.countyName, r.state, r.allowanceType, r.lines, r.totalFen]);

describe('totals by month, county and allowance type', () => {
  it('sums the lines of every visible sheet in the range, with each sheet’s state', async () => {
    const { rows } = await city.admin.caller.sheet.totals({ from: '2026-01', to: '2026-06' });
    expect(shape(rows)).toEqual([
      ['2026-03', '一县', 'approved', '乡村教师生活补助', 1, 50_000],
      ['2026-04', '一县', 'draft', '乡村教师生活补助', 1, 50_000],
    ]);
    expect(shape((await city.admin.caller.sheet.totals({ from: '2026-04', to: '2026-04' })).rows)).toEqual([
      ['2026-04', '一县', 'draft', '乡村教师生活补助', 1, 50_000],
    ]);
  });

  it('lists every visible county, with or without a sheet, and every sheet with its state', async () => {
    const totals = await city.admin.caller.sheet.totals({ from: '2026-01', to: '2026-06' });
    expect(totals.counties.map((c) => c.name)).toEqual(['一县', '二县']);
    expect(totals.sheets).toEqual([
      { month: '2026-03', countyId: city.ids.county1, state: 'approved' },
      { month: '2026-04', countyId: city.ids.county1, state: 'draft' },
    ]);
  });

  it('shows a county officer their own county only', async () => {
    const own = await city.county1Officer.caller.sheet.totals({ from: '2026-01', to: '2026-06' });
    expect(shape(own.rows)).toHaveLength(2);
    expect(own.counties.map((c) => c.name)).toEqual(['一县']);
    expect(await city.county2Officer.caller.sheet.totals({ from: '2026-01', to: '2026-06' })).toEqual({
      counties: [{ id: city.ids.county2, code: expect.any(String), name: '二县' }],
      sheets: [],
      rows: [],
    });
  });

  it('refuses a reversed or too long range, naming the problem', async () => {
    const reversed = await city.admin.caller.sheet.totals({ from: '2026-05', to: '2026-04' }).catch((e: unknown) => e);
    expect(describeError(reversed, 'zh').message).toBe('截止月份：须不早于起始月份，且最多 24 个月');
    await expect(city.admin.caller.sheet.totals({ from: '2024-01', to: '2025-12' })).resolves.toMatchObject({ sheets: [], rows: [] });
    await expect(city.admin.caller.sheet.totals({ from: '2024-01', to: '2026-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(city.school1Admin.caller.sheet.totals({ from: '2026-01', to: '2026-06' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
