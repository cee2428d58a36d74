import { isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import { RECORD_IMPORT_KINDS, type ImportKind } from '@tongxing/api/register/import/columns';
import { api } from '#lib/server/api.ts';
import { noFile, postedFile, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';
import { JOB_DEPENDENCY } from '#lib/import-job.ts';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    event.depends(JOB_DEPENDENCY);
    const caller = api(event);
    const jobId = event.url.searchParams.get('job');
    // ?kind=hours preselects a kind (the training pages link here for the hours import).
    const asked = event.url.searchParams.get('kind');
    const kind: ImportKind = RECORD_IMPORT_KINDS.find((k) => k === asked) ?? 'teacher';
    const [jobs, job] = await Promise.all([caller.import.list(), jobId ? caller.import.status({ jobId }) : null]);
    return { jobs, job, kind, kinds: RECORD_IMPORT_KINDS };
  });

/** Runs a job action and shows the job afterwards; a refusal stays on the page with its message. */
async function onJob(event: RequestEvent, run: (jobId: string) => Promise<unknown>) {
  const jobId = String((await event.request.formData()).get('jobId') ?? '');
  const result = await submit(event, { jobId }, () => run(jobId));
  if (isActionFailure(result)) return result;
  redirect(303, `/register/import?job=${encodeURIComponent(jobId)}`);
}

export const actions: Actions = {
  upload: async (event) => {
    const form = await event.request.formData();
    const kind = String(form.get('kind') ?? '');
    const file = await postedFile(form);
    if (!file) return noFile(event, { kind });
    // The API validates the kind; an unknown one comes back as a field error.
    const result = await submit(event, { kind }, () =>
      api(event).import.start({ kind: kind as ImportKind, fileName: file.name, file: file.bytes }),
    );
    if (!('jobId' in result)) return result;
    redirect(303, `/register/import?job=${result.jobId}`);
  },
  commit: (event) => onJob(event, (jobId) => api(event).import.commit({ jobId })),
  cancel: (event) => onJob(event, (jobId) => api(event).import.cancel({ jobId })),
};
