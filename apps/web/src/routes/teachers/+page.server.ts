import { can, EMPLOYMENT_TYPES } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';
import { asEmployment, asRoles, asStatus, listOf, personInput, personValues, textOf } from './form-values.ts';

const SORTS = ['name', 'school', 'birthDate'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const params = event.url.searchParams;
    const filters = {
      q: params.get('q')?.trim() ?? '',
      countyId: params.get('countyId') ?? '',
      schoolId: params.get('schoolId') ?? '',
      employmentType: oneOf(EMPLOYMENT_TYPES, params.get('employmentType')) ?? ('' as const),
      sort: oneOf(SORTS, params.get('sort')) ?? 'name',
    };
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
    const role = event.locals.session!.user.role;
    const caller = api(event);
    const readsSchools = can(role, 'school.read');
    const firstSchools = (countyId?: string) =>
      caller.school
        .list({ page: 1, sort: 'name', countyId })
        .then(({ rows, total }) => ({ rows: rows.map(({ id, name }) => ({ id, name })), total }));
    const [teachers, counties, filterSchools, createSchools, selectedSchool] = await Promise.all([
      caller.teacher.list({
        page,
        search: filters.q || undefined,
        countyId: filters.countyId || undefined,
        schoolId: filters.schoolId || undefined,
        employmentType: filters.employmentType || undefined,
        sort: filters.sort,
      }),
      can(role, 'county.read') ? caller.county.list() : [],
      readsSchools ? firstSchools(filters.countyId || undefined) : null,
      // The create form's choices: the first page of the schools the user may see (a search finds the rest).
      can(role, 'teacher.manage') ? firstSchools() : null,
      readsSchools && filters.schoolId ? caller.school.get({ schoolId: filters.schoolId }).then(({ id, name }) => ({ id, name })) : null,
    ]);
    return {
      filters,
      sorts: SORTS,
      teachers,
      counties: counties.map(({ id, name }) => ({ id, name })),
      filterSchools,
      createSchools,
      selectedSchool,
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const text = textOf(form);
    const values = {
      idNumber: text('idNumber'),
      ...personValues(form),
      schoolId: text('schoolId'),
      startDate: text('startDate'),
      employmentType: text('employmentType'),
      status: text('status'),
      roles: listOf(form)('roles'),
    };
    return submit(event, values, async () => {
      const teacher = await api(event).teacher.create({
        idNumber: values.idNumber,
        ...personInput(values),
        schoolId: values.schoolId,
        startDate: values.startDate,
        employmentType: asEmployment(values.employmentType),
        status: asStatus(values.status),
        roles: asRoles(values.roles),
      });
      return { created: { id: teacher.id, name: teacher.name } };
    });
  },
};
