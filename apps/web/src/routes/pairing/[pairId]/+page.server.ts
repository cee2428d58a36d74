import { MAX_EVIDENCE_FILES } from '@tongxing/api/evidence/inputs';
import { api } from '#lib/server/api.ts';
import { postedFiles, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { fenOf } from '../params.ts';
import { recentTerms, termAsked } from '../terms.ts';
import type { Actions, PageServerLoad } from './$types';

/** A pair: its schools, a term's progress against its targets, what it has given, and its activities. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const pairId = event.params.pairId;
    const term = termAsked(event.url);
    const [detail, activities, settings] = await Promise.all([
      caller.pairing.get({ pairId, term }),
      caller.pairingActivity.ofPair({ pairId, term }),
      caller.pairingSettings.get(),
    ]);
    const user = event.locals.session!.user;
    const mySchool = detail.schools.find((s) => s.id === user.schoolId) ?? null;
    const terms = recentTerms();
    return { ...detail, activities, mySchool, terms, kinds: settings.kinds, maxFiles: MAX_EVIDENCE_FILES };
  });

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
        kind: values.kind,
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
