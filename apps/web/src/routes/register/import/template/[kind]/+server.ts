import { error } from '@sveltejs/kit';
import { IMPORT_KINDS, type ImportKind } from '@tongxing/api/register/import/columns';
import { templateWorkbook } from '@tongxing/api/register/excel/template';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../xlsx.ts';
import type { RequestHandler } from './$types';

/** The import template of a kind, with the allowed values of this user's scope. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const kind = event.params.kind as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) error(404, translator(event.locals.locale)('error.notFound'));
    const values = await api(event).import.templateValues();
    const t = translator('zh');
    return xlsxResponse(
      t('import.templateFile', { kind: t(`import.sheets.${kind}`) }),
      `${kind}-template`,
      await templateWorkbook(kind, values),
    );
  });
