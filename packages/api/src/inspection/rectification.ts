import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { nextProblemState, ownerTakes, type ProblemAction } from '@tongxing/domain';
import { recordEvidence, type Upload } from '../evidence/save';
import { badInput, notFound } from '../problems';

const p = schema.inspectionProblem;
const r = schema.inspectionRectification;

/** The problem, locked for the change that follows; refused when `action` does not follow from its state or is not the user's to take. */
async function problemFor(tx: Transaction, user: SessionUser, problemId: string, action: ProblemAction) {
  const [problem] = await tx.select().from(p).where(eq(p.id, problemId)).for('update');
  if (!problem) throw notFound();
  const next = nextProblemState(problem.state, action);
  if (!next) throw badInput('problemId', `cannot_${action}`, { state: problem.state });
  if ((problem.ownerId === user.id) !== ownerTakes(action)) throw badInput('problemId', ownerTakes(action) ? 'not_owner' : 'owner_decides');
  return { problem, next };
}

/** The owner's rectification (整改) of an open problem, with its evidence: the problem waits for the inspector. */
export async function submitRectification(tx: Transaction, user: SessionUser, input: { problemId: string; note: string; files: Upload[] }) {
  const { problem, next } = await problemFor(tx, user, input.problemId, 'submit');
  const [row] = await tx
    .insert(r)
    .values({ tenantId: user.tenantId, problemId: problem.id, note: input.note, submittedBy: user.id })
    .returning({ id: r.id });
  const fileIds = await recordEvidence(tx, user, input.files);
  await tx
    .insert(schema.inspectionEvidence)
    .values(fileIds.map((fileId) => ({ tenantId: user.tenantId, rectificationId: row!.id, fileId })));
  await tx.update(p).set({ state: next }).where(eq(p.id, problem.id));
  return row!;
}

/**
 * The inspector's decision on the submitted rectification: the problem is closed (销号), or returned to its
 * owner with a comment and open again. The owner does not decide their own problem.
 */
export async function decideProblem(tx: Transaction, user: SessionUser, input: { problemId: string; close: boolean; comment?: string }) {
  const action = input.close ? 'close' : 'return';
  const { problem, next } = await problemFor(tx, user, input.problemId, action);
  if (!input.close && !input.comment) throw badInput('comment', 'comment_required');
  const [pending] = await tx
    .select({ id: r.id })
    .from(r)
    .where(and(eq(r.problemId, problem.id), isNull(r.decision)))
    .orderBy(desc(r.submittedAt))
    .limit(1);
  await tx
    .update(r)
    .set({ decision: input.close ? 'closed' : 'returned', comment: input.comment ?? null, decidedBy: user.id, decidedAt: sql`now()` })
    .where(eq(r.id, pending!.id));
  await tx
    .update(p)
    .set(input.close ? { state: next, closedBy: user.id, closedAt: sql`now()` } : { state: next })
    .where(eq(p.id, problem.id));
}
