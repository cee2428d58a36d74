import { bigint, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Amount, Conditions, Proration } from '@tongxing/domain';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { county } from './org';
import { tenant } from './tenant';

/** 乡村教师生活补助, 班主任津贴, … — a city's own list. */
export const allowanceType = pgTable(
  'allowance_type',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('allowance_type_tenant_name_key').on(t.tenantId, t.name),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'allowance_type_tenant_fk' }),
  ],
);

/**
 * A version of a type's rule, edited as a draft and then published; a published version is never
 * edited, only superseded by a later one (see governingPeriods in packages/domain).
 */
export const ruleVersion = pgTable(
  'allowance_rule_version',
  {
    ...tenantColumns,
    allowanceTypeId: uuid('allowance_type_id').notNull(),
    state: text('state', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    documentNo: text('document_no').notNull(),
    documentTitle: text('document_title').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    conditions: jsonb('conditions').$type<Conditions>().notNull(),
    amount: jsonb('amount').$type<Amount>().notNull(),
    proration: jsonb('proration').$type<Proration>().notNull(),
    createdBy: uuid('created_by').notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.allowanceTypeId],
      foreignColumns: [allowanceType.tenantId, allowanceType.id],
      name: 'rule_version_type_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'rule_version_created_by_fk' }),
    foreignKey({
      columns: [t.tenantId, t.publishedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'rule_version_published_by_fk',
    }),
    index('rule_version_tenant_type_idx').on(t.tenantId, t.allowanceTypeId, t.effectiveFrom),
  ],
);

/** A named annual base (e.g. 教师年平均工资) per year, city-wide or for one county, in 分. */
export const wageBase = pgTable(
  'wage_base',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    year: integer('year').notNull(),
    countyId: uuid('county_id'),
    annualFen: bigint('annual_fen', { mode: 'number' }).notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('wage_base_tenant_name_year_county_key').on(t.tenantId, t.name, t.year, t.countyId).nullsNotDistinct(),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'wage_base_county_fk' }),
  ],
);
