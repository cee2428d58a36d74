import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { errorFields, withRequest, currentRequest } from '@tongxing/api';
import { findPersonalData } from '../support/personal-data';

describe('the server log', () => {
  it('gives every line written inside a request its request id, tenant and user', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = pino({ base: null, mixin: () => ({ ...currentRequest() }) }, sink);
    withRequest({ reqId: 'r-1' }, () => {
      const context = currentRequest()!;
      context.tenantId = 't-1';
      log.info('inside');
    });
    log.info('outside');
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([{ reqId: 'r-1', tenantId: 't-1', msg: 'inside' }, { msg: 'outside' }]);
    expect(JSON.parse(lines[1]!)).not.toHaveProperty('reqId');
  });

  it("logs an error's kind, code and message, never PostgreSQL's detail with the values sent", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "teacher_id_number_key"'), {
      code: '23505',
      detail: 'Key (tenant_id, id_number)=(…, 220802198503150013) already exists.',
    });
    const fields = errorFields(error);
    expect(fields).toMatchObject({ type: 'Error', code: '23505' });
    expect(JSON.stringify(fields)).not.toContain('220802198503150013');
  });

  it("keeps a failed query's statement and drops its parameters, from the message and the stack", () => {
    const cause = new Error('invalid byte sequence for encoding "UTF8": 0x00');
    const error = new Error('Failed query: insert into "teacher" ("id_number") values ($1)\nparams: 220802198503150013', { cause });
    const fields = errorFields(error);
    expect(fields.message).toBe('Failed query: insert into "teacher" ("id_number") values ($1)\nparams: (left out)');
    expect(JSON.stringify(fields)).not.toContain('220802198503150013');
    expect(fields.cause).toMatchObject({ message: 'invalid byte sequence for encoding "UTF8": 0x00' });
  });

  it('finds ID numbers, bank cards, phone numbers and session tokens, and not timestamps or uuids', () => {
    const log = [
      '{"time":1764672000000,"reqId":"550e8400-e29b-41d4-a716-446655440000","msg":"request"}',
      '{"msg":"x","id":"220802198503150013"}',
      '{"card":"6217000010012345678"}',
      '{"phone":"13800138000"}',
      '{"cookie":"abcdefghijkmnpqrstuvwxyz.23456789abcdefghijkmnpqr"}',
    ].join('\n');
    expect(findPersonalData(log).map((f) => [f.kind, f.line])).toEqual([
      ['idNumber', 2],
      ['bankCard', 3],
      ['phone', 4],
      ['sessionToken', 5],
    ]);
    expect(findPersonalData(log)[0]!.excerpt).not.toContain('220802198503150013');
  });
});
