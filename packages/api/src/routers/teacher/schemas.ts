import { EMPLOYMENT_TYPES } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, sortDir } from '../../inputs';
import { idNumber, mobile, postDate, postFields, startsAtWorkingAge, teacherFields } from '../../register/fields';

export const TEACHER_SORTS = ['name', 'school', 'birthDate'] as const;

export const listTeachersInput = z
  .object({
    ...listInput,
    countyId: entityId().optional(),
    schoolId: entityId().optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    sort: z.enum(TEACHER_SORTS).default('name'),
    dir: sortDir(),
  })
  .default({ page: 1, sort: 'name', dir: 'asc' });

/** A new person with their first post. */
export const createTeacherInput = z
  .object({
    idNumber: idNumber(),
    ...teacherFields,
    schoolId: entityId(),
    startDate: postDate(),
    ...postFields,
  })
  .superRefine(startsAtWorkingAge);

export const updateTeacherInput = z.object({ teacherId: entityId(), ...teacherFields });
export const teacherIdInput = z.object({ teacherId: entityId() });
export const updatePhoneInput = z.object({ teacherId: entityId(), phone: mobile() });

/** A transfer (new schoolId), a leave or return (status), or a change of roles, from `date`. */
export const changePostInput = z.object({
  teacherId: entityId(),
  date: postDate(),
  schoolId: entityId().optional(),
  employmentType: postFields.employmentType.optional(),
  status: z.enum(postFields.status.unwrap().options).optional(),
  roles: z.array(postFields.roles.unwrap().element).max(5).optional(),
});

export const endPostInput = z.object({ teacherId: entityId(), date: postDate() });
