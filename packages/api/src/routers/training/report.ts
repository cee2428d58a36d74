import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { cohortReport, cohortReportInput } from '../../training/report/cohorts';
import { coverageInput, coverageReport } from '../../training/report/coverage';
import { eastWestInput, eastWestReport } from '../../training/report/east-west';
import { povertyInput, povertyReport } from '../../training/report/poverty';
import { traineeList, traineeListInput } from '../../training/report/trainee-list';
import { traineeReport, traineesInput } from '../../training/report/trainees';
import { router } from '../../trpc';

/**
 * Training reports of the user's scope (the city's, or a county officer's county): trainees and hours
 * by level, county, school and year; the share from poverty counties; the cycle's coverage; cohorts
 * and their places; 东西部协作. Each report has an `…Export` twin that returns the same figures for
 * the Excel download and counts as heavy (one at a time per user, three per city).
 */
export const trainingReportRouter = router({
  /** Trainees (distinct teachers) and hours in a span of years, by year × level, county and school. */
  trainees: permitted('training.report')
    .input(traineesInput)
    .query(({ ctx, input }) => traineeReport(ctx.tx, ctx.user, input)),
  traineesExport: permitted('training.report')
    .use(heavy)
    .input(traineesInput)
    .query(({ ctx, input }) => traineeReport(ctx.tx, ctx.user, input)),

  /** The teachers behind a trainees or hours figure (a level, county, school, poverty counties), one page. */
  traineeList: permitted('training.report')
    .input(traineeListInput)
    .query(({ ctx, input }) => traineeList(ctx.tx, ctx.user, input)),
  traineeListExport: permitted('training.report')
    .use(heavy)
    .input(traineeListInput)
    .query(({ ctx, input }) => traineeList(ctx.tx, ctx.user, input, true)),

  /** Trainees from poverty counties (脱贫县) of all trainees, per year and county. */
  poverty: permitted('training.report')
    .input(povertyInput)
    .query(({ ctx, input }) => povertyReport(ctx.tx, ctx.user, input)),
  povertyExport: permitted('training.report')
    .use(heavy)
    .input(povertyInput)
    .query(({ ctx, input }) => povertyReport(ctx.tx, ctx.user, input)),

  /** The cycle on a day: teachers, trained at least once, on pace, behind — per county and (one county's) school. */
  coverage: permitted('training.report')
    .input(coverageInput)
    .query(({ ctx, input }) => coverageReport(ctx.tx, ctx.user, input)),
  coverageExport: permitted('training.report')
    .use(heavy)
    .input(coverageInput)
    .query(({ ctx, input }) => coverageReport(ctx.tx, ctx.user, input)),

  /** The year's cohorts: enrolments by state, passed, attended; quota use by county. */
  cohorts: permitted('training.report')
    .input(cohortReportInput)
    .query(({ ctx, input }) => cohortReport(ctx.tx, ctx.user, input)),
  cohortsExport: permitted('training.report')
    .use(heavy)
    .input(cohortReportInput)
    .query(({ ctx, input }) => cohortReport(ctx.tx, ctx.user, input)),

  /** 东西部协作: the year's cohorts of that level by form, with partner and trainees. */
  eastWest: permitted('training.report')
    .input(eastWestInput)
    .query(({ ctx, input }) => eastWestReport(ctx.tx, ctx.user, input)),
  eastWestExport: permitted('training.report')
    .use(heavy)
    .input(eastWestInput)
    .query(({ ctx, input }) => eastWestReport(ctx.tx, ctx.user, input)),
});
