/** Reads postgres.js errors without depending on its classes. */
interface PgError {
  code?: string;
  detail?: string;
}

function pgError(error: unknown): PgError | null {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if (typeof (e as PgError).code === 'string' && /^[0-9A-Z]{5}$/.test((e as PgError).code!)) return e as PgError;
  }
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A unique violation as the field and value taken: `Key (tenant_id, code)=(…, 220802) already exists`. */
export function asConflict(error: unknown): { field: string; value: string } | null {
  const e = pgError(error);
  if (e?.code !== '23505' || !e.detail) return null;
  const match = /Key \((.+)\)=\((.+)\) already exists/.exec(e.detail);
  if (!match) return null;
  const columns = match[1]!.split(', ');
  const values = match[2]!.split(', ');
  const index = columns.findIndex((c) => c !== 'tenant_id');
  return { field: camel(columns[index] ?? columns[0]!), value: values[index] ?? values[0] ?? '' };
}
