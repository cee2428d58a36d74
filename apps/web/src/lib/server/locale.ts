import type { Cookies } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tongxing/domain';

export const LOCALE_COOKIE = 'tx_lang';

/** The user's choice if made, else the browser's first supported language, else Chinese. */
export function localeOf(cookies: Cookies, acceptLanguage: string | null): Locale {
  const chosen = cookies.get(LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  const first = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
