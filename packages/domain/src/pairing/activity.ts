import { z } from 'zod';

/** The kinds of support an activity may be (the city's own come later as configuration). */
export const ACTIVITY_KINDS = ['送教', '同步课堂', '联合教研', '跟岗', '名师工作室', '捐赠物资', '资金'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Activities of each kind a term should see confirmed, e.g. { 送教: 2, 同步课堂: 4 }. */
export type PairingTargets = Partial<Record<ActivityKind, number>>;
export const pairingTargetsSchema = z.partialRecord(z.enum(ACTIVITY_KINDS), z.number().int().min(0).max(100));

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
