/** Everything a component needs to speak the person's language, bound to one locale. */
import type { Phrase } from '../core/text';
import { LOCALE_TAGS, type Locale } from './locales';
import { formatNumberFor, translate, translatePhrase, type MessageKey, type ParamArgs } from './translate';

/** What the store keeps for the page to say: a phrase it words in the person's language, or text that has no translation (from the worker). */
export type UserMessage = string | Phrase;

export interface Translator {
  readonly locale: Locale;
  /** The message `key`, with its values. */
  readonly t: <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;
  /** A phrase from the core or the store; plain text is shown as it is. */
  readonly say: (message: UserMessage) => string;
  /** A number as this locale writes it; without options grouped and without float noise. */
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A share (0.125) as a percentage ("12.5%"), with at most this many decimals. */
  readonly percent: (share: number, maximumFractionDigits?: number) => string;
}

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    formats.set(key, format);
  }
  return format;
}

function createTranslator(locale: Locale): Translator {
  return {
    locale,
    t: (key, ...params) => translate(locale, key, ...params),
    say: (message) => (typeof message === 'string' ? message : translatePhrase(locale, message)),
    number: (value, options) => (options ? numberFormat(locale, options).format(value) : formatNumberFor(locale, value)),
    percent: (share, maximumFractionDigits = 0) => numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share),
  };
}

const translators = new Map<Locale, Translator>();

/** One translator per locale, so that components that receive it re-render only when the language changes. */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}
