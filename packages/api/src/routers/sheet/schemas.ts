import { z } from 'zod';
import { entityId, listInput } from '../../inputs';
import { isoMonth as month } from '../../register/fields';

export const runInput = z.object({ countyId: entityId(), month: month() });
export const sheetIdInput = z.object({ sheetId: entityId() });
export const returnInput = z.object({ sheetId: entityId(), comment: z.string().trim().min(1).max(200) });
/** Several counties' sheets of a month at once (the city); each must be submitted. */
export const approveManyInput = z.object({ month: month(), countyIds: z.array(z.uuid()).min(1).max(200) });
export const overviewInput = z.object({ month: month() });
export const linesInput = z.object({ sheetId: entityId(), ...listInput });
export const teacherLinesInput = z.object({ teacherId: entityId(), month: month() });
