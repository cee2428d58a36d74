import { sql, type SQL } from 'drizzle-orm';

/**
 * A PostgreSQL array as one parameter. drizzle's `sql` template spreads a JS array into a list of
 * parameters, which `= any(…)` cannot take; an array literal (`{"a","b"}`, each element quoted) can.
 */
const literal = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

export const uuidArray = (ids: readonly string[]): SQL => sql`${literal(ids)}::uuid[]`;
export const textArray = (values: readonly string[]): SQL => sql`${literal(values)}::text[]`;
