import { can } from '@tongxing/domain';
import { pickerPage, teacherOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { noFile, postedFile, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { TRAINEE_LIST } from '../params.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const user = event.locals.session!.user;
    const cohortId = event.params.cohortId;
    const list = readListQuery(event.url, TRAINEE_LIST);
    const mayNominate = can(user.role, 'training.nominate');
    const [detail, sessions, trainees, teachers] = await Promise.all([
      caller.cohort.get({ cohortId }),
      caller.attendance.sessions({ cohortId }),
      caller.enrolment.list({ cohortId, page: list.page, ...apiFilters(list.filters) }),
      mayNominate ? caller.teacher.list({ page: 1 }) : null,
    ]);
    const mayTakeRoll = detail.runsIt || detail.providesIt || user.role === 'school_admin';
    return {
      ...detail,
      sessions,
      mayTakeRoll,
      list,
      trainees,
      mayNominate,
      teachers: teachers ? pickerPage(teachers, teacherOption) : null,
    };
  });

function field(form: FormData, key: string): string {
  return String(form.get(key) ?? '').trim();
}

/** One decision on one trainee: the form names the enrolment (and the reason when one is asked). */
function decision(run: (caller: ReturnType<typeof api>, enrolmentId: string, reason: string) => Promise<unknown>): Actions[string] {
  return async (event) => {
    const form = await event.request.formData();
    const values = { enrolmentId: field(form, 'enrolmentId'), reason: field(form, 'reason') };
    return submit(event, values, async () => {
      await run(api(event), values.enrolmentId, values.reason);
      return { decided: values.enrolmentId };
    });
  };
}

export const actions: Actions = {
  nominate: async (event) => {
    const form = await event.request.formData();
    const values = { teacherId: field(form, 'teacherId'), waitlist: form.get('waitlist') === 'on' };
    return submit(event, values, async () => {
      const enrolment = await api(event).enrolment.nominate({ cohortId: event.params.cohortId, ...values });
      return { nominated: enrolment.state };
    });
  },
  approve: decision((caller, enrolmentId) => caller.enrolment.approve({ enrolmentId })),
  refuse: decision((caller, enrolmentId, reason) => caller.enrolment.refuse({ enrolmentId, reason })),
  withdraw: decision((caller, enrolmentId, reason) => caller.enrolment.withdraw({ enrolmentId, reason })),
  pass: decision((caller, enrolmentId) => caller.attendance.assess({ enrolmentId, result: 'passed' })),
  fail: decision((caller, enrolmentId) => caller.attendance.assess({ enrolmentId, result: 'failed' })),
  addSession: async (event) => {
    const form = await event.request.formData();
    const values = { sessionDate: field(form, 'sessionDate'), name: field(form, 'name') };
    return submit(event, values, async () => {
      await api(event).attendance.addSession({ cohortId: event.params.cohortId, ...values });
      return { sessionAdded: values.sessionDate };
    });
  },
  /** A filled-in roll sheet: the API writes all its marks or, with any problem, none and returns the report. */
  importRoll: async (event) => {
    const file = await postedFile(await event.request.formData());
    if (!file) return noFile(event, {});
    return submit(event, {}, async () => ({
      rollImport: await api(event).attendance.importRoll({ cohortId: event.params.cohortId, file: file.bytes }),
    }));
  },
  completeByRule: async (event) =>
    submit(event, {}, async () => ({ completedByRule: await api(event).attendance.completeByRule({ cohortId: event.params.cohortId }) })),
  applyFor: async (event) =>
    submit(event, {}, async () => {
      await api(event).enrolment.applyFor({ cohortId: event.params.cohortId });
      return { applied: true };
    }),
};
