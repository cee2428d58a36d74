import type { RequestEvent } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import { postedFiles, submit } from '#lib/server/form-action.ts';

/** The claim form's fields, as the API takes them (the teacher's own page passes its teacher). */
export async function submitClaimForm(event: RequestEvent, teacherId?: string) {
  const form = await event.request.formData();
  const text = (key: string) => String(form.get(key) ?? '').trim();
  const values = {
    teacherId: teacherId ?? text('teacherId'),
    hours: text('hours'),
    level: text('level'),
    title: text('title'),
    completedOn: text('completedOn'),
    certificateNo: text('certificateNo'),
    note: text('note'),
  };
  const files = await postedFiles(form);
  return submit(event, values, async () => {
    const claim = await api(event).hoursClaim.submit({ ...values, hours: values.hours === '' ? NaN : Number(values.hours), files });
    return { claimed: claim.id };
  });
}
