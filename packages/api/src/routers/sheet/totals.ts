import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { badInput } from '../../problems';
import { isoMonth } from '../../register/fields';
import { visible } from '../../scope';

/** The longest span of months the totals cover at once. */
export const TOTALS_MAX_MONTHS = 24;

export const totalsInput = z.object({ from: isoMonth(), to: isoMonth() });
export type TotalsInput = z.infer<typeof totalsInput>;

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;

/**
 * The totals of a range of months: every visible county (with or without sheets, so a county that has
 * not run its month shows as such), every sheet in the range with its state (even one with no lines),
 * and totals in 分 per sheet month × county × allowance type — one GROUP BY over the lines joined to
 * their sheets (adjustments count in the month of the sheet that pays them). A county officer sees only
 * their county.
 */
export async function sheetTotals(tx: Transaction, user: SessionUser, input: TotalsInput) {
  const span = monthIndex(input.to) - monthIndex(input.from);
  if (span < 0 || span >= TOTALS_MAX_MONTHS) throw badInput('to', 'month_range', { max: TOTALS_MAX_MONTHS });
  const inRange = and(gte(sheet.month, input.from), lte(sheet.month, input.to), visible.counties(user));
  const [counties, sheets, rows] = await Promise.all([
    tx
      .select({ id: schema.county.id, code: schema.county.code, name: schema.county.name })
      .from(schema.county)
      .where(visible.counties(user))
      .orderBy(asc(schema.county.code)),
    tx
      .select({ month: sheet.month, countyId: sheet.countyId, state: sheet.state })
      .from(sheet)
      .innerJoin(schema.county, and(eq(schema.county.tenantId, sheet.tenantId), eq(schema.county.id, sheet.countyId)))
      .where(inRange)
      .orderBy(asc(sheet.month), asc(schema.county.code)),
    tx
      .select({
        month: sheet.month,
        countyId: schema.county.id,
        countyCode: schema.county.code,
        countyName: schema.county.name,
        state: sheet.state,
        allowanceTypeId: schema.allowanceType.id,
        allowanceType: schema.allowanceType.name,
        lines: sql<number>`count(*)`.mapWith(Number),
        totalFen: sql<number>`coalesce(sum(${line.amountFen}), 0)`.mapWith(Number),
      })
      .from(line)
      .innerJoin(sheet, and(eq(sheet.tenantId, line.tenantId), eq(sheet.id, line.sheetId)))
      .innerJoin(schema.county, and(eq(schema.county.tenantId, sheet.tenantId), eq(schema.county.id, sheet.countyId)))
      .innerJoin(
        schema.allowanceType,
        and(eq(schema.allowanceType.tenantId, line.tenantId), eq(schema.allowanceType.id, line.allowanceTypeId)),
      )
      .where(inRange)
      .groupBy(
        sheet.month,
        sheet.tenantId,
        sheet.id,
        schema.county.tenantId,
        schema.county.id,
        schema.allowanceType.tenantId,
        schema.allowanceType.id,
      )
      .orderBy(asc(sheet.month), asc(schema.county.code), asc(schema.allowanceType.name)),
  ]);
  return { counties, sheets, rows };
}
