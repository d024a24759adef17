import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';

const integers = new Map<Locale, Intl.NumberFormat>();

/** A count with the locale's grouping (English unless a locale is given). */
export function formatCount(value: number, locale: Locale = 'en'): string {
  let format = integers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale]);
    integers.set(locale, format);
  }
  return format.format(value);
}

/** Metrics shown with four significant decimals; the full value stays in `data-value`. */
export function formatMetric(value: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) return translate(locale, 'common.notAvailable');
  return Math.abs(value) >= 1000 ? formatCount(Math.round(value), locale) : value.toFixed(4);
}
