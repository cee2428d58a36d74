import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';

/**
 * What the register-wide figures read (rotation eligibility, the quality checks): each table's rows by id
 * and row version. Any row inserted, updated or deleted changes it, whichever process or transaction wrote
 * it and whatever its timestamps say. Reading it scans the city's posts and teachers (about 50 ms for
 * 30,000 teachers, against a second for eligibility).
 */
const TABLES = ['post', 'teacher', 'school', 'rotation_exemption', 'rotation_move'] as const;
const VERSION = sql.raw(
  `select ${TABLES.map((table) => `(select count(*) || ':' || coalesce(sum(hashtext(id::text || xmin::text)), 0) from ${table})`).join(
    ` || '/' || `,
  )} as v`,
);

/** Read once per transaction: the procedures that keep figures only read. */
const versions = new WeakMap<Transaction, Promise<string>>();
const registerVersion = (tx: Transaction): Promise<string> => {
  let version = versions.get(tx);
  if (!version) {
    version = tx.execute<{ v: string }>(VERSION).then((rows) => rows[0]!.v);
    versions.set(tx, version);
  }
  return version;
};

const MAX_ENTRIES = 256;
const kept = new Map<string, { version: string; value: unknown }>();

/**
 * A figure computed from the register (RLS keeps it to the transaction's city; `key` must name the city and
 * everything else the figure depends on), kept while the register is unchanged and computed again after
 * any change to it.
 */
export async function keptWhileRegisterUnchanged<T>(tx: Transaction, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await registerVersion(tx);
  const entry = kept.get(key);
  if (entry?.version === version) return entry.value as T;
  const value = await compute();
  kept.delete(key);
  kept.set(key, { version, value });
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return value;
}
