import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A city. Not tenant-owned itself: every tenant-owned table points here through `tenant_id`. */
export const tenant = pgTable('tenant', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  province: text('province').notNull(),
  /** The single platform tenant holds the operators' accounts; it owns no city data. */
  isPlatform: boolean('is_platform').notNull().default(false),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
