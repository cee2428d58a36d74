import { fail } from '@sveltejs/kit';
import { runs } from '@tongxing/api/training/owner';
import { can, translator } from '@tongxing/domain';
import { detailTab } from '#lib/components/detail-tab.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { numberOf, programmeFields, programmeValues } from '../programme-form.ts';
import { programmeTabs } from './tabs.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const user = event.locals.session!.user;
    const caller = api(event);
    const programme = await caller.programme.get({ programmeId: event.params.programmeId });
    // The same rule the API applies to every change of the programme, its cohorts and its enrolments.
    const runsIt = can(user.role, 'training.manage') && runs(user, programme);
    const tab = detailTab(event.url, programmeTabs(user.role));
    const [levels, counties, locations, providers, quotas] = await Promise.all([
      runsIt ? caller.programme.levels() : [],
      can(user.role, 'county.read') ? caller.county.list() : [],
      runsIt ? caller.location.list() : [],
      runsIt ? caller.provider.list() : [],
      // Each cohort's places per county, for the quota forms (cohorts per programme are few).
      tab === 'quotas'
        ? Promise.all(programme.cohorts.map((c) => caller.cohort.get({ cohortId: c.id }).then((d) => [c.id, d.quotas] as const)))
        : [],
    ]);
    return {
      programme,
      runsIt,
      levels: levels.map((l) => l.name),
      counties: counties.map(({ id, name }) => ({ id, name })),
      locations: locations.map(({ name }) => name),
      providers: providers.map(({ id, name }) => ({ id, name })),
      quotas: Object.fromEntries(
        quotas.map(([cohortId, rows]) => [cohortId, rows.map(({ countyId, places, held }) => ({ countyId, places, held }))]),
      ),
    };
  });

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();
const QUOTA_PREFIX = 'quota:';
const MAX_PLACES = 100_000;

export const actions: Actions = {
  update: async (event) => {
    const values = { action: 'update' as const, ...programmeValues(await event.request.formData()) };
    return submit(event, values, async () => {
      await api(event).programme.update({ programmeId: event.params.programmeId, ...programmeFields(values) });
      return { done: 'updated' as const };
    });
  },

  addCohort: async (event) => {
    const form = await event.request.formData();
    const values = {
      action: 'cohort' as const,
      name: text(form, 'name'),
      startDate: text(form, 'startDate'),
      endDate: text(form, 'endDate'),
      place: text(form, 'place'),
      capacity: text(form, 'capacity'),
      hours: text(form, 'hours'),
      ruleKind: text(form, 'ruleKind') === 'attendance' ? ('attendance' as const) : ('assessment' as const),
      minPercent: text(form, 'minPercent'),
      applicationOpen: form.get('applicationOpen') === 'on',
    };
    // The share of sessions is checked here, so that the message names it as the form does.
    const minPercent = Number(values.minPercent);
    if (values.ruleKind === 'attendance' && !(/^\d{1,3}$/.test(values.minPercent) && minPercent >= 1 && minPercent <= 100)) {
      const message = translator(event.locals.locale)('training.catalogue.cohort.minPercentInvalid');
      return fail(400, { message, fieldErrors: { minPercent: message } as Record<string, string>, values });
    }
    return submit(event, values, async () => {
      const cohort = await api(event).cohort.create({
        programmeId: event.params.programmeId,
        name: values.name,
        startDate: values.startDate,
        endDate: values.endDate,
        place: values.place,
        capacity: numberOf(values.capacity),
        hours: numberOf(values.hours),
        completionRule: values.ruleKind === 'attendance' ? { kind: 'attendance', minPercent } : { kind: 'assessment' },
        applicationOpen: values.applicationOpen,
      });
      return { done: 'cohort' as const, cohort: { id: cohort.id, name: cohort.name } };
    });
  },

  setQuotas: async (event) => {
    const form = await event.request.formData();
    const places: Record<string, string> = {};
    for (const [key, value] of form.entries())
      if (key.startsWith(QUOTA_PREFIX) && String(value).trim() !== '') places[key.slice(QUOTA_PREFIX.length)] = String(value).trim();
    const values = { action: 'quotas' as const, cohortId: text(form, 'cohortId'), places };
    // Each county's places are checked here, so that the message names the county rather than a row.
    const bad = Object.entries(places).find(([, typed]) => !/^\d{1,6}$/.test(typed) || Number(typed) > MAX_PLACES);
    if (bad) {
      const t = translator(event.locals.locale);
      const county = (await api(event).county.list()).find((c) => c.id === bad[0])?.name ?? bad[0];
      const message = t('training.catalogue.quotas.invalid', { county, max: MAX_PLACES });
      return fail(400, { message, fieldErrors: { [`${QUOTA_PREFIX}${bad[0]}`]: message } as Record<string, string>, values });
    }
    return submit(event, values, async () => {
      await api(event).cohort.setQuotas({
        cohortId: values.cohortId,
        quotas: Object.entries(places).map(([countyId, typed]) => ({ countyId, places: Number(typed) })),
      });
      return { done: 'quotas' as const, cohortId: values.cohortId };
    });
  },
};
