import { foreignKey, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns';
import { tenant } from './tenant';

/** A training provider (培训机构: a normal university, a district's teachers' college); its accounts record attendance. */
export const trainingProvider = pgTable(
  'training_provider',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    contact: text('contact'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_provider_tenant_name_key').on(t.tenantId, t.name),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'training_provider_tenant_fk' }),
  ],
);
