import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The public check of a certificate's code (the QR code on a certificate links here with `?code=`). */
export const load: PageServerLoad = async (event) => {
  const asked = event.url.searchParams.get('code')?.slice(0, 40).trim() ?? '';
  if (!asked) return { asked, result: null };
  return { asked, result: await api(event).verification.certificate({ code: asked }) };
};
