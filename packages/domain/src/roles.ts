export const ROLES = ['operator', 'city_admin', 'county_officer', 'school_admin', 'teacher', 'provider'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a city administrator may give to accounts of their own tenant. */
export const TENANT_ROLES = ['city_admin', 'county_officer', 'school_admin', 'teacher', 'provider'] as const satisfies readonly Role[];
export type TenantRole = (typeof TENANT_ROLES)[number];

/** Which scope column a role's account must carry (and no other). */
export const ROLE_SCOPE = {
  operator: null,
  city_admin: null,
  county_officer: 'countyId',
  school_admin: 'schoolId',
  teacher: 'teacherId',
  /** 培训机构: the provider whose programmes' attendance its accounts record. */
  provider: 'providerId',
} as const satisfies Record<Role, 'countyId' | 'schoolId' | 'teacherId' | 'providerId' | null>;
