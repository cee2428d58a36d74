import { TRPCError } from '@trpc/server';
import { schema, type Transaction } from '@tongxing/db';
import { ruleProblems } from '@tongxing/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { badInput, InputProblems } from '../problems';

const v = schema.ruleVersion;

/**
 * The draft rule versions named, each checked as publishing would check it (against the published
 * versions and the other drafts of its type), so a simulation never shows a set that cannot be published.
 * Ids that are not drafts of this city (RLS hides other cities') are refused together.
 */
export async function draftSet(tx: Transaction, draftIds: readonly string[]) {
  const ids = [...new Set(draftIds)];
  const [drafts, published, classes] = await Promise.all([
    tx
      .select()
      .from(v)
      .where(and(inArray(v.id, ids), eq(v.state, 'draft'))),
    tx.select({ typeId: v.allowanceTypeId, from: v.effectiveFrom }).from(v).where(eq(v.state, 'published')),
    tx.select({ name: schema.locationClass.name }).from(schema.locationClass),
  ]);
  if (drafts.length !== ids.length) throw badInput('draftIds', 'not_a_draft');
  const problems = drafts.flatMap((draft) => {
    const starts = [
      ...published,
      ...drafts.filter((d) => d.id !== draft.id).map((d) => ({ typeId: d.allowanceTypeId, from: d.effectiveFrom })),
    ]
      .filter((p) => p.typeId === draft.allowanceTypeId)
      .map((p) => p.from);
    return ruleProblems(
      draft,
      starts,
      classes.map((c) => c.name),
    );
  });
  if (problems.length)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      cause: new InputProblems(problems.map((p) => ({ field: p.field, key: p.key, ...(p.params ? { params: p.params } : {}) }))),
    });
  return drafts;
}
