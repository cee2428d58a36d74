import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { KIND_MAX_LENGTH, termFromKey, type PairingGoods, type ReceiptState } from '@tongxing/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, likePattern, listInput, PAGE_SIZE, toPage } from '../inputs';
import { visiblePairs } from './visible';

/** A term by its key: `2026-autumn`, `2027-spring`. */
export const termKey = () => z.string().refine((key) => termFromKey(key) !== null, { params: { key: 'invalid_value' } });

export const ACTIVITY_SORTS = ['date', 'pair', 'kind', 'hours', 'given'] as const;
export const ACTIVITY_STATES = ['confirmed', 'pending', 'disputed'] as const;

/**
 * The activity ledger (台账) of the user's scope: a term (by the activity's first day), the lead school's
 * county (as the dashboard sums them), a pair, a kind, a state; search in the description, the pair and
 * the schools; newest first by default.
 */
export const activityListInput = z.object({
  ...listInput,
  term: termKey().optional(),
  countyId: entityId().optional(),
  pairId: entityId().optional(),
  kind: z.string().trim().min(1).max(KIND_MAX_LENGTH).optional(),
  state: z.enum(ACTIVITY_STATES).optional(),
  sort: z.enum(ACTIVITY_SORTS).default('date'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type ActivityListInput = z.infer<typeof activityListInput>;

export interface LedgerRow {
  id: string;
  pairId: string;
  pairName: string;
  kind: string;
  startDate: string;
  endDate: string;
  givingSchoolName: string;
  receivingSchoolNames: string[];
  state: ReceiptState;
  hours: number;
  students: number;
  teachers: number;
  moneyFen: number;
  goodsFen: number;
  goods: PairingGoods;
  description: string;
  /** The export's: participants' names and evidence files (the page leaves them empty). */
  participants: string[];
  files: { id: string; name: string }[];
}

type Raw = {
  id: string;
  pair_id: string;
  pair_name: string;
  kind: string;
  start_date: string;
  end_date: string;
  giving_name: string;
  receivers: string[] | null;
  state: ReceiptState;
  hours: number;
  students: number;
  teachers: number;
  money_fen: number;
  goods_fen: number;
  goods: PairingGoods;
  description: string;
  participants: string[] | null;
  files: { id: string; name: string }[] | null;
};

const ORDER: Record<(typeof ACTIVITY_SORTS)[number], ReturnType<typeof sql>> = {
  date: sql`start_date`,
  pair: sql`pair_name`,
  kind: sql`kind`,
  hours: sql`hours`,
  given: sql`money_fen + goods_fen`,
};

/**
 * One page of the ledger (or every row, for the Excel file and the print view), with the filtered set's
 * totals: the activities, their hours, money and goods in 分. An activity's state is `activityState`'s
 * rule: disputed if a receipt is, confirmed once every receipt is, pending otherwise — so the confirmed
 * rows of a term, pair, kind or county are the dashboard's figure and add up to it.
 */
export async function activityLedger(tx: Transaction, user: SessionUser, input: ActivityListInput, all = false) {
  const term = input.term ? termFromKey(input.term) : null;
  const filters = sql.join(
    [
      visiblePairs(user) ?? sql`true`,
      term ? sql`a.start_date between ${term.start}::date and ${term.end}::date` : sql`true`,
      input.pairId ? sql`a.pair_id = ${input.pairId}::uuid` : sql`true`,
      input.kind ? sql`a.kind = ${input.kind}` : sql`true`,
      input.countyId ? sql`ls.county_id = ${input.countyId}::uuid` : sql`true`,
      input.search
        ? sql`(a.description ilike ${likePattern(input.search)} or pairing_pair.name ilike ${likePattern(input.search)}
            or gs.name ilike ${likePattern(input.search)} or exists (select 1 from pairing_receipt x join school xs on xs.tenant_id = x.tenant_id
              and xs.id = x.school_id where x.tenant_id = a.tenant_id and x.activity_id = a.id and xs.name ilike ${likePattern(input.search)}))`
        : sql`true`,
    ],
    sql` and `,
  );
  const extra = all
    ? sql`,
      (select array_agg(t.name order by t.name) from pairing_participant pp join teacher t on t.tenant_id = pp.tenant_id and t.id = pp.teacher_id
        where pp.tenant_id = a.tenant_id and pp.activity_id = a.id) as participants,
      (select jsonb_agg(jsonb_build_object('id', f.id, 'name', f.file_name) order by f.uploaded_at, f.id) from pairing_evidence e
        join evidence_file f on f.tenant_id = e.tenant_id and f.id = e.file_id where e.tenant_id = a.tenant_id and e.activity_id = a.id) as files`
    : sql``;
  const ledger = sql`
    select a.id, a.pair_id, pairing_pair.name as pair_name, a.kind, a.start_date::text as start_date, a.end_date::text as end_date,
      gs.name as giving_name, st.receivers, st.state, a.hours, a.students, a.teachers, a.money_fen::float8 as money_fen,
      (select coalesce(sum((g->>'valueFen')::bigint), 0) from jsonb_array_elements(a.goods) g)::float8 as goods_fen,
      a.goods, a.description, a.created_at ${extra}
    from pairing_activity a
    join pairing_pair on pairing_pair.tenant_id = a.tenant_id and pairing_pair.id = a.pair_id
    join school ls on ls.tenant_id = pairing_pair.tenant_id and ls.id = pairing_pair.lead_school_id
    join school gs on gs.tenant_id = a.tenant_id and gs.id = a.giving_school_id
    cross join lateral (
      select array_agg(rs.name order by rs.code) as receivers,
        case when bool_or(r.state = 'disputed') then 'disputed'
          when count(*) > 0 and bool_and(r.state = 'confirmed') then 'confirmed' else 'pending' end as state
      from pairing_receipt r join school rs on rs.tenant_id = r.tenant_id and rs.id = r.school_id
      where r.tenant_id = a.tenant_id and r.activity_id = a.id) st
    where ${filters}`;
  const state = input.state ? sql`where l.state = ${input.state}` : sql``;
  const dir = input.dir === 'desc' ? sql`desc` : sql`asc`;
  const page = all ? sql`` : sql`limit ${PAGE_SIZE} offset ${(input.page - 1) * PAGE_SIZE}`;
  const [rows, [sums]] = await Promise.all([
    tx.execute<Raw>(sql`select * from (${ledger}) l ${state}
      order by ${ORDER[input.sort]} ${dir}, start_date ${dir}, created_at ${dir}, id ${page}`),
    tx.execute<{ total: number; hours: number; money_fen: number; goods_fen: number }>(sql`
      select count(*)::int as total, coalesce(sum(hours), 0)::int as hours, coalesce(sum(money_fen), 0)::float8 as money_fen,
        coalesce(sum(goods_fen), 0)::float8 as goods_fen
      from (${ledger}) l ${state}`),
  ]);
  const ledgerRows: LedgerRow[] = [...rows].map((r) => ({
    id: r.id,
    pairId: r.pair_id,
    pairName: r.pair_name,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    givingSchoolName: r.giving_name,
    receivingSchoolNames: r.receivers ?? [],
    state: r.state,
    hours: r.hours,
    students: r.students,
    teachers: r.teachers,
    moneyFen: r.money_fen,
    goodsFen: r.goods_fen,
    goods: r.goods,
    description: r.description,
    participants: r.participants ?? [],
    files: r.files ?? [],
  }));
  return {
    ...toPage(ledgerRows, sums!.total, all ? 1 : input.page),
    sums: { hours: sums!.hours, moneyFen: sums!.money_fen, goodsFen: sums!.goods_fen },
  };
}
