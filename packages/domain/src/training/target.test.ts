import { describe, expect, it } from 'vitest';
import { LOCATION_CLASSES, SCHOOL_TYPES } from '../org';
import { SUBJECTS } from '../register/teacher-fields';
import { targetGroupSchema, targetMismatch, type TargetFacts, type TargetGroup } from './target';

const COUNTY_A = '0b6f6c1e-3f4a-4c2b-9a55-1d2e3f4a5b6c';
const COUNTY_B = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

const ANY: TargetGroup = { schoolTypes: [], locationClasses: [], countyIds: [], subjects: [], roles: [] };
const group = (g: Partial<TargetGroup>): TargetGroup => ({ ...ANY, ...g });

/** A 村小 maths and science teacher, 班主任, no 骨干 title. */
const TEACHER: TargetFacts = {
  schoolType: '小学',
  locationClass: '村小',
  countyId: COUNTY_A,
  subjects: ['数学', '科学'],
  postRoles: ['班主任'],
  keyTeacherLevel: null,
};
const teacher = (f: Partial<TargetFacts>): TargetFacts => ({ ...TEACHER, ...f });

describe('targetMismatch', () => {
  it('empty lists admit anyone', () => {
    expect(targetMismatch(ANY, TEACHER)).toBeNull();
  });

  it('checks each criterion', () => {
    expect(targetMismatch(group({ schoolTypes: ['初中', '九年一贯制'] }), TEACHER)).toEqual({ criterion: 'schoolType' });
    expect(targetMismatch(group({ schoolTypes: ['小学'] }), TEACHER)).toBeNull();
    expect(targetMismatch(group({ locationClasses: ['乡镇'] }), TEACHER)).toEqual({ criterion: 'locationClass' });
    expect(targetMismatch(group({ locationClasses: ['乡镇', '村小', '教学点'] }), TEACHER)).toBeNull();
    expect(targetMismatch(group({ countyIds: [COUNTY_B] }), TEACHER)).toEqual({ criterion: 'county' });
    expect(targetMismatch(group({ countyIds: [COUNTY_B, COUNTY_A] }), TEACHER)).toBeNull();
  });

  it('a subject matches when any of the teacher’s subjects is listed', () => {
    expect(targetMismatch(group({ subjects: ['语文', '英语'] }), TEACHER)).toEqual({ criterion: 'subject' });
    expect(targetMismatch(group({ subjects: ['科学'] }), TEACHER)).toBeNull();
    expect(targetMismatch(group({ subjects: ['科学'] }), teacher({ subjects: [] }))).toEqual({ criterion: 'subject' });
  });

  it('a role matches when any listed role holds', () => {
    expect(targetMismatch(group({ roles: ['班主任'] }), TEACHER)).toBeNull();
    expect(targetMismatch(group({ roles: ['校长/副校长'] }), TEACHER)).toEqual({ criterion: 'role' });
    expect(targetMismatch(group({ roles: ['校长/副校长'] }), teacher({ postRoles: ['副校长'] }))).toBeNull();
    expect(targetMismatch(group({ roles: ['校长/副校长'] }), teacher({ postRoles: ['校长'] }))).toBeNull();
    expect(targetMismatch(group({ roles: ['校长/副校长'] }), teacher({ postRoles: ['教研组长'] }))).toEqual({ criterion: 'role' });
    expect(targetMismatch(group({ roles: ['骨干'] }), TEACHER)).toEqual({ criterion: 'role' });
    expect(targetMismatch(group({ roles: ['骨干'] }), teacher({ keyTeacherLevel: '县级' }))).toBeNull();
    expect(targetMismatch(group({ roles: ['骨干', '校长/副校长'] }), teacher({ postRoles: [] }))).toEqual({ criterion: 'role' });
    expect(targetMismatch(group({ roles: ['骨干', '班主任'] }), TEACHER)).toBeNull();
  });

  it('reports the first failing criterion in order', () => {
    const strict = group({
      schoolTypes: ['初中'],
      locationClasses: ['城市'],
      countyIds: [COUNTY_B],
      subjects: ['语文'],
      roles: ['骨干'],
    });
    expect(targetMismatch(strict, TEACHER)).toEqual({ criterion: 'schoolType' });
    expect(targetMismatch({ ...strict, schoolTypes: [] }, TEACHER)).toEqual({ criterion: 'locationClass' });
    expect(targetMismatch({ ...strict, schoolTypes: [], locationClasses: [] }, TEACHER)).toEqual({ criterion: 'county' });
    expect(targetMismatch({ ...strict, schoolTypes: [], locationClasses: [], countyIds: [] }, TEACHER)).toEqual({ criterion: 'subject' });
    expect(targetMismatch({ ...ANY, roles: ['骨干'] }, TEACHER)).toEqual({ criterion: 'role' });
  });
});

describe('targetGroupSchema', () => {
  it('defaults missing lists to empty and trims names', () => {
    expect(targetGroupSchema.parse({})).toEqual(ANY);
    expect(targetGroupSchema.parse({ schoolTypes: [' 小学 '], roles: ['骨干'], countyIds: [COUNTY_A] })).toEqual(
      group({ schoolTypes: ['小学'], roles: ['骨干'], countyIds: [COUNTY_A] }),
    );
  });

  it('takes the built-in lists', () => {
    expect(
      targetGroupSchema.safeParse({ schoolTypes: [...SCHOOL_TYPES], locationClasses: [...LOCATION_CLASSES], subjects: [...SUBJECTS] })
        .success,
    ).toBe(true);
  });

  it('refuses blank or long names, unknown roles, non-uuid counties and long lists', () => {
    expect(targetGroupSchema.safeParse({ subjects: ['  '] }).success).toBe(false);
    expect(targetGroupSchema.safeParse({ subjects: ['字'.repeat(41)] }).success).toBe(false);
    expect(targetGroupSchema.safeParse({ subjects: ['字'.repeat(40)] }).success).toBe(true);
    expect(targetGroupSchema.safeParse({ roles: ['教研组长'] }).success).toBe(false);
    expect(targetGroupSchema.safeParse({ countyIds: ['taonan'] }).success).toBe(false);
    expect(targetGroupSchema.safeParse({ locationClasses: Array.from({ length: 51 }, (_, i) => `类${i}`) }).success).toBe(false);
    expect(targetGroupSchema.safeParse({ locationClasses: Array.from({ length: 50 }, (_, i) => `类${i}`) }).success).toBe(true);
  });
});
