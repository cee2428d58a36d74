import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { ruleProblems, type RuleVersion } from '@tongxing/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { InputProblems, notFound } from '../../problems';
import type { createDraftInput } from './schemas';

const v = schema.ruleVersion;
type VersionFields = Omit<z.infer<typeof createDraftInput>, 'allowanceTypeId'>;

/** Stored form of a draft's fields (an absent end is an open version). */
export function versionValues(input: VersionFields) {
  return { ...input, effectiveTo: input.effectiveTo ?? null };
}

/** Checks a version against its type's published versions and the city's location classes. */
async function problemsOf(tx: Transaction, allowanceTypeId: string, version: Omit<RuleVersion, 'id'>) {
  const published = await tx
    .select({ from: v.effectiveFrom })
    .from(v)
    .where(and(eq(v.allowanceTypeId, allowanceTypeId), eq(v.state, 'published')));
  const classes = await tx.select({ name: schema.locationClass.name }).from(schema.locationClass);
  return ruleProblems(
    version,
    published.map((p) => p.from),
    classes.map((c) => c.name),
  );
}

/** Publishing freezes the version; bad rules are refused naming the problem, and nothing changes. */
export async function publish(tx: Transaction, user: SessionUser, ruleVersionId: string) {
  const [draft] = await tx.select().from(v).where(eq(v.id, ruleVersionId)).for('update');
  if (!draft) throw notFound();
  if (draft.state !== 'draft')
    throw new TRPCError({ code: 'BAD_REQUEST', cause: new InputProblems([{ field: 'ruleVersionId', key: 'already_published' }]) });
  const problems = await problemsOf(tx, draft.allowanceTypeId, draft);
  if (problems.length)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      cause: new InputProblems(problems.map((p) => ({ field: p.field, key: p.key, ...(p.params ? { params: p.params } : {}) }))),
    });
  const [published] = await tx
    .update(v)
    .set({ state: 'published', publishedBy: user.id, publishedAt: new Date() })
    .where(eq(v.id, draft.id))
    .returning();
  return published!;
}

/** Drafts are checked on save too, so the editor sees the problems early (overlap is checked at publishing). */
export async function checkDraft(tx: Transaction, allowanceTypeId: string, fields: VersionFields): Promise<void> {
  const problems = (await problemsOf(tx, allowanceTypeId, { allowanceTypeId, ...versionValues(fields) })).filter(
    (p) => p.key !== 'overlap',
  );
  if (problems.length)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      cause: new InputProblems(problems.map((p) => ({ field: p.field, key: p.key, ...(p.params ? { params: p.params } : {}) }))),
    });
}
