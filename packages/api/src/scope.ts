import { and, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { PLATFORM_TENANT_ID, schema, type Transaction } from '@tongxing/db';
import type { SessionUser } from '@tongxing/auth';

/**
 * Every top-level input field that names a record. The scope guard checks each one on every procedure;
 * a new kind of id must be added here (a test fails on any `…Id` field missing from this table).
 */
export const ID_FIELDS = {
  tenantId: 'tenant',
  countyId: 'county',
  schoolId: 'school',
  teacherId: 'teacher',
  accountId: 'account',
  requestId: 'request',
  toSchoolId: 'school',
  jobId: 'importJob',
  allowanceTypeId: 'allowanceType',
  ruleVersionId: 'ruleVersion',
  sheetId: 'sheet',
  programmeId: 'programme',
  cohortId: 'cohort',
  enrolmentId: 'enrolment',
  entryId: 'hoursEntry',
  cycleId: 'trainingCycle',
  providerId: 'provider',
  sessionId: 'trainingSession',
  claimId: 'hoursClaim',
  fileId: 'evidenceFile',
  leadSchoolId: 'school',
  givingSchoolId: 'school',
  pairId: 'pair',
  activityId: 'pairingActivity',
  planId: 'rotationPlan',
  moveId: 'rotationMove',
  needId: 'rotationNeed',
  exemptionId: 'rotationExemption',
  visitId: 'inspectionVisit',
  problemId: 'inspectionProblem',
  ownerId: 'account',
  checkId: 'rosterCheck',
  differenceId: 'rosterDifference',
} as const;
export type IdField = keyof typeof ID_FIELDS;

/**
 * Fields that may name any record of the tenant, not only one in the user's scope: a school
 * administrator may propose a move to another school, or log what the other school of its pair gave.
 * The handler decides what reaching it means.
 */
export const TENANT_WIDE_FIELDS: ReadonlySet<IdField> = new Set(['toSchoolId', 'givingSchoolId', 'ownerId']);

/** Ids of city-wide configuration (allowance rules, the training catalogue): every user of the city may be permitted to read them. */
export const CITY_CONFIG_FIELDS: ReadonlySet<IdField> = new Set([
  'allowanceTypeId',
  'ruleVersionId',
  'programmeId',
  'cohortId',
  'cycleId',
  'sessionId',
  'providerId',
]);
export type EntityKind = (typeof ID_FIELDS)[IdField];

/** Where a record sits: the county, school and teacher it belongs to (null when it is city-wide). */
export interface Placement {
  platform?: boolean;
  /** city configuration (allowance rules): any user of the tenant may be permitted to it */
  tenantWide?: boolean;
  countyId: string | null;
  schoolId: string | null;
  teacherId: string | null;
  /** the provider of the programme, for a trainee's enrolment: its accounts record the trainee's attendance */
  providerId?: string | null;
  /** a record of several schools (a pair, its activities): a user covering any of them covers it */
  /** A record that sits at several places (a pair's schools, a move's two, a visit's sites); a site may be a county alone. */
  schools?: { countyId: string; schoolId: string | null }[];
}

const cityWide: Placement = { countyId: null, schoolId: null, teacherId: null };

/** Looks a record up through RLS (so another tenant's id finds nothing) and says where it sits. */
export async function placementOf(tx: Transaction, kind: EntityKind, id: string): Promise<Placement | null> {
  switch (kind) {
    case 'tenant': {
      const [row] = await tx.select({ id: schema.tenant.id }).from(schema.tenant).where(eq(schema.tenant.id, id));
      return row && row.id !== PLATFORM_TENANT_ID ? { ...cityWide, platform: true } : null;
    }
    case 'county': {
      const [row] = await tx.select({ id: schema.county.id }).from(schema.county).where(eq(schema.county.id, id));
      return row ? { ...cityWide, countyId: row.id } : null;
    }
    case 'school': {
      const [row] = await tx.select({ countyId: schema.school.countyId }).from(schema.school).where(eq(schema.school.id, id));
      return row ? { ...cityWide, countyId: row.countyId, schoolId: id } : null;
    }
    case 'teacher': {
      const [row] = await tx
        .select({ schoolId: schema.teacher.schoolId, countyId: schema.school.countyId })
        .from(schema.teacher)
        .innerJoin(schema.school, and(eq(schema.school.tenantId, schema.teacher.tenantId), eq(schema.school.id, schema.teacher.schoolId)))
        .where(eq(schema.teacher.id, id));
      return row ? { countyId: row.countyId, schoolId: row.schoolId, teacherId: id } : null;
    }
    case 'request': {
      const [row] = await tx
        .select({ teacherId: schema.postRequest.teacherId })
        .from(schema.postRequest)
        .where(eq(schema.postRequest.id, id));
      return row ? placementOf(tx, 'teacher', row.teacherId) : null;
    }
    case 'importJob': {
      // A job sits where its uploader's scope does; its procedures then serve only the uploader.
      const [row] = await tx
        .select({ countyId: schema.appUser.countyId })
        .from(schema.importJob)
        .innerJoin(
          schema.appUser,
          and(eq(schema.appUser.tenantId, schema.importJob.tenantId), eq(schema.appUser.id, schema.importJob.createdBy)),
        )
        .where(eq(schema.importJob.id, id));
      return row ? { ...cityWide, countyId: row.countyId } : null;
    }
    case 'allowanceType': {
      const [row] = await tx.select({ id: schema.allowanceType.id }).from(schema.allowanceType).where(eq(schema.allowanceType.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'ruleVersion': {
      const [row] = await tx.select({ id: schema.ruleVersion.id }).from(schema.ruleVersion).where(eq(schema.ruleVersion.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'sheet': {
      const [row] = await tx
        .select({ countyId: schema.allowanceSheet.countyId })
        .from(schema.allowanceSheet)
        .where(eq(schema.allowanceSheet.id, id));
      return row ? { ...cityWide, countyId: row.countyId } : null;
    }
    case 'programme': {
      const [row] = await tx
        .select({ id: schema.trainingProgramme.id })
        .from(schema.trainingProgramme)
        .where(eq(schema.trainingProgramme.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'cohort': {
      const [row] = await tx.select({ id: schema.trainingCohort.id }).from(schema.trainingCohort).where(eq(schema.trainingCohort.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'trainingCycle': {
      const [row] = await tx.select({ id: schema.trainingCycle.id }).from(schema.trainingCycle).where(eq(schema.trainingCycle.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'enrolment': {
      const [row] = await tx
        .select({ teacherId: schema.trainingEnrolment.teacherId, providerId: schema.trainingProgramme.providerId })
        .from(schema.trainingEnrolment)
        .innerJoin(
          schema.trainingCohort,
          and(
            eq(schema.trainingCohort.tenantId, schema.trainingEnrolment.tenantId),
            eq(schema.trainingCohort.id, schema.trainingEnrolment.cohortId),
          ),
        )
        .innerJoin(
          schema.trainingProgramme,
          and(
            eq(schema.trainingProgramme.tenantId, schema.trainingCohort.tenantId),
            eq(schema.trainingProgramme.id, schema.trainingCohort.programmeId),
          ),
        )
        .where(eq(schema.trainingEnrolment.id, id));
      const teacher = row ? await placementOf(tx, 'teacher', row.teacherId) : null;
      return teacher ? { ...teacher, providerId: row!.providerId } : null;
    }
    case 'hoursEntry': {
      const [row] = await tx
        .select({ teacherId: schema.trainingHoursEntry.teacherId })
        .from(schema.trainingHoursEntry)
        .where(eq(schema.trainingHoursEntry.id, id));
      return row ? placementOf(tx, 'teacher', row.teacherId) : null;
    }
    case 'hoursClaim': {
      const [row] = await tx
        .select({ teacherId: schema.trainingHoursClaim.teacherId })
        .from(schema.trainingHoursClaim)
        .where(eq(schema.trainingHoursClaim.id, id));
      return row ? placementOf(tx, 'teacher', row.teacherId) : null;
    }
    case 'evidenceFile': {
      // A file sits where the record that holds it does: an hours claim, a pairing activity or a rectification.
      const [claim] = await tx
        .select({ claimId: schema.trainingClaimEvidence.claimId })
        .from(schema.trainingClaimEvidence)
        .where(eq(schema.trainingClaimEvidence.fileId, id))
        .limit(1);
      if (claim) return placementOf(tx, 'hoursClaim', claim.claimId);
      const [activity] = await tx
        .select({ activityId: schema.pairingEvidence.activityId })
        .from(schema.pairingEvidence)
        .where(eq(schema.pairingEvidence.fileId, id))
        .limit(1);
      if (activity) return placementOf(tx, 'pairingActivity', activity.activityId);
      const [rectified] = await tx
        .select({ problemId: schema.inspectionRectification.problemId })
        .from(schema.inspectionEvidence)
        .innerJoin(
          schema.inspectionRectification,
          and(
            eq(schema.inspectionRectification.tenantId, schema.inspectionEvidence.tenantId),
            eq(schema.inspectionRectification.id, schema.inspectionEvidence.rectificationId),
          ),
        )
        .where(eq(schema.inspectionEvidence.fileId, id))
        .limit(1);
      return rectified ? placementOf(tx, 'inspectionProblem', rectified.problemId) : null;
    }
    case 'pair': {
      const schools = await pairSchools(tx, id);
      return schools.length > 0 ? { ...cityWide, schools: [...schools] } : null;
    }
    case 'pairingActivity': {
      const [row] = await tx
        .select({ pairId: schema.pairingActivity.pairId })
        .from(schema.pairingActivity)
        .where(eq(schema.pairingActivity.id, id));
      return row ? placementOf(tx, 'pair', row.pairId) : null;
    }
    case 'trainingSession': {
      const [row] = await tx
        .select({ id: schema.trainingSession.id })
        .from(schema.trainingSession)
        .where(eq(schema.trainingSession.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'provider': {
      const [row] = await tx
        .select({ id: schema.trainingProvider.id })
        .from(schema.trainingProvider)
        .where(eq(schema.trainingProvider.id, id));
      return row ? { ...cityWide, tenantWide: true } : null;
    }
    case 'rotationPlan': {
      const [row] = await tx
        .select({ countyId: schema.rotationPlan.countyId })
        .from(schema.rotationPlan)
        .where(eq(schema.rotationPlan.id, id));
      return row ? { ...cityWide, countyId: row.countyId } : null;
    }
    case 'rotationMove': {
      // A move sits at both its schools: each answers it, and a move into another county is seen there too.
      const schools = await tx.execute<{ schoolId: string; countyId: string }>(sql`
        select s.id as "schoolId", s.county_id as "countyId" from rotation_move m
        join school s on s.tenant_id = m.tenant_id and s.id in (m.from_school_id, m.to_school_id) where m.id = ${id}`);
      return schools.length > 0 ? { ...cityWide, schools: [...schools] } : null;
    }
    case 'rotationNeed': {
      const [row] = await tx
        .select({ schoolId: schema.rotationNeed.schoolId })
        .from(schema.rotationNeed)
        .where(eq(schema.rotationNeed.id, id));
      return row ? placementOf(tx, 'school', row.schoolId) : null;
    }
    case 'rotationExemption': {
      const [row] = await tx
        .select({ teacherId: schema.rotationExemption.teacherId })
        .from(schema.rotationExemption)
        .where(eq(schema.rotationExemption.id, id));
      return row ? placementOf(tx, 'teacher', row.teacherId) : null;
    }
    case 'inspectionVisit': {
      const sites = await tx
        .select({ countyId: schema.inspectionSite.countyId, schoolId: schema.inspectionSite.schoolId })
        .from(schema.inspectionSite)
        .where(eq(schema.inspectionSite.visitId, id));
      if (sites.length > 0) return { ...cityWide, schools: sites };
      const [visit] = await tx
        .select({ id: schema.inspectionVisit.id })
        .from(schema.inspectionVisit)
        .where(eq(schema.inspectionVisit.id, id));
      return visit ? cityWide : null;
    }
    case 'inspectionProblem': {
      // A problem sits at its responsible unit: the school, or the county itself.
      const [row] = await tx
        .select({ countyId: schema.inspectionProblem.countyId, schoolId: schema.inspectionProblem.schoolId })
        .from(schema.inspectionProblem)
        .where(eq(schema.inspectionProblem.id, id));
      return row ? { ...cityWide, ...row } : null;
    }
    case 'rosterCheck': {
      // A check sits at its county; a city-wide one (no county) is the city's.
      const [row] = await tx
        .select({ countyId: schema.rosterCheck.countyId })
        .from(schema.rosterCheck)
        .where(eq(schema.rosterCheck.id, id));
      return row ? { ...cityWide, countyId: row.countyId } : null;
    }
    case 'rosterDifference': {
      const [row] = await tx
        .select({ checkId: schema.rosterDifference.checkId })
        .from(schema.rosterDifference)
        .where(eq(schema.rosterDifference.id, id));
      return row ? placementOf(tx, 'rosterCheck', row.checkId) : null;
    }
    case 'account': {
      const [row] = await tx.select({ id: schema.appUser.id }).from(schema.appUser).where(eq(schema.appUser.id, id));
      return row ? cityWide : null;
    }
  }
}

/** The lead and member schools of a pair with their counties (none when the pair is not the tenant's). */
export async function pairSchools(tx: Transaction, pairId: string) {
  return tx.execute<{ schoolId: string; countyId: string }>(sql`
    select s.id as "schoolId", s.county_id as "countyId" from school s
    where s.id in (select lead_school_id from pairing_pair where id = ${pairId}
      union select school_id from pairing_member where pair_id = ${pairId})`);
}

/** Whether a user's scope covers a record at this placement. */
export function covers(user: SessionUser, placement: Placement): boolean {
  if (placement.schools) return placement.schools.some((school) => covers(user, { ...cityWide, ...school }));
  if (placement.platform) return user.role === 'operator';
  if (placement.tenantWide) return user.role !== 'operator';
  switch (user.role) {
    case 'operator':
      return false;
    case 'city_admin':
      return true;
    case 'county_officer':
      return placement.countyId !== null && placement.countyId === user.countyId;
    case 'school_admin':
      return placement.schoolId !== null && placement.schoolId === user.schoolId;
    case 'teacher':
      return placement.teacherId !== null && placement.teacherId === user.teacherId;
    case 'provider':
      // A provider holds no part of the register: only the trainees of its own programmes.
      return !!placement.providerId && placement.providerId === user.providerId;
  }
}

/** The rows of a list a user may see; `undefined` means the whole tenant (RLS still applies). */
export const visible = {
  counties(user: SessionUser): SQL | undefined {
    return user.role === 'county_officer' ? eq(schema.county.id, user.countyId!) : undefined;
  },
  schools(user: SessionUser): SQL | undefined {
    if (user.role === 'county_officer') return eq(schema.school.countyId, user.countyId!);
    if (user.role === 'school_admin') return eq(schema.school.id, user.schoolId!);
    return undefined;
  },
  teachers(user: SessionUser): SQL | undefined {
    if (user.role === 'county_officer') return eq(schema.school.countyId, user.countyId!);
    if (user.role === 'school_admin') return eq(schema.teacher.schoolId, user.schoolId!);
    if (user.role === 'teacher') return eq(schema.teacher.id, user.teacherId!);
    // A provider reaches teachers only as the trainees of its own cohorts (enrolment.list), never the register.
    if (user.role === 'provider') return sql`false`;
    return undefined;
  },
  /** Sheets of the counties the user sees. */
  sheets(user: SessionUser): SQL | undefined {
    return user.role === 'county_officer' ? eq(schema.allowanceSheet.countyId, user.countyId!) : undefined;
  },
  /**
   * Post requests about the user's staff, or moving someone into their school or county. The query
   * joins the teacher, their school as `from` and the destination school as `to`.
   */
  requests(user: SessionUser, from: { countyId: AnyColumn }, to: { countyId: AnyColumn }): SQL | undefined {
    if (user.role === 'school_admin')
      return or(eq(schema.teacher.schoolId, user.schoolId!), eq(schema.postRequest.toSchoolId, user.schoolId!));
    if (user.role === 'county_officer') return or(eq(from.countyId, user.countyId!), eq(to.countyId, user.countyId!));
    return undefined;
  },
};

/**
 * The county a county-wide piece of work is about: a county officer's own (the scope guard has refused
 * any other), else the one the city asked for; null for the whole city.
 */
export const countyAsked = (user: SessionUser, countyId?: string): string | null =>
  user.role === 'county_officer' ? user.countyId! : (countyId ?? null);

/** The one county a county officer's or a school administrator's reports are of (their school's); null for the city's. */
export async function countyOfScope(tx: Transaction, user: SessionUser): Promise<string | null> {
  if (user.role === 'county_officer') return user.countyId!;
  if (user.role !== 'school_admin') return null;
  const [school] = await tx.select({ countyId: schema.school.countyId }).from(schema.school).where(eq(schema.school.id, user.schoolId!));
  return school!.countyId;
}
