import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every tenant-owned table starts with these: the tenant is part of every key. */
export const tenantColumns = {
  tenantId: uuid('tenant_id').notNull(),
  id: uuid('id').notNull().defaultRandom(),
};

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
