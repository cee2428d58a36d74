import { TRPCError } from '@trpc/server';
import { CITY_CONFIG_FIELDS, ID_FIELDS } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { allProcedures, sample, shapeOf } from '../support/procedures';
import { fingerprintOf, recordsOf } from '../support/records';

afterAll(closeDbs);

let a: City;
let b: City;
let op: Caller;
let idsOfA: Record<keyof typeof ID_FIELDS, string>;

beforeAll(async () => {
  [a, b] = await Promise.all([makeCity('iso-a'), makeCity('iso-b')]);
  op = (await operator()).caller;
  idsOfA = await recordsOf(a);
});

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
    const before = await fingerprintOf(a.tenantId);
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
      for (const field of Object.keys(shape)) if (field in ID_FIELDS) input[field] = idsOfA[field as keyof typeof ID_FIELDS];
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
    expect(await fingerprintOf(a.tenantId)).toBe(before);
  });

  it('lets the owner of the records read them with the same ids (so the refusals above are real)', async () => {
    for (const procedure of withIds.filter((p) => p.type === 'query')) {
      const input = sample(procedure.input!) as Record<string, unknown>;
      for (const field of Object.keys(shapeOf(procedure.input)))
        if (field in ID_FIELDS) input[field] = idsOfA[field as keyof typeof ID_FIELDS];
      await expect(call(a.admin.caller, procedure.path, input), procedure.path).resolves.toBeTruthy();
    }
  });
});
