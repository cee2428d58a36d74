import { accountRouter } from './routers/account/index';
import { allowanceRouter } from './routers/allowance/index';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { countyRouter } from './routers/county';
import { homeRouter } from './routers/home';
import { exportRouter } from './routers/export/index';
import { importRouter } from './routers/import/index';
import { inspectionProblemRouter } from './routers/inspection/problem';
import { rosterCheckRouter } from './routers/inspection/reconciliation';
import { inspectionRouter } from './routers/inspection/visit';
import { locationRouter } from './routers/location';
import { overviewRouter } from './routers/overview';
import { qualityRouter } from './routers/quality';
import { requestRouter } from './routers/request/index';
import { schoolRouter } from './routers/school/index';
import { sheetRouter } from './routers/sheet/index';
import { teacherRouter } from './routers/teacher/index';
import { tenantRouter } from './routers/tenant';
import { attendanceRouter } from './routers/training/attendance';
import { cohortRouter } from './routers/training/cohort';
import { providerRouter } from './routers/training/provider';
import { trainingCycleRouter } from './routers/training/cycle';
import { enrolmentRouter } from './routers/training/enrolment';
import { evidenceRouter } from './routers/evidence';
import { pairingActivityRouter } from './routers/pairing/activity';
import { pairingRouter } from './routers/pairing/pair';
import { pairingSettingsRouter } from './routers/pairing/settings';
import { hoursClaimRouter } from './routers/training/claim';
import { hoursRouter } from './routers/training/hours';
import { programmeRouter } from './routers/training/programme';
import { trainingReportRouter } from './routers/training/report';
import { verificationRouter } from './routers/training/verification';
import { rotationEligibilityRouter } from './routers/rotation/eligibility';
import { rotationMoveRouter } from './routers/rotation/move';
import { rotationNeedRouter } from './routers/rotation/need';
import { rotationPlanRouter } from './routers/rotation/plan';
import { rotationPolicyRouter } from './routers/rotation/policy';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  tenant: tenantRouter,
  county: countyRouter,
  school: schoolRouter,
  teacher: teacherRouter,
  location: locationRouter,
  quality: qualityRouter,
  request: requestRouter,
  account: accountRouter,
  allowance: allowanceRouter,
  sheet: sheetRouter,
  audit: auditRouter,
  import: importRouter,
  export: exportRouter,
  home: homeRouter,
  programme: programmeRouter,
  cohort: cohortRouter,
  enrolment: enrolmentRouter,
  hours: hoursRouter,
  hoursClaim: hoursClaimRouter,
  evidence: evidenceRouter,
  pairing: pairingRouter,
  pairingActivity: pairingActivityRouter,
  pairingSettings: pairingSettingsRouter,
  trainingCycle: trainingCycleRouter,
  trainingReport: trainingReportRouter,
  verification: verificationRouter,
  provider: providerRouter,
  attendance: attendanceRouter,
  rotationPolicy: rotationPolicyRouter,
  inspection: inspectionRouter,
  inspectionProblem: inspectionProblemRouter,
  rosterCheck: rosterCheckRouter,
  rotationEligibility: rotationEligibilityRouter,
  rotationNeed: rotationNeedRouter,
  rotationPlan: rotationPlanRouter,
  rotationMove: rotationMoveRouter,
  overview: overviewRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
