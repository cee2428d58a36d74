import { sql } from 'drizzle-orm';
import { ACTIVITY_KINDS, addDays } from '@tongxing/domain';
import type { Database } from '../client';
import { picker } from './random';

export interface PairingLoad {
  /** Pairs in all; every fifth is a community of three member schools. */
  pairs: number;
  /** Activities per pair, spread over `years` before `asOf` (120 × 100 pairs over 3 years ≈ 12,000). */
  activitiesPerPair: number;
  years: number;
  /** The last day an activity may fall on. */
  asOf: string;
  /** Repeatable: the same seed gives the same pairs and activities. */
  seed: number;
}

export type LoadedPairing = {
  pairs: number;
  activities: number;
  receipts: number;
  files: number;
};

const URBAN = ['城市', '县城'];
const RURAL = ['乡镇', '村小', '教学点'];
/** Targets every generated pair has each term. */
const TARGETS = { 送教: 2, 同步课堂: 4, 联合教研: 1 };

/**
 * A loaded city's pairing, for the benchmarks, written as the owner: pairs led by urban schools with
 * rural members, activities given by the lead school (one in ten pairs stops three months before `asOf`,
 * so it is idle), a receipt per member school (about 85% confirmed, 10% pending, 5% disputed), one to
 * three participants from the giving school, and two or three photo records per activity (about 30,000
 * for 12,000 activities). The photos are rows only: no page or report the benchmarks measure reads a
 * file's content.
 */
export async function loadPairing(owner: Database, tenantId: string, load: PairingLoad): Promise<LoadedPairing> {
  const r = picker(load.seed);
  const schools = await owner.execute<{ id: string; location_class: string }>(
    sql`select id, location_class from school where tenant_id = ${tenantId} order by code`,
  );
  const leads = [...schools].filter((s) => URBAN.includes(s.location_class)).map((s) => s.id);
  const rural = [...schools].filter((s) => RURAL.includes(s.location_class)).map((s) => s.id);
  if (leads.length === 0 || rural.length === 0) throw new Error('the city needs urban and rural schools to pair');

  const days = load.years * 365;
  const pairStart = addDays(load.asOf, -days - 30);
  const pairs = Array.from({ length: load.pairs }, (_, i) => {
    const members = (i + 1) % 5 === 0 ? 3 : 1;
    return {
      n: i + 1,
      lead: leads[i % leads.length]!,
      members: Array.from({ length: members }, (_, k) => rural[(i * 3 + k) % rural.length]!),
      idle: (i + 1) % 10 === 3,
    };
  });
  const activities = pairs.flatMap((pair) =>
    Array.from({ length: load.activitiesPerPair }, () => {
      const kind = r.weighted<string>([...ACTIVITY_KINDS.map((k) => [k, k === '同步课堂' ? 4 : k === '送教' ? 3 : 1] as const)]);
      const back = r.int(pair.idle ? 90 : 0, days - 1);
      const start = addDays(load.asOf, -back);
      return {
        n: pair.n,
        kind,
        start,
        end: r.chance(0.1) ? addDays(start, Math.min(back, r.int(1, 3))) : start,
        hours: r.int(2, 16),
        students: r.int(0, 120),
        teachers: r.int(1, 20),
        money: kind === '资金' ? r.int(1, 50) * 100_000 : 0,
        goods: kind === '捐赠物资' ? [{ item: '图书', quantity: r.int(10, 200), valueFen: r.int(1, 40) * 50_000 }] : [],
      };
    }),
  );

  await owner.execute(sql`select setseed(${(load.seed % 1000) / 1000})`);
  const [counts] = await owner.execute<LoadedPairing>(sql`
    with admin as (select id from app_user where tenant_id = ${tenantId} and role = 'city_admin' order by created_at limit 1),
    spec as (select * from json_to_recordset(${JSON.stringify(pairs)}::json) as s(n int, lead uuid, members uuid[], idle boolean)),
    pairs as (
      insert into pairing_pair (tenant_id, name, kind, lead_school_id, start_date, goals, targets, budget_fen, created_by)
      select ${tenantId}, '生成结对 ' || lpad(s.n::text, 3, '0'), case when cardinality(s.members) > 1 then 'community' else 'pair' end,
        s.lead, ${pairStart}::date, '送教与同步课堂', ${JSON.stringify(TARGETS)}::jsonb, 10000000, (select id from admin)
      from spec s
      returning id, name),
    numbered as (select p.id, s.* from pairs p join spec s on p.name = '生成结对 ' || lpad(s.n::text, 3, '0')),
    members as (
      insert into pairing_member (tenant_id, pair_id, school_id)
      select ${tenantId}, n.id, m from numbered n cross join unnest(n.members) m
      returning 1),
    acts as (
      insert into pairing_activity (tenant_id, pair_id, kind, start_date, end_date, giving_school_id, description, hours, students, teachers, money_fen, goods, logged_by)
      select ${tenantId}, n.id, a.kind, a.start, a."end", n.lead, a.kind || '：生成活动', a.hours, a.students, a.teachers, a.money, a.goods, (select id from admin)
      from json_to_recordset(${JSON.stringify(activities)}::json)
        as a(n int, kind text, start date, "end" date, hours int, students int, teachers int, money bigint, goods jsonb)
      join numbered n on n.n = a.n
      returning id, pair_id, giving_school_id, start_date),
    receipts as (
      insert into pairing_receipt (tenant_id, activity_id, school_id, state, reason, decided_by, decided_at)
      select ${tenantId}, a.id, m, x.state, case when x.state = 'disputed' then '未收到' end,
        case when x.state <> 'pending' then (select id from admin) end, case when x.state <> 'pending' then a.start_date + interval '3 days' end
      from acts a join numbered n on n.id = a.pair_id cross join unnest(n.members) m
      cross join lateral (select case when a.id is null then null when random() < 0.85 then 'confirmed' when random() < 0.67 then 'pending' else 'disputed' end as state) x
      returning 1),
    participants as (
      insert into pairing_participant (tenant_id, activity_id, teacher_id)
      select ${tenantId}, a.id, t.id from acts a
      cross join lateral (select t.id from teacher t where t.tenant_id = ${tenantId} and t.school_id = a.giving_school_id
        order by md5(t.id::text || a.id::text) limit 1 + (abs(hashtext(a.id::text)) % 3)) t
      returning 1),
    photos as materialized (
      select gen_random_uuid() as id, a.id as activity_id, a.start_date, g from acts a
      cross join generate_series(1, 2 + (abs(hashtext(a.id::text)) % 2)) g),
    files as (
      insert into evidence_file (id, tenant_id, sha256, size, mime, kind, file_name, width, height, taken_at, uploaded_by)
      select p.id, ${tenantId}, encode(sha256(convert_to(p.id::text, 'UTF8')), 'hex'), 400000 + (abs(hashtext(p.id::text)) % 4000000),
        'image/jpeg', 'photo', '现场照片' || p.g || '.jpg', 1600, 1200, p.start_date + interval '10 hours', (select id from admin)
      from photos p
      returning 1),
    evidence as (
      insert into pairing_evidence (tenant_id, activity_id, file_id)
      select ${tenantId}, p.activity_id, p.id from photos p
      returning 1)
    select (select count(*) from pairs)::int as pairs, (select count(*) from acts)::int as activities,
      (select count(*) from receipts)::int as receipts, (select count(*) from files)::int as files`);
  await owner.execute(
    sql`vacuum (analyze) pairing_pair, pairing_member, pairing_activity, pairing_receipt, pairing_participant, pairing_evidence, evidence_file`,
  );
  return { pairs: counts!.pairs, activities: counts!.activities, receipts: counts!.receipts, files: counts!.files };
}
