import { can, type Permission } from './permissions';
import { ROLE_SCOPE, type Role } from './roles';

/** The areas of the product, in the order the top bar shows them. */
export const NAV_GROUPS = ['register', 'allowances', 'training', 'rotations', 'pairing', 'inspections', 'settings'] as const;
export type NavGroupId = (typeof NAV_GROUPS)[number];

/**
 * Who a page is for: `self` pages are about the user's own record (a teacher's allowances), `others`
 * pages list records of a scope; a page without an audience serves both.
 */
export type NavAudience = 'self' | 'others';

export interface NavItem {
  group: NavGroupId;
  /** message key of the label */
  label: string;
  /** may hold `:teacherId`, filled with the user's own record */
  href: string;
  /** the permission the page's procedures check */
  permission: Permission;
  audience?: NavAudience;
}

/**
 * Every page reachable from the navigation. A new area adds its pages here, one line each; a group
 * none of whose pages a role may use is not shown to it.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { group: 'register', label: 'nav.counties', href: '/counties', permission: 'county.read' },
  { group: 'register', label: 'nav.schools', href: '/schools', permission: 'school.read' },
  { group: 'register', label: 'nav.teachers', href: '/teachers', permission: 'teacher.read', audience: 'others' },
  { group: 'register', label: 'nav.myRecord', href: '/teachers/:teacherId', permission: 'teacher.read', audience: 'self' },
  { group: 'register', label: 'nav.requests', href: '/requests', permission: 'request.read' },
  { group: 'register', label: 'nav.import', href: '/register/import', permission: 'register.import' },
  { group: 'register', label: 'nav.quality', href: '/quality', permission: 'register.quality' },
  { group: 'allowances', label: 'nav.allowanceRules', href: '/allowances/rules', permission: 'allowance.read' },
  { group: 'allowances', label: 'nav.allowanceSheets', href: '/allowances/sheets', permission: 'allowance.run' },
  { group: 'allowances', label: 'nav.allowanceTotals', href: '/allowances/totals', permission: 'allowance.run' },
  { group: 'allowances', label: 'nav.allowanceSimulate', href: '/allowances/simulate', permission: 'allowance.rules' },
  { group: 'allowances', label: 'nav.allowanceMine', href: '/allowances/mine', permission: 'allowance.preview', audience: 'self' },
  { group: 'training', label: 'nav.trainingCohorts', href: '/training/cohorts', permission: 'training.read', audience: 'others' },
  { group: 'training', label: 'nav.trainingProgrammes', href: '/training/programmes', permission: 'training.manage' },
  { group: 'training', label: 'nav.trainingCompliance', href: '/training/compliance', permission: 'training.hours', audience: 'others' },
  { group: 'training', label: 'nav.trainingClaims', href: '/training/claims', permission: 'training.hours', audience: 'others' },
  { group: 'training', label: 'nav.trainingReports', href: '/training/reports', permission: 'training.report' },
  { group: 'training', label: 'nav.trainingCycle', href: '/training/cycle', permission: 'training.configure' },
  { group: 'training', label: 'nav.trainingProviders', href: '/training/providers', permission: 'training.configure' },
  { group: 'training', label: 'nav.trainingMine', href: '/training/mine', permission: 'training.apply', audience: 'self' },
  { group: 'rotations', label: 'nav.rotation', href: '/rotation', permission: 'rotation.plan' },
  { group: 'rotations', label: 'nav.rotationEligibility', href: '/rotation/eligibility', permission: 'rotation.read' },
  { group: 'rotations', label: 'nav.rotationNeeds', href: '/rotation/needs', permission: 'rotation.need' },
  { group: 'rotations', label: 'nav.rotationMoves', href: '/rotation/moves', permission: 'rotation.answer' },
  { group: 'rotations', label: 'nav.rotationPolicy', href: '/rotation/policy', permission: 'rotation.policy' },
  { group: 'pairing', label: 'nav.pairingPairs', href: '/pairing', permission: 'pairing.read' },
  { group: 'inspections', label: 'nav.overview', href: '/overview', permission: 'overview.read' },
  { group: 'inspections', label: 'nav.inspectionVisits', href: '/inspections', permission: 'inspection.read' },
  { group: 'inspections', label: 'nav.inspectionProblems', href: '/inspections/problems', permission: 'inspection.read' },
  { group: 'inspections', label: 'nav.inspectionReport', href: '/inspections/report', permission: 'inspection.manage' },
  { group: 'inspections', label: 'nav.reconciliation', href: '/inspections/reconciliation', permission: 'inspection.manage' },
  { group: 'settings', label: 'nav.locations', href: '/locations', permission: 'location.manage' },
  { group: 'settings', label: 'nav.accounts', href: '/accounts', permission: 'account.manage' },
  { group: 'settings', label: 'nav.audit', href: '/audit', permission: 'audit.read' },
  { group: 'settings', label: 'nav.tenants', href: '/tenants', permission: 'tenant.manage' },
];

export interface NavUser {
  role: Role;
  teacherId?: string | null;
}

export interface NavLink {
  label: string;
  href: string;
}

export interface NavSection {
  id: NavGroupId;
  /** message key of the group's name */
  label: string;
  links: NavLink[];
}

/** A role whose scope is its own record sees the `self` pages; every other role the `others` pages. */
export function audienceOf(role: Role): NavAudience {
  return ROLE_SCOPE[role] === 'teacherId' ? 'self' : 'others';
}

/** Whether a role may use a page: it holds the permission and is the page's audience. */
export function mayUse(role: Role, item: NavItem): boolean {
  return can(role, item.permission) && (!item.audience || item.audience === audienceOf(role));
}

/** The user's navigation: the groups with at least one page they may use, each with those pages. */
export function navigationFor(user: NavUser): NavSection[] {
  const links = NAV_ITEMS.filter((item) => mayUse(user.role, item)).flatMap((item) => {
    if (!item.href.includes(':teacherId')) return [{ group: item.group, label: item.label, href: item.href }];
    return user.teacherId ? [{ group: item.group, label: item.label, href: item.href.replace(':teacherId', user.teacherId) }] : [];
  });
  return NAV_GROUPS.map((id) => ({
    id,
    label: `nav.groups.${id}`,
    links: links.filter((link) => link.group === id).map(({ label, href }) => ({ label, href })),
  })).filter((section) => section.links.length > 0);
}

/** The link a path belongs to: the longest href that is the path or a folder above it (`/` only for itself). */
export function activeHref(sections: readonly NavSection[], pathname: string): string | null {
  let best: string | null = null;
  for (const { links } of sections)
    for (const { href } of links)
      if ((pathname === href || pathname.startsWith(`${href}/`)) && href.length > (best?.length ?? 0)) best = href;
  return best;
}
