import i18next, { type TFunction } from 'i18next';
import { en } from './en';
import { zh } from './zh';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A translator fixed to one locale; safe to share between concurrent requests. */
export function translator(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

export type { TFunction };
