import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq } from 'drizzle-orm';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;

/** What a teacher's sheets hold for a month and why: regular lines and adjustments, with the sheet's state. */
export function teacherLinesOf(tx: Transaction, teacherId: string, month: string) {
  return tx
    .select({
      kind: line.kind,
      month: line.month,
      amountFen: line.amountFen,
      approvedFen: line.approvedFen,
      recomputedFen: line.recomputedFen,
      segments: line.segments,
      allowanceType: schema.allowanceType.name,
      sheetMonth: sheet.month,
      state: sheet.state,
    })
    .from(line)
    .innerJoin(sheet, and(eq(sheet.tenantId, line.tenantId), eq(sheet.id, line.sheetId)))
    .innerJoin(
      schema.allowanceType,
      and(eq(schema.allowanceType.tenantId, line.tenantId), eq(schema.allowanceType.id, line.allowanceTypeId)),
    )
    .where(and(eq(line.teacherId, teacherId), eq(sheet.month, month)))
    .orderBy(asc(line.kind), asc(line.month));
}
