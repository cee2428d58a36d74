import { checkCharacter } from '@tongxing/domain';
import type { Caller } from './callers';
import type { City } from './city';

/** A valid synthetic ID number of someone born 1990-01-01, by serial (check digit computed). */
export function idNumber(serial: number): string {
  const first17 = `22080219900101${String(serial).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** Three teachers of county 1's village school besides teacher1 (学员1, 学员2, 学员3): their ids. */
export async function addStudents(city: City): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const teacher = await city.admin.caller.teacher.create({
      idNumber: idNumber(i),
      name: `学员${i}`,
      schoolId: city.ids.school1,
      startDate: '2015-09-01',
      employmentType: '在编',
    });
    ids.push(teacher.id);
  }
  return ids;
}

export const assessment = { kind: 'assessment' } as const;

export async function programme(caller: Caller, fields: Partial<Parameters<Caller['programme']['create']>[0]> = {}) {
  return caller.programme.create({ name: '乡村教师能力提升', level: '省培', form: '集中培训', ...fields });
}

/** A short assessed cohort of a programme, in 2027; tests override what they are about. */
export function cohortFields(programmeId: string) {
  return {
    programmeId,
    name: '补充期',
    startDate: '2027-08-01',
    endDate: '2027-08-02',
    capacity: 5,
    hours: 10,
    completionRule: assessment,
  };
}
