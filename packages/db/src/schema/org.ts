import { boolean, foreignKey, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns';
import { tenant } from './tenant';

/** 县/市/区 of a city: the minimum the scopes need; the full register extends it. */
export const county = pgTable(
  'county',
  {
    ...tenantColumns,
    code: text('code').notNull(),
    name: text('name').notNull(),
    isPovertyCounty: boolean('is_poverty_county').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('county_tenant_code_key').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'county_tenant_fk' }),
  ],
);

export const school = pgTable(
  'school',
  {
    ...tenantColumns,
    countyId: uuid('county_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    schoolType: text('school_type').notNull(),
    locationClass: text('location_class').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('school_tenant_code_key').on(t.tenantId, t.code),
    foreignKey({
      columns: [t.tenantId, t.countyId],
      foreignColumns: [county.tenantId, county.id],
      name: 'school_county_fk',
    }),
  ],
);

export const teacher = pgTable(
  'teacher',
  {
    ...tenantColumns,
    schoolId: uuid('school_id').notNull(),
    name: text('name').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.schoolId],
      foreignColumns: [school.tenantId, school.id],
      name: 'teacher_school_fk',
    }),
  ],
);
