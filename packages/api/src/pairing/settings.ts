import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { ACTIVITY_KINDS, activityKinds, KIND_MAX_LENGTH, OWN_KINDS_MAX, PAIRING_DEFAULTS, type PairingCredit } from '@tongxing/domain';
import { TRPCError } from '@trpc/server';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { InputProblems } from '../problems';

const kindName = () => z.string().trim().min(1).max(KIND_MAX_LENGTH);

export const pairingSettingsInput = z.object({
  ownKinds: z.array(kindName()).max(OWN_KINDS_MAX).default([]),
  idleWeeks: z.number().int().min(1).max(52),
  pendingDays: z.number().int().min(1).max(90),
  credits: z
    .array(z.object({ kind: kindName(), level: z.string().trim().min(1).max(20) }))
    .max(ACTIVITY_KINDS.length + OWN_KINDS_MAX)
    .default([]),
});
export type PairingSettingsInput = z.infer<typeof pairingSettingsInput>;

export interface PairingSettings {
  ownKinds: string[];
  idleWeeks: number;
  pendingDays: number;
  credits: PairingCredit[];
  /** The national kinds, then the city's own: what an activity may be. */
  kinds: string[];
}

/** The city's pairing settings, the defaults where it has set none. */
export async function pairingSettingsOf(tx: Transaction): Promise<PairingSettings> {
  const [row] = await tx.select().from(schema.pairingSettings);
  const { ownKinds, idleWeeks, pendingDays, credits } = row ?? PAIRING_DEFAULTS;
  return { ownKinds, idleWeeks, pendingDays, credits, kinds: activityKinds(ownKinds) };
}

function refused(field: string, key: string, row?: number, params?: Record<string, unknown>): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    cause: new InputProblems([{ field, key, ...(params ? { params } : {}), ...(row ? { place: { row } } : {}) }]),
  });
}

/**
 * The city's settings, whole: its own kinds (unique, none a national one), the weeks after which a pair
 * is idle, the days after which an unanswered activity shows to the county, and the kinds whose confirmed
 * activities credit the participants' training ledger (each a national or own kind, once, at a level of
 * the city's training catalogue).
 */
export async function setPairingSettings(tx: Transaction, user: SessionUser, input: PairingSettingsInput): Promise<PairingSettings> {
  const seen = new Set<string>();
  for (const [i, kind] of input.ownKinds.entries()) {
    if ((ACTIVITY_KINDS as readonly string[]).includes(kind)) throw refused('ownKinds', 'national_kind', i + 1, { kind });
    if (seen.has(kind)) throw refused('ownKinds', 'duplicate_kind', i + 1, { kind });
    seen.add(kind);
  }
  const kinds = activityKinds(input.ownKinds);
  const credited = new Set<string>();
  for (const [i, credit] of input.credits.entries()) {
    if (!kinds.includes(credit.kind)) throw refused('credits', 'unknown_kind', i + 1, { kind: credit.kind });
    if (credited.has(credit.kind)) throw refused('credits', 'duplicate_kind', i + 1, { kind: credit.kind });
    credited.add(credit.kind);
  }
  const levels = input.credits.length
    ? new Set(
        (
          await tx
            .select({ name: schema.trainingLevel.name })
            .from(schema.trainingLevel)
            .where(
              inArray(
                schema.trainingLevel.name,
                input.credits.map((c) => c.level),
              ),
            )
        ).map((l) => l.name),
      )
    : new Set<string>();
  const unknown = input.credits.findIndex((c) => !levels.has(c.level));
  if (unknown >= 0) throw refused('credits', 'unknown_level', unknown + 1);
  const values = { ownKinds: input.ownKinds, idleWeeks: input.idleWeeks, pendingDays: input.pendingDays, credits: input.credits };
  await tx
    .insert(schema.pairingSettings)
    .values({ tenantId: user.tenantId, ...values })
    .onConflictDoUpdate({ target: schema.pairingSettings.tenantId, set: values });
  return { ...values, kinds };
}
