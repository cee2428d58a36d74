import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../register/xlsx.ts';
import { auditFilters, auditListQuery } from '../audit-list.ts';
import type { RequestHandler } from './$types';

/** The audit log as filtered on its page (same query parameters): time, sentence, changes, IP. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const events = await api(event).audit.export(auditFilters(auditListQuery(event.url)));
    const t = translator(event.locals.locale);
    const day = todayInChina();
    const changeText = (c: { field: string; before?: string; after?: string }) =>
      c.before !== undefined && c.after !== undefined ? `${c.field}：${c.before} → ${c.after}` : `${c.field}：${c.after ?? c.before}`;
    const sheet = {
      name: t('auditLog.sheetName'),
      headers: [t('audit.at'), t('auditLog.sentence'), t('auditLog.changes'), t('auditLog.ip')],
      widths: [18, 60, 60, 16],
      rows: events.map((e) => [e.atText, e.text, e.changes.map(changeText).join('\n'), e.ip]),
    };
    return xlsxResponse(`${t('auditLog.sheetName')}-${day}`, `audit-${day}`, xlsxStream([sheet]));
  });
