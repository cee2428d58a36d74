import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badInput } from '../../problems';
import { changePost, endPost } from '../../register/posts';
import { covers, placementOf } from '../../scope';
import type { decideInput } from './schemas';

const r = schema.postRequest;

/**
 * Approving applies the proposal through the same post rules as a direct change; the decider must
 * also reach the destination (a county officer decides moves within the county, the city the rest).
 */
export async function decideRequest(tx: Transaction, user: SessionUser, input: z.infer<typeof decideInput>) {
  const [request] = await tx.select().from(r).where(eq(r.id, input.requestId)).for('update');
  if (!request) throw new TRPCError({ code: 'NOT_FOUND' });
  if (request.state !== 'pending') throw badInput('requestId', 'already_decided');
  if (input.approve) {
    if (request.toSchoolId) {
      const destination = await placementOf(tx, 'school', request.toSchoolId);
      if (!destination || !covers(user, destination)) throw new TRPCError({ code: 'FORBIDDEN' });
    }
    if (request.endService) await endPost(tx, request.teacherId, request.effectiveDate);
    else
      await changePost(tx, request.teacherId, request.effectiveDate, {
        ...(request.toSchoolId ? { schoolId: request.toSchoolId } : {}),
        ...(request.status ? { status: request.status } : {}),
        ...(request.roles ? { roles: request.roles } : {}),
      });
  }
  const [decided] = await tx
    .update(r)
    .set({
      state: input.approve ? 'approved' : 'rejected',
      decidedBy: user.id,
      decidedAt: new Date(),
      decisionComment: input.comment ?? null,
    })
    .where(eq(r.id, request.id))
    .returning();
  return decided!;
}
