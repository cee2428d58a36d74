import { sql, type SQL } from 'drizzle-orm';

/** A JS value as one jsonb parameter: a set of rows travels to PostgreSQL as one array, never one query per row. */
export function jsonb(value: unknown): SQL {
  return sql`${JSON.stringify(value)}::text::jsonb`;
}
