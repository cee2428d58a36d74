import { can, type Permission, type Role } from '@tongxing/domain';

interface NavItem {
  href: string;
  label: string;
  permission?: Permission;
  /** Shown only to these roles (for pages about the user's own record, such as a teacher's allowances). */
  roles?: readonly Role[];
}

/** The shell's navigation; each item shows only to roles holding the permission the API checks. */
const NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/tenants', label: 'nav.tenants', permission: 'tenant.manage' },
  { href: '/counties', label: 'nav.counties', permission: 'county.read' },
  { href: '/schools', label: 'nav.schools', permission: 'school.read' },
  { href: '/teachers', label: 'nav.teachers', permission: 'teacher.read' },
  { href: '/requests', label: 'nav.requests', permission: 'request.read' },
  { href: '/allowances/rules', label: 'nav.allowanceRules', permission: 'allowance.read' },
  { href: '/allowances/sheets', label: 'nav.allowanceSheets', permission: 'allowance.run' },
  { href: '/allowances/totals', label: 'nav.allowanceTotals', permission: 'allowance.run' },
  { href: '/allowances/mine', label: 'nav.allowanceMine', permission: 'allowance.preview', roles: ['teacher'] },
  { href: '/register/import', label: 'nav.import', permission: 'register.import' },
  { href: '/quality', label: 'nav.quality', permission: 'register.quality' },
  { href: '/locations', label: 'nav.locations', permission: 'location.manage' },
  { href: '/accounts', label: 'nav.accounts', permission: 'account.manage' },
  { href: '/audit', label: 'nav.audit', permission: 'audit.read' },
];

export function navFor(role: Role): NavItem[] {
  return NAV.filter((item) => (!item.permission || can(role, item.permission)) && (!item.roles || item.roles.includes(role)));
}
