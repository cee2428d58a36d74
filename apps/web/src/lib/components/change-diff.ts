/** One field a write changed; an insert has no `before`, a delete no `after`. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

type Row = Record<string, unknown>;
const asRow = (value: unknown): Row | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null);
const holdsValue = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Bookkeeping columns every write touches; the record itself is named elsewhere. */
const NOISE = new Set(['tenant_id', 'id', 'created_at', 'updated_at']);

/**
 * The fields an audited write changed, from the audit log's before/after rows. An update lists the
 * fields whose value differs; an insert or a delete lists the fields that hold a value.
 */
export function changesOf(before: unknown, after: unknown): FieldChange[] {
  const b = asRow(before);
  const a = asRow(after);
  const keys = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  return [...keys]
    .filter((key) => !NOISE.has(key) && JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]))
    .filter((key) => (b && a) || holdsValue((a ?? b)?.[key]))
    .map((key) => ({ field: key, ...(b ? { before: b[key] ?? null } : {}), ...(a ? { after: a[key] ?? null } : {}) }));
}

/** `school_id` → `schoolId`: the audit log has column names, the messages camelCase field names. */
export function fieldKey(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** One entry of a record's history as the pages show it. */
export interface HistoryEntry {
  id: number;
  at: Date;
  action: string;
  entity: string;
  actor: string | null;
  changes: FieldChange[];
}

/** History rows from the API (`school.history`, `teacher.history`) with their changes worked out. */
export function historyEntries(
  rows: readonly { id: number; at: Date; action: string; entity: string; actor: string | null; before: unknown; after: unknown }[],
): HistoryEntry[] {
  return rows.map(({ before, after, id, at, action, entity, actor }) => ({
    id,
    at,
    action,
    entity,
    actor,
    changes: changesOf(before, after),
  }));
}
