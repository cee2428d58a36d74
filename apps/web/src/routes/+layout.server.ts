import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
  locale: locals.locale,
  user: locals.session?.user ?? null,
  tenant: locals.session?.tenant ?? null,
  path: url.pathname,
});
