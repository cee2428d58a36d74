import { can } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery, withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { TEACHER_LIST } from '../register/list-params.ts';
import type { Actions, PageServerLoad } from './$types';
import { asEmployment, asRoles, asStatus, listOf, personInput, personValues, textOf } from './form-values.ts';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const asked = readListQuery(event.url, TEACHER_LIST);
    const role = event.locals.session!.user.role;
    const caller = api(event);
    const readsSchools = can(role, 'school.read');
    // A county or school the user cannot see is dropped from the filters (the list would be NOT_FOUND).
    const [counties, selectedSchool] = await Promise.all([
      can(role, 'county.read') ? caller.county.list() : [],
      readsSchools && asked.filters.schoolId
        ? caller.school.get({ schoolId: asked.filters.schoolId }).then(schoolOption, () => null)
        : null,
    ]);
    const list = withoutFilters(asked, [
      ...(counties.some((c) => c.id === asked.filters.countyId) ? [] : ['countyId' as const]),
      ...(selectedSchool ? [] : ['schoolId' as const]),
    ]);
    const countyId = list.filters.countyId || undefined;
    // The school pickers' first choices (the page without JavaScript); with it they search the rest.
    const firstSchools = (county?: string) =>
      caller.school.list({ page: 1, sort: 'name', dir: 'asc', countyId: county }).then((page) => pickerPage(page, schoolOption));
    const [teachers, filterSchools, createSchools] = await Promise.all([
      caller.teacher.list({ ...apiFilters(list.filters), sort: list.sort, dir: list.dir, page: list.page }),
      readsSchools ? firstSchools(countyId) : null,
      can(role, 'teacher.manage') ? firstSchools() : null,
    ]);
    return {
      list,
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
