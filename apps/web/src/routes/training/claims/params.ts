import { CLAIM_STATES } from '@tongxing/api/routers/training/claim-schemas';

/** The claims list: by state (pending first otherwise), oldest first. */
export const CLAIM_LIST = { filters: { state: { kind: 'enum', values: CLAIM_STATES } }, sorts: ['submitted'], sort: 'submitted' } as const;
