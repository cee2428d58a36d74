import { error } from '@sveltejs/kit';
import { ACTIVITY_KINDS, can, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** The city's pairing settings (the city administrator only): own kinds, idle weeks, pending days, credited kinds. */
export const load: PageServerLoad = (event) => {
  if (!can(event.locals.session!.user.role, 'pairing.manage')) error(403, translator(event.locals.locale)('error.forbidden'));
  return loadOrError(event, async () => {
    const caller = api(event);
    const [settings, levels] = await Promise.all([caller.pairingSettings.get(), caller.programme.levels()]);
    return { settings, levels: levels.map((l) => l.name), national: [...ACTIVITY_KINDS] };
  });
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      ownKinds: text('ownKinds'),
      idleWeeks: text('idleWeeks'),
      pendingDays: text('pendingDays'),
      credits: Object.fromEntries(
        [...form.keys()].filter((key) => key.startsWith('credit:')).map((key) => [key.slice('credit:'.length), text(key)]),
      ),
    };
    return submit(event, values, async () => {
      await api(event).pairingSettings.set({
        ownKinds: values.ownKinds
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
        idleWeeks: Number(values.idleWeeks),
        pendingDays: Number(values.pendingDays),
        credits: Object.entries(values.credits).flatMap(([kind, level]) => (level ? [{ kind, level }] : [])),
      });
      return { saved: true };
    });
  },
};
