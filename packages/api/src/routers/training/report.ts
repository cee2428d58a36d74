import { router } from '../../trpc';

/** Training reports: trainees and hours by level, county, school and year; coverage; cohorts; 东西部协作. */
export const trainingReportRouter = router({});
