import { PROBLEM_CATEGORIES } from '@tongxing/domain';

/** The problems list: by state, category, county, the user's own, overdue; by deadline, soonest first. */
export const PROBLEM_LIST = {
  filters: {
    q: { kind: 'text' },
    state: { kind: 'enum', values: ['open', 'submitted', 'closed'] },
    category: { kind: 'enum', values: PROBLEM_CATEGORIES },
    countyId: { kind: 'id' },
    mine: { kind: 'enum', values: ['1'] },
    overdue: { kind: 'enum', values: ['1'] },
  },
  sorts: ['deadline', 'found', 'county'],
  sort: 'deadline',
} as const;
