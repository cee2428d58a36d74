import { TRPCError } from '@trpc/server';
import { CITY_CONFIG_FIELDS, ID_FIELDS } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { someImportJob } from '../support/import';
import { allProcedures, sample, shapeOf } from '../support/procedures';

afterAll(closeDbs);

let a: City;
let b: City;
let op: Caller;
let requestOfA: string;
let jobOfA: string;
let typeOfA: string;
let versionOfA: string;
let sheetOfA: string;

beforeAll(async () => {
  [a, b] = await Promise.all([makeCity('iso-a'), makeCity('iso-b')]);
  op = (await operator()).caller;
  requestOfA = (await a.school1Admin.caller.request.propose({ teacherId: a.ids.teacher1, date: '2026-09-01', roles: ['班主任'] })).id;
  jobOfA = await someImportJob(a.admin.caller);
  typeOfA = (await a.admin.caller.allowance.createType({ name: '乡村教师生活补助' })).id;
  versionOfA = (
    await a.admin.caller.allowance.createDraft({
      allowanceTypeId: typeOfA,
      documentNo: '〔2026〕1号',
      documentTitle: '测试',
      effectiveFrom: '2026-01-01',
      conditions: { inPostRequired: true },
      amount: { kind: 'fixed', monthlyFen: 30_000 },
      proration: { kind: 'calendarDays' },
    })
  ).id;
  sheetOfA = (await a.admin.caller.sheet.run({ countyId: a.ids.county1, month: '2026-03' })).sheet.id;
});

/** The id of A's record of each kind, all inside A's county 1. */
function idsOfA(): Record<keyof typeof ID_FIELDS, string> {
  return {
    tenantId: a.tenantId,
    countyId: a.ids.county1,
    schoolId: a.ids.school1,
    teacherId: a.ids.teacher1,
    accountId: a.accountIds.teacher1,
    requestId: requestOfA,
    toSchoolId: a.ids.school2,
    jobId: jobOfA,
    allowanceTypeId: typeOfA,
    ruleVersionId: versionOfA,
    sheetId: sheetOfA,
  };
}

/** A fingerprint of everything tenant A holds, read as the owner. */
async function fingerprintOfA(): Promise<string> {
  const [row] = await ownerDb().sql<{ print: string }[]>`
    select md5(concat_ws('|',
      (select string_agg(t::text, ',' order by t.id) from county t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from school t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from teacher t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from app_user t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from post t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from post_request t where tenant_id = ${a.tenantId}),
      (select string_agg(t.id || t.status, ',' order by t.id) from import_job t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from allowance_rule_version t where tenant_id = ${a.tenantId}),
      (select string_agg(t::text, ',' order by t.id) from allowance_sheet t where tenant_id = ${a.tenantId}),
      (select count(*)::text from audit_event where tenant_id = ${a.tenantId}),
      (select t::text from tenant t where id = ${a.tenantId}))) as print`;
  return row!.print;
}

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [area, name] = path.split('.') as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[area]![name]!;
  return fn(input);
}

const withIds = allProcedures().filter((p) => Object.keys(shapeOf(p.input)).some((k) => k in ID_FIELDS));

describe('every procedure that names a record refuses outsiders', () => {
  it('finds the procedures that take ids (and would find new ones)', () => {
    expect(withIds.map((p) => p.path)).toEqual(
      expect.arrayContaining(['county.get', 'school.update', 'teacher.get', 'account.setDisabled', 'tenant.setDisabled']),
    );
  });

  it('knows every id field: a new kind of id must be added to the scope guard', () => {
    const unknown = allProcedures().flatMap((p) => {
      const shape = shapeOf(p.input);
      return Object.keys(shape)
        .filter((k) => /Id$/.test(k) && !(k in ID_FIELDS))
        .concat(
          Object.entries(shape).flatMap(([k, v]) =>
            Object.keys(shapeOf(v))
              .filter((n) => /Id$/.test(n))
              .map((n) => `${k}.${n}`),
          ),
        )
        .map((k) => `${p.path}:${k}`);
    });
    expect(unknown).toEqual([]);
  });

  it('answers NOT_FOUND or FORBIDDEN, with no data and no change, to another tenant and to an out-of-scope user', async () => {
    const before = await fingerprintOfA();
    const outsiders: [string, Caller][] = [
      ['B city admin', b.admin.caller],
      ['B county officer', b.county1Officer.caller],
      ['A county-2 officer', a.county2Officer.caller],
      ['A other-school admin', a.school1Admin.caller],
      ['platform operator', op],
    ];
    const leaks: string[] = [];
    for (const procedure of withIds) {
      const shape = shapeOf(procedure.input);
      const input = sample(procedure.input!) as Record<string, unknown>;
      for (const field of Object.keys(shape)) if (field in ID_FIELDS) input[field] = idsOfA()[field as keyof typeof ID_FIELDS];
      for (const [who, caller] of outsiders) {
        if (who === 'platform operator' && 'tenantId' in shape) continue; // tenants are the operator's own records
        if (who === 'A other-school admin' && !('tenantId' in shape) && !('accountId' in shape)) continue; // school 1 is theirs
        const ids = Object.keys(shape).filter((k) => k in ID_FIELDS) as (keyof typeof ID_FIELDS)[];
        if (who.startsWith('A ') && ids.every((k) => CITY_CONFIG_FIELDS.has(k))) continue; // city configuration is readable in the city
        try {
          const result = await call(caller, procedure.path, input);
          leaks.push(`${procedure.path} as ${who} returned ${JSON.stringify(result).slice(0, 80)}`);
        } catch (error) {
          const code = error instanceof TRPCError ? error.code : String(error);
          if (code !== 'NOT_FOUND' && code !== 'FORBIDDEN') leaks.push(`${procedure.path} as ${who}: ${code} ${(error as Error).message}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(await fingerprintOfA()).toBe(before);
  });

  it('lets the owner of the records read them with the same ids (so the refusals above are real)', async () => {
    for (const procedure of withIds.filter((p) => p.type === 'query')) {
      const input = sample(procedure.input!) as Record<string, unknown>;
      for (const field of Object.keys(shapeOf(procedure.input)))
        if (field in ID_FIELDS) input[field] = idsOfA()[field as keyof typeof ID_FIELDS];
      await expect(call(a.admin.caller, procedure.path, input), procedure.path).resolves.toBeTruthy();
    }
  });
});
