import { can, contains, planningYear, todayInChina, type PostStatus } from '@tongxing/domain';
import { historyEntries } from '#lib/components/change-diff.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { monthParam } from '#lib/month-param.ts';
import { asRoles, listOf, personInput, personValues, textOf, type PersonValues } from '../form-values.ts';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const { teacherId } = event.params;
    const role = event.locals.session!.user.role;
    const caller = api(event);
    const allowanceMonth = monthParam(event.url);
    const rotationYear = planningYear(todayInChina());
    const [teacher, history, schools, allowanceLines, rotation] = await Promise.all([
      caller.teacher.get({ teacherId }),
      caller.teacher.history({ teacherId }),
      // The transfer form's destinations: the first page of the schools the user may see (a search finds the rest).
      can(role, 'teacher.move') ? caller.school.list({ page: 1, sort: 'name' }) : null,
      // The allowance preview for `?month=` (the current month by default).
      can(role, 'allowance.preview') ? caller.allowance.preview({ teacherId, month: allowanceMonth }) : null,
      // Rotations of the planning year: the teacher's own, or any teacher's for those who plan them.
      can(role, 'rotation.read')
        ? caller.rotationEligibility.teacher({ teacherId, year: rotationYear })
        : can(role, 'rotation.mine')
          ? caller.rotationEligibility.mine({ year: rotationYear })
          : null,
    ]);
    const today = todayInChina();
    const current =
      teacher.posts.find(({ post }) => post.isPrimary && contains({ start: post.startDate, end: post.endDate }, today))?.post ?? null;
    return {
      teacher,
      current,
      today,
      history: historyEntries(history),
      schools: schools ? { rows: schools.rows.map(({ id, name }) => ({ id, name })), total: schools.total } : null,
      allowance: allowanceLines ? { month: allowanceMonth, lines: allowanceLines } : null,
      rotation: rotation ? { year: rotationYear, ...rotation } : null,
    };
  });

type FormName = 'update' | 'phone' | 'transfer' | 'status' | 'roles' | 'end' | 'propose';
/** What any of this page's forms sent; `form` says which one, so errors show beside it. */
type Values = { form: FormName } & Partial<PersonValues> & {
    date?: string;
    schoolId?: string;
    status?: string;
    roles?: string[];
    note?: string;
  };

async function run(event: RequestEvent, values: Values, call: (teacherId: string) => Promise<unknown>) {
  return submit(event, values, async () => {
    await call(event.params.teacherId);
    return { done: values.form };
  });
}

export const actions: Actions = {
  update: async (event) => {
    const values = personValues(await event.request.formData());
    return run(event, { form: 'update', ...values }, (teacherId) => api(event).teacher.update({ teacherId, ...personInput(values) }));
  },
  /** A teacher correcting their own phone number. */
  phone: async (event) => {
    const phone = textOf(await event.request.formData())('phone');
    return run(event, { form: 'phone', phone }, (teacherId) => api(event).teacher.updatePhone({ teacherId, phone }));
  },
  transfer: async (event) => {
    const text = textOf(await event.request.formData());
    const values = { form: 'transfer' as const, date: text('date'), schoolId: text('schoolId') };
    return run(event, values, (teacherId) => api(event).teacher.changePost({ teacherId, date: values.date, schoolId: values.schoolId }));
  },
  /** A leave, or the return from one: a new interval with another status. */
  status: async (event) => {
    const text = textOf(await event.request.formData());
    const values = { form: 'status' as const, date: text('date'), status: text('status') };
    return run(event, values, (teacherId) =>
      api(event).teacher.changePost({ teacherId, date: values.date, status: values.status as PostStatus }),
    );
  },
  roles: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'roles' as const, date: textOf(form)('date'), roles: listOf(form)('roles') };
    return run(event, values, (teacherId) => api(event).teacher.changePost({ teacherId, date: values.date, roles: asRoles(values.roles) }));
  },
  /** A school administrator's proposal, decided on the requests page by the county or the city. */
  propose: async (event) => {
    const form = await event.request.formData();
    const text = textOf(form);
    const values = {
      form: 'propose' as const,
      date: text('date'),
      status: text('status'),
      roles: listOf(form)('roles'),
      note: text('note'),
    };
    return run(event, values, (teacherId) =>
      api(event).request.propose({
        teacherId,
        date: values.date,
        status: values.status ? (values.status as PostStatus) : undefined,
        roles: values.roles.length ? asRoles(values.roles) : undefined,
        endService: form.get('endService') === 'on',
        note: values.note || undefined,
      }),
    );
  },
  /** End of service (retirement, leaving the city's schools). */
  end: async (event) => {
    const date = textOf(await event.request.formData())('date');
    return run(event, { form: 'end', date }, (teacherId) => api(event).teacher.endPost({ teacherId, date }));
  },
};
