import { fail, redirect } from '@sveltejs/kit';
import { describeError, InputProblems } from '@tongxing/api';
import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { draftInput, draftValues, fenOf, valuesOfVersion, type FormatProblem } from './form-values.ts';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const role = event.locals.session!.user.role;
    const caller = api(event);
    const [types, versions, bases, locations, counties] = await Promise.all([
      caller.allowance.types(),
      caller.allowance.versions({}),
      caller.allowance.bases(),
      caller.location.list(),
      can(role, 'county.read') ? caller.county.list({}) : [],
    ]);
    // `?edit=<id>` opens a draft (never a published version) in the editor; `?updated` after saving one.
    const editId = event.url.searchParams.get('edit');
    const editVersion = editId ? versions.find((v) => v.id === editId && v.state === 'draft') : undefined;
    return {
      types,
      versions,
      editing: editVersion ? valuesOfVersion(editVersion) : null,
      updated: event.url.searchParams.has('updated'),
      bases,
      locationClasses: locations.map((l) => l.name),
      counties: counties.map(({ id, name }) => ({ id, name })),
    };
  });

/** API field names (the last part of a nested path) shown beside the editor's fields. */
const DRAFT_FIELDS = {
  monthlyFen: 'amount',
  monthlyFenByClass: 'amount',
  baseName: 'amount',
  rateBasisPoints: 'amount',
  kind: 'amount',
  minDays: 'proration',
  locationClasses: 'conditions',
  schoolTypes: 'conditions',
  countyIds: 'conditions',
  keyTeacherLevels: 'conditions',
  employmentTypes: 'conditions',
  rolesRequired: 'conditions',
  inPostRequired: 'conditions',
};

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/**
 * A field the form cannot convert, refused here before the API sees it, worded by describeError like any
 * refusal: the field (and tier) and the format it must have; also shown beside the input itself.
 */
function badFormat(event: RequestEvent, values: object, problem: FormatProblem) {
  const { field, key, place } = problem;
  const { message, fieldErrors } = describeError(new InputProblems([{ field, key, ...(place ? { place } : {}) }]), event.locals.locale);
  return fail(400, { message, fieldErrors: { ...fieldErrors, [problem.input]: fieldErrors[field]! }, values });
}

export const actions: Actions = {
  createType: async (event) => {
    const values = { form: 'type' as const, name: text(await event.request.formData(), 'name') };
    return submit(event, values, async () => {
      const created = await api(event).allowance.createType({ name: values.name });
      return { done: 'type' as const, name: created.name };
    });
  },

  renameType: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'rename' as const, allowanceTypeId: text(form, 'allowanceTypeId'), name: text(form, 'name') };
    return submit(event, values, async () => {
      const renamed = await api(event).allowance.renameType({ allowanceTypeId: values.allowanceTypeId, name: values.name });
      return { done: 'renamed' as const, name: renamed.name };
    });
  },

  deleteType: async (event) => {
    const values = { form: 'rename' as const, allowanceTypeId: text(await event.request.formData(), 'allowanceTypeId') };
    return submit(event, values, async () => {
      const deleted = await api(event).allowance.deleteType({ allowanceTypeId: values.allowanceTypeId });
      return { done: 'deleted' as const, name: deleted.name };
    });
  },

  createDraft: async (event) => {
    const values = draftValues(await event.request.formData());
    const converted = draftInput(values);
    if (converted.problem) return badFormat(event, values, converted.problem);
    return submit(
      event,
      values,
      async () => {
        await api(event).allowance.createDraft({ allowanceTypeId: values.allowanceTypeId, ...converted.input });
        return { done: 'draft' as const };
      },
      DRAFT_FIELDS,
    );
  },

  updateDraft: async (event) => {
    const values = draftValues(await event.request.formData());
    const converted = draftInput(values);
    if (converted.problem) return badFormat(event, values, converted.problem);
    const result = await submit(
      event,
      values,
      async () => {
        await api(event).allowance.updateDraft({ ruleVersionId: values.ruleVersionId, ...converted.input });
        return null;
      },
      DRAFT_FIELDS,
    );
    if (result) return result;
    redirect(303, '/allowances/rules?updated');
  },

  publish: async (event) => {
    const values = { form: 'version' as const, ruleVersionId: text(await event.request.formData(), 'ruleVersionId') };
    return submit(event, values, async () => {
      await api(event).allowance.publish({ ruleVersionId: values.ruleVersionId });
      return { done: 'published' as const };
    });
  },

  discard: async (event) => {
    const values = { form: 'version' as const, ruleVersionId: text(await event.request.formData(), 'ruleVersionId') };
    return submit(event, values, async () => {
      await api(event).allowance.discardDraft({ ruleVersionId: values.ruleVersionId });
      return { done: 'discarded' as const };
    });
  },

  setBase: async (event) => {
    const form = await event.request.formData();
    const values = {
      form: 'base' as const,
      name: text(form, 'name'),
      year: text(form, 'year'),
      countyId: text(form, 'countyId'),
      annualYuan: text(form, 'annualYuan'),
    };
    const annualFen = fenOf(values.annualYuan);
    if (annualFen === null) return badFormat(event, values, { field: 'annualFen', key: 'yuan_format', input: 'annualYuan' });
    return submit(
      event,
      values,
      async () => {
        const saved = await api(event).allowance.setBase({
          name: values.name,
          year: Number(values.year),
          countyId: values.countyId || undefined,
          annualFen,
        });
        return { done: 'base' as const, name: saved.name, year: saved.year };
      },
      { annualFen: 'annualYuan' },
    );
  },
};
