import { xlsxStream, type Preamble } from '@tongxing/api/register/excel/stream';
import { ROTATION_FORMS, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../register/xlsx.ts';
import { requireRotation } from '../access.ts';
import { percentText } from '../text.ts';
import { yearOf } from '../year.ts';
import type { RequestHandler } from './$types';

/** The year's report as on its page: one row per county, the city's target under it. */
export const GET: RequestHandler = (event) => {
  requireRotation(event, 'rotation.plan');
  return loadOrError(event, async () => {
    const year = yearOf(event.url);
    const { counties, cityTarget, day } = await api(event).rotationPlan.overview({ year });
    const translate = translator(event.locals.locale);
    const t = (key: string, params?: Record<string, unknown>) => translate(key, params ?? {});
    const o = (key: string, params?: Record<string, unknown>) => t(`rotation.overview.${key}`, params);
    const title = o('sheetTitle', { year });
    const sheet = {
      name: o('sheetName'),
      preamble: [{ text: `${title}（${o('referenceDay', { day })}）`, kind: 'title' }] as Preamble[],
      headers: [
        o('county'),
        o('planState'),
        o('inPost'),
        o('eligible'),
        o('keyEligible'),
        o('quota'),
        o('planned'),
        o('share'),
        o('keyMinimum'),
        o('plannedKey'),
        o('keyShare'),
        ...ROTATION_FORMS.map((f) => t(`rotation.forms.${f}`)),
        o('rotated'),
        o('status'),
      ],
      rows: counties.map((c) => [
        c.countyName,
        c.state ? t(`rotation.planStates.${c.state}`) : o('noPlan'),
        c.inPost,
        c.eligible,
        c.keyEligible,
        c.quota,
        c.planned,
        percentText(c.share),
        c.keyMinimum,
        c.plannedKey,
        percentText(c.keyShare),
        ...ROTATION_FORMS.map((f) => c.forms[f]),
        c.rotated,
        [c.short === 0 ? o('met') : o('short', { count: c.short }), ...(c.keyShort > 0 ? [o('keyShort', { count: c.keyShort })] : [])].join(
          '；',
        ),
      ]),
      formats: [undefined, undefined, '0', '0', '0', '0', '0', undefined, '0', '0', undefined, ...ROTATION_FORMS.map(() => '0'), '0'],
    };
    if (cityTarget)
      sheet.preamble.push({
        text: `${o(cityTarget.toPovertyCounties ? 'cityTargetPoverty' : 'cityTargetRural', cityTarget)}；${o('cityTargetProgress', cityTarget)}`,
      });
    return xlsxResponse(`${o('sheetName')}-${year}`, `rotation-${year}`, xlsxStream([sheet]));
  });
};
