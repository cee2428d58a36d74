import type { Cookies } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tongxing/domain';

export const LOCALE_COOKIE = 'tx_lang';

/** Chinese first: English only when the user has chosen it (the browser's language is not asked). */
export function localeOf(cookies: Cookies): Locale {
  const chosen = cookies.get(LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
