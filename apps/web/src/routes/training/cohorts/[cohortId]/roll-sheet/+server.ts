import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { rollSheets } from '@tongxing/api/training/roll-sheet';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import type { RequestHandler } from './$types';

/** The cohort's roll sheet for this user to fill in and import: their trainees, every session, the marks recorded. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const roll = await api(event).attendance.rollSheet({ cohortId: event.params.cohortId });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      t('training.attendance.fileName', { programme: roll.programme.name, cohort: roll.cohort.name }),
      'roll-sheet',
      xlsxStream(rollSheets(t, roll)),
    );
  });
