import { page } from '$app/state';
import { translator, type Locale } from '@tongxing/domain';

/** Translates in the current page's locale; reactive wherever it is called from markup. */
export function t(key: string, params?: Record<string, unknown>): string {
  return translator((page.data.locale as Locale | undefined) ?? 'zh')(key, params ?? {});
}
