import { TRPCError } from '@trpc/server';
import { ID_FIELDS } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { allProcedures, sample, shapeOf } from '../support/procedures';

afterAll(closeDbs);

/** Text a user can type or a client can send that no field is made for. */
const HOSTILE: Record<string, string> = {
  nul: 'a\u0000b',
  loneSurrogate: 'x\uD800y',
  loneLowSurrogate: '\uDC00',
  overLong: '长'.repeat(100_000),
};

let city: City;
let roles: [string, Caller][];

beforeAll(async () => {
  city = await makeCity('hostile');
  roles = [
    ['operator', (await operator()).caller],
    ['city admin', city.admin.caller],
    ['county officer', city.county1Officer.caller],
    ['school admin', city.school1Admin.caller],
    ['teacher', city.teacher1.caller],
  ];
});

async function call(caller: Caller, path: string, input: unknown): Promise<void> {
  const [area, name] = path.split('.') as [string, string];
  await (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[area]![name]!(input);
}

/** A valid input for the procedure with this city's ids, and the paths of its text fields (one level down too). */
function inputsOf(procedure: ReturnType<typeof allProcedures>[number]): { input: Record<string, unknown>; texts: string[][] } {
  const input = (sample(procedure.input!) ?? {}) as Record<string, unknown>;
  const ids: Partial<Record<keyof typeof ID_FIELDS, string>> = {
    tenantId: city.tenantId,
    countyId: city.ids.county1,
    schoolId: city.ids.school1,
    toSchoolId: city.ids.school2,
    teacherId: city.ids.teacher1,
    accountId: city.accountIds.teacher1,
  };
  const texts: string[][] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key in ids) input[key] = ids[key as keyof typeof ids];
    else if (typeof value === 'string') texts.push([key]);
    else if (value && typeof value === 'object')
      for (const [inner, v] of Object.entries(value)) if (typeof v === 'string') texts.push([key, inner]);
  }
  return { input, texts };
}

function withText(input: Record<string, unknown>, path: string[], text: string): Record<string, unknown> {
  const copy = structuredClone(input);
  if (path.length === 1) copy[path[0]!] = text;
  else (copy[path[0]!] as Record<string, unknown>)[path[1]!] = text;
  return copy;
}

describe('hostile text in every procedure', () => {
  it('gets a named refusal or an answer, never an internal error, for NUL, lone surrogates and over-long text', async () => {
    // Sign-out and password changes end sessions the other calls need: they go last.
    const procedures = allProcedures()
      .filter((p) => p.input && Object.keys(shapeOf(p.input)).length > 0)
      .sort((x, y) => Number(x.path.startsWith('auth.')) - Number(y.path.startsWith('auth.')));
    const failures: string[] = [];
    let calls = 0;
    for (const procedure of procedures) {
      const { input, texts } = inputsOf(procedure);
      for (const path of texts) {
        for (const [kind, text] of Object.entries(HOSTILE)) {
          for (const [who, caller] of roles) {
            calls += 1;
            try {
              await call(caller, procedure.path, withText(input, path, text));
            } catch (error) {
              const code = error instanceof TRPCError ? error.code : 'thrown';
              if (code === 'INTERNAL_SERVER_ERROR' || code === 'thrown')
                failures.push(`${procedure.path} ${path.join('.')}=${kind} as ${who}: ${(error as Error).message.slice(0, 120)}`);
            }
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it('names the field that holds a NUL, in the user’s language', async () => {
    await expect(city.admin.caller.county.create({ code: 'C9', name: '九\u0000县', isPovertyCounty: false })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    try {
      await city.admin.caller.county.create({ code: 'C9', name: '九\u0000县', isPovertyCounty: false });
    } catch (error) {
      expect((error as TRPCError).cause).toMatchObject({ problems: [{ field: 'name', key: 'unsafe_text' }] });
    }
  });
});
