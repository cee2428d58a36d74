import { PROGRAMME_SORTS } from '@tongxing/api/routers/training/schemas';
import { TRAINING_FORMS } from '@tongxing/domain';

/** The years a list may be filtered by (the API's range), as the URL carries them. */
export const LIST_YEARS = Array.from({ length: 101 }, (_, i) => String(2000 + i));

/** The programmes list: search, level (the city's own, so free text), form, the year a cohort starts in. */
export const PROGRAMME_LIST = {
  filters: {
    q: { kind: 'text' },
    level: { kind: 'text', max: 20 },
    form: { kind: 'enum', values: TRAINING_FORMS },
    year: { kind: 'enum', values: LIST_YEARS },
  },
  sorts: PROGRAMME_SORTS,
  sort: 'start',
} as const;
