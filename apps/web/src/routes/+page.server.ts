import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** Names the user's scope in words, and what waits for them (`home.summary`, area by area). */
export const load: PageServerLoad = async (event) => {
  const { user, tenant } = event.locals.session!;
  const t = translator(event.locals.locale);
  const caller = api(event);
  const scopeName = async () => {
    if (user.role === 'operator') return t('home.platform');
    if (user.countyId) return `${tenant.name} · ${(await caller.county.get({ countyId: user.countyId })).name}`;
    if (user.schoolId) return (await caller.school.get({ schoolId: user.schoolId })).name;
    if (user.teacherId) return (await caller.teacher.get({ teacherId: user.teacherId })).schoolName;
    return `${tenant.name} · ${t('home.wholeTenant')}`;
  };
  const [scope, items] = await Promise.all([scopeName(), caller.home.summary()]);
  return { scope, items };
};
