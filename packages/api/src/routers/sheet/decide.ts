import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, eq, inArray } from 'drizzle-orm';
import { badInput, notFound } from '../../problems';

const sheet = schema.allowanceSheet;
type State = (typeof sheet.$inferSelect)['state'];

/** Moves a sheet along draft → submitted → approved (or back to returned), only from the states allowed. */
export async function transition(
  tx: Transaction,
  user: SessionUser,
  sheetId: string,
  from: State[],
  to: State,
  comment: string | null = null,
) {
  const now = new Date();
  const stamp = to === 'submitted' ? { submittedBy: user.id, submittedAt: now } : { decidedBy: user.id, decidedAt: now };
  const [row] = await tx
    .update(sheet)
    .set({ state: to, ...stamp, ...(to === 'returned' ? { comment } : {}) })
    .where(and(eq(sheet.id, sheetId), inArray(sheet.state, from)))
    .returning();
  if (row) return row;
  const [exists] = await tx.select({ state: sheet.state }).from(sheet).where(eq(sheet.id, sheetId));
  if (!exists) throw notFound();
  throw badInput('sheetId', 'sheet_state', { state: exists.state });
}

/** Approves the named counties' submitted sheets of a month together; all or none. */
export async function approveMany(tx: Transaction, user: SessionUser, month: string, countyIds: string[]) {
  const rows = await tx
    .select({ id: sheet.id, state: sheet.state })
    .from(sheet)
    .where(and(eq(sheet.month, month), inArray(sheet.countyId, countyIds)));
  if (rows.length !== countyIds.length || rows.some((r) => r.state !== 'submitted')) throw badInput('countyIds', 'not_all_submitted');
  const approved = [];
  for (const row of rows) approved.push(await transition(tx, user, row.id, ['submitted'], 'approved'));
  return approved;
}
