import { schema, type Transaction } from '@tongxing/db';
import { and, asc, between, eq } from 'drizzle-orm';
import { z } from 'zod';
import { entityId } from '../inputs';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;

export const teacherYearInput = z.object({ teacherId: entityId(), year: z.number().int().min(2000).max(2100) });

/**
 * Every line the sheets of a year hold for one teacher, in one query: the regular lines and the
 * adjustments (补发/扣回, `month` naming the month they correct), each with its sheet's month and state.
 */
export function teacherYearLines(tx: Transaction, { teacherId, year }: z.infer<typeof teacherYearInput>) {
  return tx
    .select({
      sheetMonth: sheet.month,
      state: sheet.state,
      kind: line.kind,
      month: line.month,
      amountFen: line.amountFen,
      approvedFen: line.approvedFen,
      recomputedFen: line.recomputedFen,
      segments: line.segments,
      allowanceType: schema.allowanceType.name,
    })
    .from(line)
    .innerJoin(sheet, and(eq(sheet.tenantId, line.tenantId), eq(sheet.id, line.sheetId)))
    .innerJoin(
      schema.allowanceType,
      and(eq(schema.allowanceType.tenantId, line.tenantId), eq(schema.allowanceType.id, line.allowanceTypeId)),
    )
    .where(and(eq(line.teacherId, teacherId), between(sheet.month, `${year}-01`, `${year}-12`)))
    .orderBy(asc(sheet.month), asc(line.kind), asc(line.month), asc(schema.allowanceType.sortOrder));
}
