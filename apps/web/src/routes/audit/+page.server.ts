import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

type Row = Record<string, unknown>;
const asRow = (value: unknown): Row | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null);
const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Bookkeeping columns every write touches; the row id is shown in its own column. */
const NOISE = new Set(['tenant_id', 'id', 'created_at', 'updated_at']);

/**
 * The fields a write changed, one per line: `name: old → new`; for an insert or a delete only the
 * fields that hold a value.
 */
function changeOf(before: unknown, after: unknown): string {
  const b = asRow(before);
  const a = asRow(after);
  const keys = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  return [...keys]
    .filter((key) => !NOISE.has(key) && JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]))
    .filter((key) => (b && a) || ((a ?? b)?.[key] ?? null) !== null)
    .map((key) => (b && a ? `${key}: ${show(b[key])} → ${show(a[key])}` : `${key}: ${show((a ?? b)?.[key])}`))
    .join('\n');
}

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const before = Number.parseInt(event.url.searchParams.get('before') ?? '', 10);
    const { rows, nextBefore } = await api(event).audit.list({ before: before > 0 ? before : undefined });
    return {
      paged: before > 0,
      nextBefore,
      rows: rows.map(({ before, after, ...row }) => ({ ...row, change: changeOf(before, after) })),
    };
  });
