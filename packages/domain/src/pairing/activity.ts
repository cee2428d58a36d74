import { z } from 'zod';

/** The national kinds of support an activity may be; a city adds its own in its pairing settings. */
export const ACTIVITY_KINDS = ['送教', '同步课堂', '联合教研', '跟岗', '名师工作室', '捐赠物资', '资金'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A kind's name: national or one of the city's own (1–20 characters). */
export const KIND_MAX_LENGTH = 20;
/** At most this many own kinds per city. */
export const OWN_KINDS_MAX = 20;

/** The kinds a city's activities may be: the national ones, then its own. */
export function activityKinds(ownKinds: readonly string[]): string[] {
  return [...ACTIVITY_KINDS, ...ownKinds];
}

/** What a city's pairing settings hold before it sets them (and what `pairing_settings`' columns default to). */
export const PAIRING_DEFAULTS = { ownKinds: [] as string[], idleWeeks: 8, pendingDays: 14, credits: [] as PairingCredit[] };

/** Activities of each kind a term should see confirmed, e.g. { 送教: 2, 同步课堂: 4 } (a city's own kinds too). */
export type PairingTargets = Partial<Record<string, number>>;
export const pairingTargetsSchema = z
  .record(z.string().trim().min(1).max(KIND_MAX_LENGTH), z.number().int().min(0).max(100))
  .refine((targets) => Object.keys(targets).length <= ACTIVITY_KINDS.length + OWN_KINDS_MAX, {
    params: { key: 'too_many', max: ACTIVITY_KINDS.length + OWN_KINDS_MAX },
  });

/** Goods given: each item with its count and total value in 分. */
export type PairingGoods = { item: string; quantity: number; valueFen: number }[];
export const pairingGoodsSchema = z
  .array(
    z.object({
      item: z.string().trim().min(1).max(60),
      quantity: z.number().int().min(1).max(1_000_000),
      valueFen: z.number().int().min(0).max(100_000_000_00),
    }),
  )
  .max(50);

/** A kind whose confirmed activities credit their hours to each participant's training ledger at `level`. */
export interface PairingCredit {
  kind: string;
  level: string;
}

export type ReceiptState = 'pending' | 'confirmed' | 'disputed';

/**
 * An activity's state from its receiving schools' answers: disputed if any school disputes it,
 * confirmed once every one has confirmed, pending otherwise. Only a confirmed activity counts.
 */
export function activityState(receipts: readonly ReceiptState[]): ReceiptState {
  if (receipts.includes('disputed')) return 'disputed';
  return receipts.length > 0 && receipts.every((r) => r === 'confirmed') ? 'confirmed' : 'pending';
}
