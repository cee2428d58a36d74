import { PLATFORM_TENANT_ID, schema } from '@tongxing/db';
import { can } from '@tongxing/domain';
import { ne, sql } from 'drizzle-orm';
import type { HomeProvider } from './types';

/** The operator's figures: the cities on the platform and how many are disabled. */
export const tenantItems: HomeProvider = async ({ tx, user }) => {
  if (!can(user.role, 'tenant.manage')) return [];
  const [row] = await tx
    .select({
      cities: sql<number>`count(*)`.mapWith(Number),
      disabled: sql<number>`count(*) filter (where ${schema.tenant.disabledAt} is not null)`.mapWith(Number),
    })
    .from(schema.tenant)
    .where(ne(schema.tenant.id, PLATFORM_TENANT_ID));
  return [
    { kind: 'figure', key: 'cities', value: row?.cities ?? 0, href: '/tenants' },
    { kind: 'figure', key: 'disabledCities', value: row?.disabled ?? 0, href: '/tenants' },
  ];
};
