import { asc, desc, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';

/** Ids are uuids; the field name (see ID_FIELDS) tells the scope guard what they name. */
export const entityId = () => z.uuid();
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const code = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/);

/** An uploaded file's bytes, at most `maxMegabytes`; only server code (a form action) can pass them. */
export const uploadedFile = (maxMegabytes: number) =>
  z
    // A Buffer is a Uint8Array too: `custom` keeps the type open to either backing store.
    .custom<Uint8Array>((f) => f instanceof Uint8Array)
    .refine((f) => f.byteLength <= maxMegabytes * 1024 * 1024, { params: { key: 'file_too_large', max: maxMegabytes } });

export const PAGE_SIZE = 20;
export const listInput = {
  page: z.number().int().min(1).max(100_000).default(1),
  search: z.string().trim().max(50).optional(),
};

/** A list's direction: every column of its order turns with it. */
export const sortDir = () => z.enum(['asc', 'desc']).default('asc');

export function ordered(columns: readonly (AnyColumn | SQL)[], dir: 'asc' | 'desc'): SQL[] {
  return columns.map((column) => (dir === 'desc' ? desc(column) : asc(column)));
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
}

export function toPage<T>(rows: T[], total: number, page: number): Page<T> {
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** `%term%` for ILIKE with the user's own % and _ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
