import { isIsoDate, todayInChina } from '@tongxing/domain';
import { z } from 'zod';
import { code, requiredText } from '../../inputs';
import { schoolFields } from '../../routers/school/schemas';
import { manualEntryInput } from '../../routers/training/schemas';
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

const ledgerEntry = manualEntryInput.shape;

/**
 * A completed training of a national or provincial platform: the rules of the ledger's manual entry
 * form (hours, level, title, date not after today), the certificate number required, and the teacher
 * by ID number and name.
 */
export const hoursRow = z.object({
  certificateNo: requiredText(60),
  idNumber: idNumber(),
  name: teacherFields.name,
  title: ledgerEntry.name,
  level: ledgerEntry.level,
  // A cell is text: an empty one is missing, "40" a number, "40.5" not a whole one (int() would call it no number).
  hours: z.string().trim().min(1).pipe(z.coerce.number<string>().multipleOf(1)).pipe(ledgerEntry.hours),
  completedOn: ledgerEntry.completedOn.refine((day) => !isIsoDate(day) || day <= todayInChina(), { params: { key: 'date_in_future' } }),
});
export type HoursRow = z.output<typeof hoursRow> & { row: number };

/** A row of an external roster: who (ID number and name) and their unit, a school of the city by code or full name. */
export const rosterRow = z.object({
  idNumber: idNumber(),
  name: teacherFields.name,
  unit: requiredText(100),
});
export type RosterRow = z.output<typeof rosterRow> & { row: number };
