import { problemsSheet, skippedSheet } from '@tongxing/api/register/excel/problems-report';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../xlsx.ts';
import type { RequestHandler } from './$types';

/** Every problem of an import, as an Excel file the user can work through; the rows an hours import skipped follow on their own sheet. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const job = await api(event).import.errors({ jobId: event.params.jobId });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${t('import.sheets.problems')}-${job.fileName.replace(/\.xlsx$/i, '')}`,
      'import-problems',
      xlsxStream([problemsSheet(t, job.errors), ...(job.skipped.length > 0 ? [skippedSheet(t, job.skipped)] : [])]),
    );
  });
