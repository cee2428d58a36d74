import { redirect, type RequestEvent } from '@sveltejs/kit';
import { todayInChina } from '@tongxing/domain';
import { JOB_DEPENDENCY } from '#lib/import-job.ts';
import { monthParam } from '#lib/month-param.ts';
import { api } from '#lib/server/api.ts';
import { noFile, postedFile, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** The scope's roster checks; a roster uploaded here is checked row by row (`?job=`), then compared. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    event.depends(JOB_DEPENDENCY);
    const caller = api(event);
    const jobId = event.url.searchParams.get('job');
    const isCity = event.locals.session!.user.role === 'city_admin';
    const today = todayInChina();
    const month = monthParam(event.url);
    const [checks, job, counties, crossCity] = await Promise.all([
      caller.rosterCheck.list(),
      jobId ? caller.import.status({ jobId }) : null,
      isCity ? caller.county.list({}) : [],
      caller.rosterCheck.crossCity({ month }),
    ]);
    return { checks, job, counties: counties.map((c) => ({ id: c.id, name: c.name })), today, month, crossCity };
  });

const jobIdOf = async (event: RequestEvent) => String((await event.request.formData()).get('jobId') ?? '');

export const actions: Actions = {
  upload: async (event) => {
    const file = await postedFile(await event.request.formData());
    if (!file) return noFile(event, {});
    const result = await submit(event, {}, () => api(event).import.start({ kind: 'roster', fileName: file.name, file: file.bytes }));
    if (!('jobId' in result)) return result;
    redirect(303, `/inspections/reconciliation?job=${result.jobId}`);
  },
  compare: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      jobId: text('jobId'),
      checkTitle: text('checkTitle'),
      asOf: text('asOf'),
      month: text('month'),
      countyId: text('countyId'),
    };
    const result = await submit(event, values, () =>
      api(event).rosterCheck.create({
        jobId: values.jobId,
        checkTitle: values.checkTitle,
        asOf: values.asOf,
        month: values.month || undefined,
        countyId: values.countyId || undefined,
      }),
    );
    if (!('checkId' in result)) return result;
    redirect(303, `/inspections/reconciliation/${result.checkId}`);
  },
  cancel: async (event) => {
    const jobId = await jobIdOf(event);
    const result = await submit(event, { jobId }, () => api(event).import.cancel({ jobId }));
    if (!('jobId' in result)) return result;
    redirect(303, `/inspections/reconciliation?job=${jobId}`);
  },
};
