import { MAX_EVIDENCE_FILES } from '@tongxing/api/evidence/inputs';
import { ACTIVITY_KINDS, termOf, todayInChina, type ActivityKind } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { postedFiles, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { fenOf } from '../params.ts';
import type { Actions, PageServerLoad } from './$types';

/** A pair: its schools, a term's progress against its targets, what it has given, and its activities. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const pairId = event.params.pairId;
    const term = event.url.searchParams.get('term') ?? undefined;
    const [detail, activities] = await Promise.all([caller.pairing.get({ pairId, term }), caller.pairingActivity.ofPair({ pairId })]);
    const user = event.locals.session!.user;
    const mySchool = detail.schools.find((s) => s.id === user.schoolId) ?? null;
    const current = termOf(todayInChina());
    const terms = [0, 1, 2, 3].map((back) => termOf(shiftTerm(current.start, back)));
    return { ...detail, activities, mySchool, terms, kinds: ACTIVITY_KINDS, maxFiles: MAX_EVIDENCE_FILES };
  });

/** A day of the term `back` terms before the one starting on `start` (terms are about six months long). */
function shiftTerm(start: string, back: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - back * 6 + 1);
  return date.toISOString().slice(0, 10);
}

export const actions: Actions = {
  log: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const number = (key: string) => (text(key) === '' ? 0 : Number(text(key)));
    const values = {
      kind: text('kind'),
      startDate: text('startDate'),
      endDate: text('endDate') || text('startDate'),
      givingSchoolId: text('givingSchoolId'),
      receivingSchoolIds: form.getAll('receivingSchoolId').map(String),
      description: text('description'),
      hours: text('hours'),
      students: text('students'),
      teachers: text('teachers'),
      money: text('money'),
    };
    const files = await postedFiles(form);
    return submit(event, values, async () => {
      const activity = await api(event).pairingActivity.log({
        pairId: event.params.pairId,
        kind: values.kind as ActivityKind,
        startDate: values.startDate,
        endDate: values.endDate,
        givingSchoolId: values.givingSchoolId,
        receivingSchoolIds: values.receivingSchoolIds,
        description: values.description,
        hours: number('hours'),
        students: number('students'),
        teachers: number('teachers'),
        moneyFen: fenOf(values.money),
        files,
      });
      return { logged: activity.id };
    });
  },
};
