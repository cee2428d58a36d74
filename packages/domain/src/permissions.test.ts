import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS } from './permissions';

describe('can', () => {
  it('keeps the operator out of every tenant permission', () => {
    const tenantPermissions = Object.keys(PERMISSIONS).filter((p) => p !== 'tenant.manage') as (keyof typeof PERMISSIONS)[];
    expect(tenantPermissions.filter((p) => can('operator', p))).toEqual([]);
  });
  it('lets only the city administrator manage accounts', () => {
    expect(can('city_admin', 'account.manage')).toBe(true);
    expect(can('county_officer', 'account.manage')).toBe(false);
    expect(can('teacher', 'school.read')).toBe(false);
  });
});
