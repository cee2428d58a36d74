import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './account';
import { tenantColumns } from './columns';

/**
 * An uploaded evidence file (a photo or a document) as the city sees it: its content lives in the file
 * store under `sha256` (the same content is stored once, whoever uploads it); this row holds what was
 * checked on upload. Records point at it through their own link tables (hours claims, pairing
 * activities, rectifications), so a file is only ever served through a record the user may see.
 */
export const evidenceFile = pgTable(
  'evidence_file',
  {
    ...tenantColumns,
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    kind: text('kind', { enum: ['photo', 'document'] }).notNull(),
    fileName: text('file_name').notNull(),
    /** The 320 px WebP beside it in the store; null for documents and photos that could not be decoded (HEIC). */
    thumbnailKey: text('thumbnail_key'),
    width: integer('width'),
    height: integer('height'),
    /** When the photo says it was taken (EXIF DateTimeOriginal, local time as the camera wrote it). */
    takenAt: timestamp('taken_at', { mode: 'string' }),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.uploadedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'evidence_file_uploaded_by_fk',
    }),
    index('evidence_file_sha256_idx').on(t.tenantId, t.sha256),
    check('evidence_file_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
