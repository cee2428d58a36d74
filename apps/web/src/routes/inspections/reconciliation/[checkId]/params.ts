import { DIFFERENCE_KINDS, RESOLUTIONS } from '@tongxing/domain';

/** A check's differences: by kind and resolution, searched by name or ID number; in one order (kind, school, name). */
export const DIFFERENCE_LIST = {
  filters: {
    q: { kind: 'text' },
    kind: { kind: 'enum', values: DIFFERENCE_KINDS },
    resolution: { kind: 'enum', values: RESOLUTIONS },
  },
  sorts: ['kind'],
  sort: 'kind',
} as const;
