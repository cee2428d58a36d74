import { can, SUBJECTS } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../access.ts';
import { yearOf } from '../year.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The receiving schools' needs of the year (a school administrator sees and declares its own). */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.read');
  return loadOrError(event, async () => {
    const caller = api(event);
    const user = event.locals.session!.user;
    const year = yearOf(event.url);
    const counties = can(user.role, 'county.read') ? await caller.county.list() : [];
    const asked = event.url.searchParams.get('countyId') ?? '';
    const countyId = UUID.test(asked) && counties.some((c) => c.id === asked) ? asked : '';
    const mayEdit = can(user.role, 'rotation.need');
    const ownSchool = user.role === 'school_admin' ? user.schoolId : null;
    const [needs, schools] = await Promise.all([
      caller.rotationNeed.list({ year, countyId: countyId || undefined }),
      mayEdit && !ownSchool ? caller.school.list({ page: 1, countyId: countyId || undefined, sort: 'name', dir: 'asc' }) : null,
    ]);
    return {
      year,
      countyId,
      counties: counties.map(({ id, name }) => ({ id, name })),
      needs,
      mayEdit,
      ownSchool,
      schools: schools ? pickerPage(schools, schoolOption) : null,
      subjects: [...SUBJECTS],
    };
  });
};

export const actions: Actions = {
  set: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const user = event.locals.session!.user;
    const values = {
      form: 'set' as const,
      schoolId: user.role === 'school_admin' ? (user.schoolId ?? '') : text('schoolId'),
      subject: text('subject'),
      count: text('count'),
      term: text('term'),
      note: text('note'),
    };
    return submit(event, values, async () => {
      await api(event).rotationNeed.set({
        year: Number(text('year')),
        schoolId: values.schoolId,
        subject: values.subject as never,
        count: Number(values.count),
        term: values.term === 'spring' ? 'spring' : 'autumn',
        note: values.note,
      });
      return { done: 'set' as const };
    });
  },
  remove: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'remove' as const, needId: String(form.get('needId') ?? '') };
    return submit(event, values, async () => {
      await api(event).rotationNeed.remove({ needId: values.needId });
      return { done: 'remove' as const };
    });
  },
};
