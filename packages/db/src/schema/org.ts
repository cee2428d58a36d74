import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
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

/** The location classes a tenant uses (城市 … 教学点 and its own tiers); schools must use one of them. */
export const locationClass = pgTable(
  'location_class',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('location_class_tenant_name_key').on(t.tenantId, t.name),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'location_class_tenant_fk' }),
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
    terrainClass: text('terrain_class').notNull(),
    address: text('address'),
    openedOn: date('opened_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /** 优质校: a strong school sends teachers in rotations whatever its location class. */
    strong: boolean('strong').notNull().default(false),
    /** WGS-84 degrees, both or neither: rotation plans use the distance between schools when known. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    check(
      'school_coordinates',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
    ),
    unique('school_tenant_code_key').on(t.tenantId, t.code),
    /** What teacher_school_fk references: a teacher's county is its school's. */
    unique('school_tenant_id_county_id_key').on(t.tenantId, t.id, t.countyId),
    foreignKey({
      columns: [t.tenantId, t.countyId],
      foreignColumns: [county.tenantId, county.id],
      name: 'school_county_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.locationClass],
      foreignColumns: [locationClass.tenantId, locationClass.name],
      name: 'school_location_class_fk',
    }).onUpdate('cascade'),
    index('school_tenant_county_idx').on(t.tenantId, t.countyId),
  ],
);

/** One person, one record per tenant, keyed by the ID number. */
export const teacher = pgTable(
  'teacher',
  {
    ...tenantColumns,
    /** The school of the teacher's latest primary post; kept by a trigger on `post`. */
    schoolId: uuid('school_id').notNull(),
    /** That school's county, written with it (teacher_school_fk holds the pair to the school's): a county's teachers in one index. */
    countyId: uuid('county_id').notNull(),
    /** The start of the teacher's first primary post (when a mid-cycle joiner joined); kept by the same trigger. */
    servingSince: date('serving_since', { mode: 'string' }),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    education: text('education'),
    subjects: text('subjects')
      .array()
      .notNull()
      .default(sql`'{}'`),
    title: text('title'),
    titleDate: date('title_date', { mode: 'string' }),
    keyTeacherLevel: text('key_teacher_level'),
    /** The account allowances are paid into (一卡通). */
    bankCard: text('bank_card'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('teacher_tenant_id_number_key').on(t.tenantId, t.idNumber),
    index('teacher_tenant_name_idx').on(t.tenantId, t.name),
    foreignKey({
      columns: [t.tenantId, t.schoolId, t.countyId],
      foreignColumns: [school.tenantId, school.id, school.countyId],
      name: 'teacher_school_fk',
    }).onUpdate('cascade'),
  ],
);
