import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { traineeListInput } from '../params.ts';
import type { RequestHandler } from './$types';

/** The trainee list as filtered on its page, every row, with the span and the totals above it. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { span, input } = traineeListInput(event.url);
    const { rows, total, hours } = await api(event).trainingReport.traineeListExport(input);
    const t = translator(event.locals.locale);
    const r = (key: string, params: Record<string, unknown> = {}) => t(`training.reports.traineeList.${key}`, params);
    const filtersText = [r('span', span), input.level].filter(Boolean).join(' · ');
    const sheet = {
      name: r('sheetName'),
      preamble: [
        { text: `${r('sheetName')}（${filtersText}）`, kind: 'title' as const },
        { text: r('summary', { trainees: total, hours }) },
      ],
      headers: [r('name'), r('school'), r('county'), r('levels'), r('hours')],
      rows: rows.map((row) => [row.name, row.schoolName, row.countyName, row.levels.join('、'), row.hours]),
      formats: [undefined, undefined, undefined, undefined, '0'],
    };
    const day = todayInChina();
    return xlsxResponse(`${r('sheetName')}-${day}`, `training-trainees-${day}`, xlsxStream([sheet]));
  });
