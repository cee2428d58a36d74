import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badInput, notFound } from '../../problems';
import type { withdrawInput } from './schemas';

const r = schema.postRequest;

/**
 * A proposer takes back their own request while it waits; someone else's request looks missing. The
 * row stays (state `withdrawn`, decided by the proposer) and the audit trigger records the change.
 */
export async function withdrawRequest(tx: Transaction, user: SessionUser, input: z.infer<typeof withdrawInput>) {
  const [request] = await tx
    .select({ id: r.id, state: r.state })
    .from(r)
    .where(and(eq(r.id, input.requestId), eq(r.requestedBy, user.id)))
    .for('update');
  if (!request) throw notFound();
  if (request.state !== 'pending') throw badInput('requestId', 'already_decided');
  const [withdrawn] = await tx
    .update(r)
    .set({ state: 'withdrawn', decidedBy: user.id, decidedAt: new Date() })
    .where(eq(r.id, request.id))
    .returning();
  return withdrawn!;
}
