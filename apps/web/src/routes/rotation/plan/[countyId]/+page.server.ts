import type { LastRun } from '@tongxing/api/rotation/plan-edit';
import { ROTATION_FORMS, SUBJECTS, type RotationForm } from '@tongxing/domain';
import { pickerPage, schoolOption, teacherOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../../access.ts';
import { yearOf } from '../../year.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Names of at most this many excluded teachers are looked up; the rest are counted. */
const NAMED_EXCLUSIONS = 50;

/** The county's plan for the year: the live checks, the moves with both schools' answers, the planner's last outcome. */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.plan');
  return loadOrError(event, async () => {
    const caller = api(event);
    const { countyId } = event.params;
    const year = yearOf(event.url);
    const [view, county, teachers, schools] = await Promise.all([
      caller.rotationPlan.get({ countyId, year }),
      caller.county.get({ countyId }),
      caller.teacher.list({ page: 1, countyId }),
      caller.school.list({ page: 1, sort: 'name', dir: 'asc' }),
    ]);
    const exclusions = view.plan?.exclusions ?? [];
    const excluded = await Promise.all(
      exclusions.slice(0, NAMED_EXCLUSIONS).map(async (teacherId) => ({
        teacherId,
        name: await caller.teacher
          .get({ teacherId })
          .then((t) => t.name)
          .catch(() => '—'),
      })),
    );
    const form = event.url.searchParams.get('form') ?? '';
    return {
      year,
      countyId,
      countyName: county.name,
      ...view,
      lastRun: (view.plan?.lastRun ?? null) as LastRun | null,
      excluded,
      moreExcluded: Math.max(0, exclusions.length - NAMED_EXCLUSIONS),
      filter: {
        form: (ROTATION_FORMS as readonly string[]).includes(form) ? (form as RotationForm) : null,
        key: event.url.searchParams.get('key') === 'yes',
      },
      teacherOptions: pickerPage(teachers, teacherOption),
      schoolOptions: pickerPage(schools, schoolOption),
      subjects: [...SUBJECTS],
      isCity: event.locals.session!.user.role === 'city_admin',
    };
  });
};

async function posted(event: RequestEvent) {
  const form = await event.request.formData();
  const text = (key: string) => String(form.get(key) ?? '').trim();
  return { text, year: Number(text('year')), countyId: event.params.countyId };
}

/** One form's action: its values for the page to show again, the call, and what to say once done. */
function action<K extends string>(done: K, run: (input: Awaited<ReturnType<typeof posted>>, event: RequestEvent) => Promise<unknown>) {
  return async (event: RequestEvent) => {
    const input = await posted(event);
    const values: Record<string, string> = { action: done };
    for (const key of ['teacherId', 'toSchoolId', 'form', 'subject', 'startDate', 'endDate', 'comment', 'moveId', 'pinned'])
      values[key] = input.text(key);
    return submit(event, values, async () => {
      const result = await run(input, event);
      return { done, result: result ?? null };
    });
  };
}

const terms = (text: (key: string) => string) => {
  const form = text('form') as RotationForm;
  return { form, startDate: text('startDate'), endDate: form === '调动' ? null : text('endDate') || null };
};

export const actions: Actions = {
  propose: action('propose', ({ text, year, countyId }, event) => api(event).rotationPlan.propose({ countyId, year, ...terms(text) })),
  addMove: action('addMove', ({ text, year, countyId }, event) =>
    api(event).rotationPlan.addMove({
      countyId,
      year,
      teacherId: text('teacherId'),
      toSchoolId: text('toSchoolId'),
      subject: text('subject') as never,
      pinned: text('pinned') === 'on',
      ...terms(text),
    }),
  ),
  removeMove: action('removeMove', ({ text }, event) => api(event).rotationPlan.removeMove({ moveId: text('moveId') })),
  pin: action('pin', ({ text }, event) => api(event).rotationPlan.pin({ moveId: text('moveId'), pinned: text('pinned') === 'true' })),
  exclude: action('exclude', ({ text, year, countyId }, event) =>
    api(event).rotationPlan.exclude({ countyId, year, teacherId: text('teacherId'), excluded: text('excluded') !== 'false' }),
  ),
  submit: action('submit', ({ text }, event) => api(event).rotationPlan.submit({ planId: text('planId') })),
  approve: action('approve', ({ text }, event) => api(event).rotationPlan.approve({ planId: text('planId') })),
  return: action('return', ({ text }, event) => api(event).rotationPlan.return({ planId: text('planId'), comment: text('comment') })),
  changeEnd: action('changeEnd', ({ text }, event) =>
    api(event).rotationMove.changeEnd({ moveId: text('moveId'), endDate: text('endDate') }),
  ),
};
