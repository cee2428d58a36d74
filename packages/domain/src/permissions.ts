import type { Role } from './roles';

/**
 * What each role may do. The API checks these in one middleware; the web shell reads the same table
 * to decide which navigation to show. Which rows a permitted user may touch is the scope's job.
 */
export const PERMISSIONS = {
  'tenant.manage': ['operator'],
  'county.read': ['city_admin', 'county_officer'],
  'county.manage': ['city_admin'],
  'school.read': ['city_admin', 'county_officer', 'school_admin'],
  'school.manage': ['city_admin', 'county_officer'],
  'teacher.read': ['city_admin', 'county_officer', 'school_admin', 'teacher'],
  'teacher.manage': ['city_admin', 'county_officer', 'school_admin'],
  /** Moving a teacher into or out of a school (transfers) and ending posts. */
  'teacher.move': ['city_admin', 'county_officer'],
  /** Proposing a post change for one's own school's staff, for the county to decide. */
  'teacher.propose': ['school_admin'],
  'request.read': ['city_admin', 'county_officer', 'school_admin'],
  /** A teacher correcting their own phone number. */
  'teacher.selfService': ['teacher'],
  'location.manage': ['city_admin'],
  'register.quality': ['city_admin', 'county_officer'],
  /** Excel import of schools and teachers; export follows the read permissions. */
  'register.import': ['city_admin', 'county_officer'],
  'allowance.read': ['city_admin', 'county_officer'],
  'allowance.rules': ['city_admin'],
  /** Running a county's month (computing its sheet) and submitting it. */
  'allowance.run': ['city_admin', 'county_officer'],
  'allowance.approve': ['city_admin'],
  /** A teacher's month computed from the published rules, with its explanation. */
  'allowance.preview': ['city_admin', 'county_officer', 'school_admin', 'teacher'],
  /** The training catalogue: programmes, cohorts and their places, readable by everyone in the city. */
  'training.read': ['city_admin', 'county_officer', 'school_admin', 'teacher', 'provider'],
  /** Sessions and the roll call: the programme's runner and provider, and schools for their own staff. */
  'training.attend': ['city_admin', 'county_officer', 'school_admin', 'provider'],
  /** Creating programmes and cohorts: the city for its own, a county for its 县培 (the handler checks which). */
  'training.manage': ['city_admin', 'county_officer'],
  /** Nominating teachers, deciding applications and withdrawals, recording completion. */
  'training.nominate': ['city_admin', 'county_officer'],
  /** A teacher applying to an open cohort for themselves. */
  'training.apply': ['teacher'],
  /** Withdrawing from a cohort: the teacher themselves, or their county or the city. */
  'training.withdraw': ['city_admin', 'county_officer', 'teacher'],
  /** Hours ledgers and the cycle's pace: one's own, or those of one's scope. */
  'training.hours': ['city_admin', 'county_officer', 'school_admin', 'teacher'],
  /** Manual hours entries and reversing entries; deciding teachers' hours claims. */
  'training.ledger': ['city_admin', 'county_officer'],
  /** Evidence files, through the record that holds them (the scope guard places a file at its record). */
  'evidence.read': ['city_admin', 'county_officer', 'school_admin', 'teacher'],
  /** Urban–rural pairs and their activities, for the schools in them and the counties they touch. */
  'pairing.read': ['city_admin', 'county_officer', 'school_admin'],
  /** Creating pairs and communities, their targets and budgets (the city's). */
  'pairing.manage': ['city_admin'],
  /** Logging an activity of one's own school's pair, and confirming or disputing one it received. */
  'pairing.log': ['school_admin'],
  /** Exchange rotations: eligibility, needs, plans and their moves, each of the user's scope. */
  'rotation.read': ['city_admin', 'county_officer', 'school_admin'],
  /** A teacher's own rotations: the year's answer, their moves and their rural service. */
  'rotation.mine': ['teacher'],
  /** The year's rotation policy (the city's). */
  'rotation.policy': ['city_admin'],
  /** Drafting a county's plan, running the planner, exemptions, submitting and approving the plan. */
  'rotation.plan': ['city_admin', 'county_officer'],
  /** A receiving school's declared needs: the school itself, its county or the city. */
  'rotation.need': ['city_admin', 'county_officer', 'school_admin'],
  /** A sending or receiving school's answer (confirm, or object with a reason) to a move of its own. */
  'rotation.answer': ['school_admin'],
  /** Inspections: visits and the problems found, each of the user's scope (a school sees only its own problems). */
  'inspection.read': ['city_admin', 'county_officer', 'school_admin'],
  /** Recording a visit and its problems, and deciding a rectification: closing the problem (销号) or returning it. */
  'inspection.manage': ['city_admin', 'county_officer'],
  /** Submitting a rectification with evidence: the problem's owner, at a school or a county. */
  'inspection.rectify': ['county_officer', 'school_admin'],
  /** Claiming hours of training done elsewhere, with evidence: a teacher for themself, a school for its staff. */
  'training.claim': ['school_admin', 'teacher'],
  /** Training reports of the user's scope (the city's, or one county's). */
  'training.report': ['city_admin', 'county_officer'],
  /** The hours cycle (e.g. 360 学时 in 2026–2030) and the city's training levels. */
  'training.configure': ['city_admin'],
  /** The city's overview of every area (a county officer's of their county). */
  'overview.read': ['city_admin', 'county_officer'],
  'account.manage': ['city_admin'],
  'audit.read': ['city_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
