import { afterAll, describe, expect, it } from 'vitest';
import { closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

/** Tables that hold tenant data are exactly those with a tenant_id column. */
async function tenantTables(): Promise<string[]> {
  const rows = await ownerDb().sql<{ table: string }[]>`
    select c.relname as table from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where c.relkind in ('r', 'p') order by 1`;
  return rows.map((r) => r.table);
}

describe('the catalogue enforces tenancy on every tenant-owned table', () => {
  it('finds the tenant tables', async () => {
    expect(await tenantTables()).toEqual(expect.arrayContaining(['app_user', 'audit_event', 'county', 'school', 'session', 'teacher']));
  });

  it('has RLS enabled and forced, with a policy on app.tenant_id, on each', async () => {
    const rows = await ownerDb().sql<{ table: string; enabled: boolean; forced: boolean; policies: string[] }[]>`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        coalesce(array_agg(pg_get_expr(p.polqual, p.polrelid)) filter (where p.polname is not null), '{}') as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_policy p on p.polrelid = c.oid
      where c.relname = any(${await tenantTables()})
      group by c.relname, c.relrowsecurity, c.relforcerowsecurity`;
    const bad = rows.filter((r) => !r.enabled || !r.forced || !r.policies.some((p) => p.includes("current_setting('app.tenant_id'")));
    expect(bad.map((r) => r.table)).toEqual([]);
  });

  it('puts tenant_id in every primary key, foreign key (both sides) and unique constraint', async () => {
    const rows = await ownerDb().sql<{ table: string; name: string; type: string; local: boolean; foreign: boolean | null }[]>`
      select c.relname as table, k.conname as name, k.contype as type,
        (select attnum from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id') = any(k.conkey) as local,
        case when k.contype = 'f' then
          (select attnum from pg_attribute where attrelid = k.confrelid and attname = 'tenant_id') = any(k.confkey)
          or k.confrelid = 'tenant'::regclass
        end as foreign
      from pg_constraint k join pg_class c on c.oid = k.conrelid
      where c.relname = any(${await tenantTables()}) and k.contype in ('p', 'f', 'u')`;
    expect(rows.length).toBeGreaterThan(10);
    const bad = rows.filter((r) => !r.local || r.foreign === false).map((r) => `${r.table}.${r.name}`);
    expect(bad).toEqual([]);
    const withPk = new Set(rows.filter((r) => r.type === 'p').map((r) => r.table));
    expect((await tenantTables()).filter((t) => !withPk.has(t))).toEqual([]);
  });

  it('audits every tenant table except sessions, the log itself, derived rows and the hours ledger', async () => {
    const rows = await ownerDb().sql<{ table: string }[]>`
      select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_proc p on p.oid = t.tgfoid where p.proname = 'tongxing_audit_row'`;
    const audited = new Set(rows.map((r) => r.table));
    // Not row-audited: sessions, the log itself, allowance lines (derived by the monthly run, whose
    // sheet row records each run, submission and decision), absences and cycle totals (derived by
    // triggers from audited rows and the ledger), the standing certificate numbers (derived from the ledger),
    // the hours ledger and evidence files (append-only, each row naming who wrote it), and the links written
    // once with an audited record and never changed (a claim's, an activity's or a rectification's files,
    // a pair's members, an activity's participants).
    const exempt = new Set([
      'session',
      'audit_event',
      'allowance_line',
      'teacher_away',
      'training_hours_entry',
      'training_cycle_hours',
      'training_certificate_claim',
      'evidence_file',
      'training_claim_evidence',
      'pairing_evidence',
      'inspection_evidence',
      'pairing_member',
      'pairing_participant',
    ]);
    const missing = (await tenantTables()).filter((t) => !audited.has(t) && !exempt.has(t));
    expect(missing).toEqual([]);
  });

  it('connects the app as a role that owns no table and cannot bypass RLS', async () => {
    const [role] = await ownerDb().sql<{ bypass: boolean; superuser: boolean; owns: number }[]>`
      select r.rolbypassrls as bypass, r.rolsuper as superuser,
        (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
      from pg_roles r where r.rolname = 'tongxing_app'`;
    expect(role).toEqual({ bypass: false, superuser: false, owns: 0 });
  });
});
