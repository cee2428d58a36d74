import { describeError } from '@tongxing/api';
import { addMonths, todayInChina } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

/** A valid 身份证号 (GB 11643 check digit) for someone born on `birthDate`. */
function idNumberBornOn(birthDate: string): string {
  const body = `220802${birthDate.replaceAll('-', '')}021`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const today = todayInChina();
const seventeen = addMonths(today, -17 * 12);
const fifteen = addMonths(today, -15 * 12);
let city: City;
beforeAll(async () => {
  city = await makeCity('dates');
});

const message = (error: unknown, locale: 'zh' | 'en' = 'zh') => describeError(error, locale).message;

describe('impossible dates are refused, unlikely ones flagged', () => {
  it('refuses a first post before the teacher was 16, naming the field and the day, and creates nothing', async () => {
    const refused = await city.admin.caller.teacher
      .create({
        idNumber: idNumberBornOn(fifteen),
        name: '童工',
        schoolId: city.ids.school1,
        startDate: today,
        employmentType: '代课/临聘',
      })
      .catch((e: unknown) => e);
    expect(message(refused)).toBe(`开始日期：早于该教师年满 16 周岁之日（${addMonths(fifteen, 16 * 12)}，按身份证号中的出生日期）`);
    expect(message(refused, 'en')).toMatch(
      /^Start date: is before the teacher turned 16 \(\d{4}-\d{2}-\d{2}, from the birth date in the ID number\)$/,
    );
    expect((await city.admin.caller.teacher.list({ page: 1, search: '童工' })).total).toBe(0);
  });

  it('refuses change dates before 1950 or more than a year ahead', async () => {
    const api = city.admin.caller;
    const late = await api.teacher
      .changePost({ teacherId: city.ids.teacher1, date: '2099-09-01', status: '病假' })
      .catch((e: unknown) => e);
    expect(message(late)).toBe(`日期：不能晚于 ${addMonths(today, 12)}（最多为今天起一年内）`);
    const early = await api.teacher.endPost({ teacherId: city.ids.teacher1, date: '1949-12-31' }).catch((e: unknown) => e);
    expect(message(early)).toBe('日期：不能早于 1950-01-01');
    const proposed = await city.school1Admin.caller.request
      .propose({ teacherId: city.ids.teacher1, date: '2099-09-01', status: '病假' })
      .catch((e: unknown) => e);
    expect(message(proposed)).toBe(`日期：不能晚于 ${addMonths(today, 12)}（最多为今天起一年内）`);
  });

  it('flags on the quality board a post started at 17 and a move eight months ahead', async () => {
    const api = city.admin.caller;
    const young = await api.teacher.create({
      idNumber: idNumberBornOn(seventeen),
      name: '少年老师',
      schoolId: city.ids.school1,
      startDate: today,
      employmentType: '代课/临聘',
    });
    const later = addMonths(today, 8);
    await api.teacher.changePost({ teacherId: city.ids.teacher2, date: later, schoolId: city.ids.school1 });
    const board = await api.quality.board();
    expect(board.unlikelyStart.total).toBe(2);
    expect(board.unlikelyStart.rows.map((r) => [r.teacher_name, r.detail])).toEqual([
      ['李老师', later],
      ['少年老师', today],
    ]);
    expect(board.unlikelyStart.rows[1]!.teacher_id).toBe(young.id);
    // the county officer sees only their county's
    expect((await city.county2Officer.caller.quality.board()).unlikelyStart.rows.map((r) => r.teacher_name)).toEqual([]);
  });
});
