import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { textArray, uuidArray } from './sql-arrays';

const dialect = new PgDialect();

describe('array parameters', () => {
  it('send one literal, each element quoted, with quotes and backslashes escaped', () => {
    expect(dialect.sqlToQuery(textArray(['村小', 'a,b', 'say "hi"', 'back\\slash']))).toMatchObject({
      sql: '$1::text[]',
      params: ['{"村小","a,b","say \\"hi\\"","back\\\\slash"}'],
    });
    expect(dialect.sqlToQuery(uuidArray([])).params).toEqual(['{}']);
  });
});
