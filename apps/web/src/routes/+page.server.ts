import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** Names the user's scope in words: the whole city, their county, their school, or themselves. */
export const load: PageServerLoad = async (event) => {
  const session = event.locals.session!;
  const { user, tenant } = session;
  const t = translator(event.locals.locale);
  const caller = api(event);
  let scope = `${tenant.name} · ${t('home.wholeTenant')}`;
  if (user.role === 'operator') scope = t('home.platform');
  else if (user.countyId) scope = `${tenant.name} · ${(await caller.county.get({ countyId: user.countyId })).name}`;
  else if (user.schoolId) scope = (await caller.school.get({ schoolId: user.schoolId })).name;
  else if (user.teacherId) scope = (await caller.teacher.get({ teacherId: user.teacherId })).schoolName;
  return { scope };
};
