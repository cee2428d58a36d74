import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { visible } from '../scope';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;

/**
 * Every visible county (or the one asked for) with its sheet of the month, if any: state, lines and total
 * in 分. The sheets list and the city's overview read this one statement.
 */
export function monthSheets(tx: Transaction, user: SessionUser, month: string, countyId?: string) {
  return tx
    .select({
      countyId: schema.county.id,
      countyName: schema.county.name,
      sheetId: sheet.id,
      state: sheet.state,
      comment: sheet.comment,
      computedAt: sheet.computedAt,
      lines: sql<number>`count(${line.id})`.mapWith(Number),
      totalFen: sql<number>`coalesce(sum(${line.amountFen}), 0)`.mapWith(Number),
    })
    .from(schema.county)
    .leftJoin(sheet, and(eq(sheet.tenantId, schema.county.tenantId), eq(sheet.countyId, schema.county.id), eq(sheet.month, month)))
    .leftJoin(line, and(eq(line.tenantId, sheet.tenantId), eq(line.sheetId, sheet.id)))
    .where(and(visible.counties(user), countyId ? eq(schema.county.id, countyId) : undefined))
    .groupBy(schema.county.tenantId, schema.county.id, sheet.tenantId, sheet.id)
    .orderBy(asc(schema.county.code));
}
