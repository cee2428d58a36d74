import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns';
import { county, school, teacher } from './org';
import { trainingProvider } from './provider';
import { tenant } from './tenant';

/** A login. Operators live in the platform tenant; everyone else in their city's tenant. */
export const appUser = pgTable(
  'app_user',
  {
    ...tenantColumns,
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', {
      enum: ['operator', 'city_admin', 'county_officer', 'school_admin', 'teacher', 'provider'],
    }).notNull(),
    countyId: uuid('county_id'),
    schoolId: uuid('school_id'),
    teacherId: uuid('teacher_id'),
    providerId: uuid('provider_id'),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('app_user_tenant_username_key').on(t.tenantId, t.username),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'app_user_tenant_fk' }),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'app_user_county_fk' }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'app_user_school_fk' }),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'app_user_teacher_fk' }),
    foreignKey({
      columns: [t.tenantId, t.providerId],
      foreignColumns: [trainingProvider.tenantId, trainingProvider.id],
      name: 'app_user_provider_fk',
    }),
    check(
      'app_user_scope_matches_role',
      sql`(role = 'county_officer') = (county_id is not null)
        and (role = 'school_admin') = (school_id is not null)
        and (role = 'teacher') = (teacher_id is not null)
        and (role = 'provider') = (provider_id is not null)`,
    ),
  ],
);
