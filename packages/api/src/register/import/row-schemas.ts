import { z } from 'zod';
import { code } from '../../inputs';
import { schoolFields } from '../../routers/school/schemas';
import { idNumber, postDate, postFields, startsAtWorkingAge, teacherFields } from '../fields';
import { splitList } from './records';

/** A teacher row: the field rules of the teacher forms, plus the school by its code. */
export const teacherRow = z
  .object({
    idNumber: idNumber(),
    name: teacherFields.name,
    phone: teacherFields.phone,
    education: teacherFields.education,
    title: teacherFields.title,
    bankCard: teacherFields.bankCard,
    schoolCode: code(),
    startDate: postDate(),
    employmentType: postFields.employmentType,
    status: postFields.status,
    roles: z.preprocess(splitList, postFields.roles),
  })
  .superRefine(startsAtWorkingAge);
export type TeacherRow = z.output<typeof teacherRow> & { row: number };

/** A school row: the field rules of the school forms, plus the county by its code. */
export const schoolRow = z.object({
  code: code(),
  name: schoolFields.name,
  countyCode: code(),
  schoolType: schoolFields.schoolType,
  locationClass: schoolFields.locationClass,
  terrainClass: schoolFields.terrainClass,
  address: schoolFields.address,
});
export type SchoolRow = z.output<typeof schoolRow> & { row: number };
