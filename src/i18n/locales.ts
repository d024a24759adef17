/** The languages of the page, and which one a visit starts in. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for `<html lang>` and Intl: Chinese here is Simplified Chinese as written in mainland China. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Each language named in itself, as a language switcher names them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };

/** `zh`, `zh-CN`, `zh-Hans-SG`… read as Chinese and `en-GB` as English; other languages are not offered. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const language = value?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language) ?? null;
}

/**
 * The language a visit starts in: `?lang=` in the address (a trainer's link), else the person's last
 * choice on this device, else the browser's preferred languages in order, else English.
 */
export function startLocale(search: string, remembered: string | null, preferred: readonly string[]): Locale {
  const fromAddress = parseLocale(new URLSearchParams(search).get('lang'));
  return fromAddress ?? parseLocale(remembered) ?? preferred.map(parseLocale).find((locale) => locale !== null) ?? 'en';
}
