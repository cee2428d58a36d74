/** Reads postgres.js errors without depending on its classes. */
interface PgError {
  code?: string;
  constraint_name?: string;
}

function pgError(error: unknown): PgError | null {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if (typeof (e as PgError).code === 'string' && /^[0-9A-Z]{5}$/.test((e as PgError).code!)) return e as PgError;
  }
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A unique violation as the field that is taken. PostgreSQL leaves the key's value out of the message
 * on tables with RLS, so the field comes from the constraint's name (`county_tenant_code_key`,
 * `tenant_code_unique`) and the caller looks the value up in the input.
 */
export function conflictField(error: unknown): string | null {
  const e = pgError(error);
  if (e?.code !== '23505' || !e.constraint_name) return null;
  const match = /_tenant_([a-z_]+)_key$/.exec(e.constraint_name) ?? /^tenant_([a-z_]+)_unique$/.exec(e.constraint_name);
  return match ? camel(match[1]!) : 'input';
}

/** A foreign key that names no visible row: to the caller, the record named does not exist. */
export function isMissingReference(error: unknown): boolean {
  return pgError(error)?.code === '23503';
}

/** The constraint a check, exclusion or unique violation names (a trigger may name one too), else null. */
export function violatedConstraint(error: unknown): string | null {
  const e = pgError(error);
  return e && ['23505', '23514', '23P01'].includes(e.code!) ? (e.constraint_name ?? null) : null;
}
