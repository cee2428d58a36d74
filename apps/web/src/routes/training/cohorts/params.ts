import { COHORT_PERIODS, ENROLMENT_FILTERS } from '@tongxing/api/routers/training/schemas';

/** The cohorts list: search, when, level, open for application. */
export const COHORT_LIST = {
  filters: {
    q: { kind: 'text' },
    period: { kind: 'enum', values: COHORT_PERIODS },
    level: { kind: 'text', max: 20 },
    open: { kind: 'enum', values: ['1'] },
  },
  sorts: ['start'],
  sort: 'start',
} as const;

/** A cohort's trainees: search, state (or what the cohort report counts) and the county nominations count against. */
export const TRAINEE_LIST = {
  filters: { q: { kind: 'text' }, state: { kind: 'enum', values: ENROLMENT_FILTERS }, countyId: { kind: 'id' } },
  sorts: ['name'],
  sort: 'name',
} as const;
